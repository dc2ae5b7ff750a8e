// The keys a name typed in a query is filed under. Working a key out of a
// name in Han, Cyrillic or accented Latin letters loads an ICU
// transliterator (10-90 ms, more than the rest of a one-shot query), so such
// a name is first looked up among the names the index lists as written.
#pragma once

#include <xapian.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace annals::query {

// The keys of `name` as the archive writes it (core::WrittenName), from the
// index: empty when no person there is written so; nullopt when the name is
// ASCII (its key is cheap to work out) or the database predates those terms.
std::optional<std::vector<std::string>> IndexedKeysOfWrittenName(
    const Xapian::Database& db, std::string_view name);

// core::PersonKeyVariants(name), for a name written in the archive read
// through the index, else worked out (a spelling the archive lacks may
// still share a key with one it has: 李迅 and 李汛 are both "li xun").
std::vector<std::string> PersonKeyVariantsIn(const Xapian::Database& db,
                                             std::string_view name);

}  // namespace annals::query
