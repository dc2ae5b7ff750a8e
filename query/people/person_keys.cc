// Finding a typed name's keys.
#include "query/people/person_keys.h"

#include <algorithm>

#include "core/person_name.h"
#include "core/person_terms.h"
#include "core/schema.h"

namespace annals::query {

namespace schema = core::schema;

std::optional<std::vector<std::string>> IndexedKeysOfWrittenName(
    const Xapian::Database& db, std::string_view name) {
  std::string written = core::WrittenName(name);
  if (written.empty()) return std::nullopt;
  if (db.get_metadata(std::string(schema::kMetaNameTerms)) != "1")
    return std::nullopt;
  std::string start = std::string(schema::kPrefixPersonName) +
                      core::WrittenNameTermStart(written);
  std::vector<std::string> keys;
  for (auto it = db.allterms_begin(start); it != db.allterms_end(start); ++it)
    keys.push_back((*it).substr(start.size()));
  return keys;
}

std::vector<std::string> PersonKeyVariantsIn(const Xapian::Database& db,
                                             std::string_view name) {
  auto keys = IndexedKeysOfWrittenName(db, name);
  if (!keys || keys->empty()) return core::PersonKeyVariants(name);
  std::vector<std::string> variants;
  for (const std::string& key : *keys) {
    for (std::string& variant : core::PersonKeyVariants(key)) {
      if (std::find(variants.begin(), variants.end(), variant) ==
          variants.end())
        variants.push_back(std::move(variant));
    }
  }
  return variants;
}

}  // namespace annals::query
