// Counting multi-valued slots.
#include "query/facets.h"

#include <string_view>

#include "core/schema.h"

namespace annals::query {
namespace {

// Adds `documents` to each '\t'-separated value of `joined`.
void AddEach(std::string_view joined, size_t documents,
             std::map<std::string, size_t>* counts) {
  size_t start = 0;
  while (start < joined.size()) {
    size_t cut = joined.find('\t', start);
    if (cut == std::string_view::npos) cut = joined.size();
    if (cut > start)
      (*counts)[std::string(joined.substr(start, cut - start))] += documents;
    start = cut + 1;
  }
}

}  // namespace

void MultiValueCountSpy::operator()(const Xapian::Document& doc, double) {
  ++joined_[doc.get_value(slot_)];
  counted_ = false;
}

const std::map<std::string, size_t>& MultiValueCountSpy::counts() const {
  if (counted_) return counts_;
  counts_.clear();
  for (const auto& [value, documents] : joined_)
    AddEach(value, documents, &counts_);
  counted_ = true;
  return counts_;
}

void CombinedFacetSpy::operator()(const Xapian::Document& doc, double) {
  ++joined_[doc.get_value(
      core::schema::SlotNumber(core::schema::Slot::kFacets))];
}

Facets CombinedFacetSpy::Counts() const {
  Facets facets;
  facets["country"], facets["role"];
  for (const auto& [value, documents] : joined_) {
    std::string_view rest(value);
    std::string_view parts[4];
    for (std::string_view& part : parts) {
      size_t cut = rest.find(core::schema::kFacetSeparator);
      part = rest.substr(0, cut);
      rest = cut == std::string_view::npos ? std::string_view()
                                           : rest.substr(cut + 1);
    }
    if (!parts[0].empty()) facets["year"][std::string(parts[0])] += documents;
    if (!parts[1].empty()) facets["type"][std::string(parts[1])] += documents;
    AddEach(parts[2], documents, &facets["country"]);
    AddEach(parts[3], documents, &facets["role"]);
  }
  return facets;
}

void AddFacets(const Facets& more, Facets* into) {
  for (const auto& [facet, counts] : more) {
    auto& sum = (*into)[facet];
    for (const auto& [value, documents] : counts) sum[value] += documents;
  }
}

}  // namespace annals::query
