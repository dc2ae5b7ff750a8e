// ICU's C transliteration API, looked up in libicui18n at run time.
#include "core/transliterator.h"

#include <dlfcn.h>
#include <unicode/utrans.h>

#include <map>
#include <mutex>
#include <string>
#include <vector>

namespace annals::core {
namespace {

// ICU renames its C functions per version (utrans_openU_72): the
// preprocessor gives the names this build was compiled against.
#define ANNALS_NAME_OF(symbol) ANNALS_NAME_OF_EXPANDED(symbol)
#define ANNALS_NAME_OF_EXPANDED(symbol) #symbol

struct IcuTransliteration {
  decltype(&utrans_openU) open = nullptr;
  decltype(&utrans_transUChars) transliterate = nullptr;
  bool loaded = false;

  IcuTransliteration() {
    // Never closed: the transliterators live as long as the process.
    void* library =
        dlopen("libicui18n.so." U_ICU_VERSION_SHORT, RTLD_NOW | RTLD_LOCAL);
    if (library == nullptr) return;
    open = reinterpret_cast<decltype(open)>(
        dlsym(library, ANNALS_NAME_OF(utrans_openU)));
    transliterate = reinterpret_cast<decltype(transliterate)>(
        dlsym(library, ANNALS_NAME_OF(utrans_transUChars)));
    loaded = open != nullptr && transliterate != nullptr;
  }
};

}  // namespace

bool TransliterateWithIcu(const char* id, icu::UnicodeString& text) {
  static std::mutex mu;
  static std::map<std::string, UTransliterator*> built;  // null: failed
  std::lock_guard<std::mutex> lock(mu);
  static const IcuTransliteration library;
  if (!library.loaded) return false;
  auto [it, is_new] = built.try_emplace(id, nullptr);
  if (is_new) {
    icu::UnicodeString name(id, -1, US_INV);
    UParseError parse_error;
    UErrorCode status = U_ZERO_ERROR;
    UTransliterator* made =
        library.open(name.getBuffer(), name.length(), UTRANS_FORWARD, nullptr,
                     0, &parse_error, &status);
    it->second = U_SUCCESS(status) ? made : nullptr;
  }
  if (it->second == nullptr) return false;
  // In place in a buffer with room to grow (a Han letter becomes up to
  // seven Latin ones); a larger one when that is not enough.
  for (int32_t capacity = 8 * text.length() + 16;; capacity *= 4) {
    std::vector<UChar> buffer(static_cast<size_t>(capacity));
    text.extract(0, text.length(), buffer.data());
    int32_t length = text.length();
    int32_t limit = length;
    UErrorCode status = U_ZERO_ERROR;
    library.transliterate(it->second, buffer.data(), &length, capacity, 0,
                          &limit, &status);
    if (status == U_BUFFER_OVERFLOW_ERROR && capacity < (1 << 24)) continue;
    if (U_FAILURE(status)) return false;
    text.setTo(buffer.data(), length);
    return true;
  }
}

}  // namespace annals::core
