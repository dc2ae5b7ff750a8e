// A name as people type it, resolved to the person keys of the index: the
// one resolution behind both `annals-query person X` and `search person:X`,
// so that the two always mean the same people.
//
// In order, the first step that finds a key the index has wins:
//  1. the name as typed (its key variants, see PersonKeyVariantsIn);
//  2. the name without the titles and position words around it ("Dean Li
//     Xun", "Prof. Maria Sokolova", "李汛院长"; the words are those of
//     people_rules.txt: honorific, position-title, position, title);
//  3. a single word, as a surname or given name: every indexed key that has
//     it as a whole word ("Hyslop-Parsons" -> "jane hyslopparsons").
// Each key found is widened to the indexed keys that spell the same name
// another way (core::SamePersonKey: "maria sokolova" = "mariya sokolova").
#pragma once

#include <xapian.h>

#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace annals::query {

enum class LookupStep { kAsTyped, kWithoutTitles, kOneWord };

struct ResolvedName {
  std::string name;               // the name looked up (titles dropped)
  std::vector<std::string> keys;  // keys to search; not all need be indexed
  LookupStep step = LookupStep::kAsTyped;
  bool found = false;  // whether the index has any of `keys`
};

// Never fails on odd input; Xapian errors propagate to the caller's
// core::CatchXapian.
ResolvedName ResolvePersonName(const Xapian::Database& db,
                               std::string_view typed);

// `typed` without the titles and position words before and after it; the
// name itself when nothing else would be left.
std::string WithoutTitles(std::string_view typed);

// The documents that name `resolved`, as `person X` reads them: those of its
// keys; for a Han spelling the archive writes (马琳), without the documents
// that write only another Han spelling of the same key (马林).
Xapian::Query PersonQuery(const Xapian::Database& db,
                          const ResolvedName& resolved);

// When `asked` is a Han spelling no document writes but others read alike
// (the Han spellings `identities` behind `key`), the sentence that says so:
// "No one is written 李勋; by pronunciation: 李汛 (li xun)", naming `shown`
// when no Han spelling is known; else "". Two written names are never
// merged silently.
std::string PronunciationNote(const std::string& asked,
                              const std::set<std::string>& identities,
                              const std::string& key, const std::string& shown);

}  // namespace annals::query
