// Every document's facet values in memory.
#include "query/search/facet_table.h"

#include <string_view>
#include <unordered_map>

#include "core/schema.h"

namespace annals::query {

namespace schema = core::schema;

bool FacetTable::Refresh(const Xapian::Database& db) {
  Xapian::valueno slot = schema::SlotNumber(schema::Slot::kFacets);
  if (db.size() != 1 || db.get_value_freq(slot) != db.get_doccount())
    return false;
  std::string uuid;
  Xapian::rev revision = 0;
  // Revisions are known for local glass (and chert) databases only.
  try {
    uuid = db.get_uuid();
    revision = db.get_revision();
  } catch (const Xapian::Error&) {
    return false;
  }
  if (!built_ || uuid != uuid_ || revision != revision_) {
    Build(db);
    uuid_ = uuid;
    revision_ = revision;
    built_ = true;
  }
  return true;
}

void FacetTable::Build(const Xapian::Database& db) {
  Xapian::valueno slot = schema::SlotNumber(schema::Slot::kFacets);
  combination_of_.assign(db.get_lastdocid() + 1, 0);
  parts_.assign(1, {});  // combination 0: no facets
  for (auto& values : values_) values.clear();
  std::unordered_map<std::string, uint32_t> combination_numbers;
  std::unordered_map<std::string_view, uint32_t> value_numbers[kFacetCount];
  for (auto it = db.valuestream_begin(slot); it != db.valuestream_end(slot);
       ++it) {
    auto [entry, added] = combination_numbers.try_emplace(
        *it, static_cast<uint32_t>(parts_.size()));
    combination_of_[it.get_docid()] = entry->second;
    if (!added) continue;
    std::vector<Part> parts;
    ForEachFacetValue(entry->first, [&](size_t facet, std::string_view value) {
      auto [number, is_new] = value_numbers[facet].try_emplace(
          value, static_cast<uint32_t>(values_[facet].size()));
      if (is_new) values_[facet].emplace_back(value);
      parts.push_back({static_cast<uint8_t>(facet), number->second});
    });
    parts_.push_back(std::move(parts));
  }
}

Facets FacetTable::Counts(const std::vector<size_t>& per_combination) const {
  std::vector<size_t> counts[kFacetCount];
  for (size_t facet = 0; facet < kFacetCount; ++facet)
    counts[facet].assign(values_[facet].size(), 0);
  for (size_t c = 1; c < per_combination.size(); ++c) {
    if (per_combination[c] == 0) continue;
    for (const Part& part : parts_[c])
      counts[part.facet][part.value] += per_combination[c];
  }
  Facets facets;
  facets["country"], facets["role"];
  for (size_t facet = 0; facet < kFacetCount; ++facet) {
    for (size_t v = 0; v < counts[facet].size(); ++v) {
      if (counts[facet][v] > 0)
        facets[kFacetNames[facet]][values_[facet][v]] = counts[facet][v];
    }
  }
  return facets;
}

}  // namespace annals::query
