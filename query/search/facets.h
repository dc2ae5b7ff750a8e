// Xapian match spies for facet counts: the values of a slot that may hold
// several joined by '\t' (countries, roles), and all four facets from the
// slot that holds them together.
#pragma once

#include <xapian.h>

#include <map>
#include <string>
#include <string_view>

#include "core/schema.h"
#include "query/search/results.h"
#include "query/search/value_tally.h"

namespace annals::query {

class MultiValueCountSpy : public Xapian::MatchSpy {
 public:
  explicit MultiValueCountSpy(Xapian::valueno slot) : slot_(slot) {}
  void operator()(const Xapian::Document& doc, double weight) override;
  // Documents per single value.
  const std::map<std::string, size_t>& counts() const;

 private:
  Xapian::valueno slot_;
  // Documents per joined value: far fewer distinct ones than documents, so
  // a match over 60,000 documents splits a few hundred strings.
  ValueTally joined_;
  mutable std::map<std::string, size_t> counts_;
  mutable bool counted_ = false;
};

// The four facets of the combined slot (schema::Slot::kFacets), in the
// order of its parts.
inline constexpr const char* kFacetNames[] = {"year", "type", "country",
                                              "role"};
inline constexpr size_t kFacetCount = 4;

// Calls add(facet, value) for each value in a combined slot value, facet an
// index into kFacetNames; several countries or roles are split.
template <typename Add>
void ForEachFacetValue(std::string_view combined, Add&& add) {
  for (size_t facet = 0; facet < kFacetCount; ++facet) {
    size_t cut = combined.find(core::schema::kFacetSeparator);
    std::string_view part = combined.substr(0, cut);
    combined = cut == std::string_view::npos ? std::string_view()
                                             : combined.substr(cut + 1);
    while (!part.empty()) {
      size_t tab = part.find('\t');
      if (tab != 0) add(facet, part.substr(0, tab));
      part = tab == std::string_view::npos ? std::string_view()
                                           : part.substr(tab + 1);
    }
  }
}

// A match spy counting the four facets.
class FacetCounter : public Xapian::MatchSpy {
 public:
  // "year" and "type" present when some match has one, "country" and
  // "role" always (as the single-slot spies of older databases count them).
  virtual Facets Counts() const = 0;
};

// The four facets counted from the combined slot: one value read a match
// instead of four.
class CombinedFacetSpy : public FacetCounter {
 public:
  void operator()(const Xapian::Document& doc, double weight) override;
  Facets Counts() const override;

 private:
  ValueTally joined_;  // documents per combined value
};

// Adds the counts of `more` to `into`.
void AddFacets(const Facets& more, Facets* into);

}  // namespace annals::query
