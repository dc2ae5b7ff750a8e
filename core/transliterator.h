// ICU transliteration without linking libicui18n: the library is opened on
// first use. Loading and relocating it costs every process that links it
// about 0.4 ms, a tenth of a one-shot search, and only names the index has
// not seen need a transliterator at query time.
#pragma once

#include <unicode/unistr.h>

namespace annals::core {

// Rewrites `text` with the ICU transliterator named by `id` (for example
// "Han-Latin; Latin-ASCII"). Transliterators are built on first use and
// shared under a lock. Returns false, leaving `text` alone, when ICU cannot
// load the library or build the transliterator.
bool TransliterateWithIcu(const char* id, icu::UnicodeString& text);

}  // namespace annals::core
