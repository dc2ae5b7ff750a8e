// Counting multi-valued slots.
#include "query/search/facets.h"

#include <string_view>
#include <unordered_map>

#include "core/schema.h"

namespace annals::query {
namespace {

// Documents per facet value, the values viewed in the tally's strings: a
// value is copied once, not once per combination that holds it.
using ViewCounts = std::unordered_map<std::string_view, size_t>;

// Adds `documents` to each '\t'-separated value of `joined`.
void AddEach(std::string_view joined, size_t documents, ViewCounts* counts) {
  size_t start = 0;
  while (start < joined.size()) {
    size_t cut = joined.find('\t', start);
    if (cut == std::string_view::npos) cut = joined.size();
    if (cut > start) (*counts)[joined.substr(start, cut - start)] += documents;
    start = cut + 1;
  }
}

void CopyInto(const ViewCounts& counts, std::map<std::string, size_t>* into) {
  for (const auto& [value, documents] : counts)
    (*into)[std::string(value)] += documents;
}

}  // namespace

void MultiValueCountSpy::operator()(const Xapian::Document& doc, double) {
  joined_.Add(doc.get_value(slot_));
  counted_ = false;
}

const std::map<std::string, size_t>& MultiValueCountSpy::counts() const {
  if (counted_) return counts_;
  ViewCounts counts;
  for (const auto& [value, documents] : joined_.counts())
    AddEach(value, documents, &counts);
  counts_.clear();
  CopyInto(counts, &counts_);
  counted_ = true;
  return counts_;
}

void CombinedFacetSpy::operator()(const Xapian::Document& doc, double) {
  joined_.Add(
      doc.get_value(core::schema::SlotNumber(core::schema::Slot::kFacets)));
}

Facets CombinedFacetSpy::Counts() const {
  ViewCounts counts[kFacetCount];
  for (const auto& [value, count] : joined_.counts()) {
    size_t documents = count;  // a lambda may not capture a binding (C++17)
    ForEachFacetValue(value, [&](size_t facet, std::string_view one) {
      counts[facet][one] += documents;
    });
  }
  Facets facets;
  facets["country"], facets["role"];
  for (size_t facet = 0; facet < kFacetCount; ++facet) {
    if (!counts[facet].empty())
      CopyInto(counts[facet], &facets[kFacetNames[facet]]);
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
