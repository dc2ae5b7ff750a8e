// Xapian match spies for facet counts: the values of a slot that may hold
// several joined by '\t' (countries, roles), and all four facets from the
// slot that holds them together.
#pragma once

#include <xapian.h>

#include <map>
#include <string>

#include "query/results.h"
#include "query/value_tally.h"

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

// The four facets (year, type, country, role) counted from the combined
// slot (schema::Slot::kFacets): one value read a match instead of four.
class CombinedFacetSpy : public Xapian::MatchSpy {
 public:
  void operator()(const Xapian::Document& doc, double weight) override;
  // As the single-slot spies count them: "year" and "type" present when
  // some match has one, "country" and "role" always.
  Facets Counts() const;

 private:
  ValueTally joined_;  // documents per combined value
};

// Adds the counts of `more` to `into`.
void AddFacets(const Facets& more, Facets* into);

}  // namespace annals::query
