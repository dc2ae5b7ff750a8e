// Every document's facet values held in memory by a long-lived process (the
// web server, the benchmark), so that a facet search counts a match with an
// array increment instead of reading and hashing its combined value
// (schema::Slot::kFacets): a third of a facet search over most of 100,000
// documents. Built in one pass over the slot's value stream (~17 ms per
// 100,000 documents) and rebuilt when the database's revision changes; so
// not for one-shot commands, which would pay more to build it than it
// saves.
#pragma once

#include <xapian.h>

#include <cstdint>
#include <string>
#include <vector>

#include "query/search/facets.h"
#include "query/search/results.h"

namespace annals::query {

class FacetTable {
 public:
  // Brings the table up to `db`'s revision. False (and the table unused)
  // unless `db` is one local database whose documents all have the
  // combined slot.
  bool Refresh(const Xapian::Database& db);

  // Number of a document's combination of facet values (0: none).
  uint32_t CombinationOf(Xapian::docid id) const {
    return id < combination_of_.size() ? combination_of_[id] : 0;
  }
  size_t combinations() const { return parts_.size(); }

  // Facets of the documents counted per combination (`per_combination`,
  // indexed by CombinationOf), as CombinedFacetSpy::Counts gives them.
  Facets Counts(const std::vector<size_t>& per_combination) const;

 private:
  struct Part {
    uint8_t facet;   // index into the facet names
    uint32_t value;  // index into values_[facet]
  };

  void Build(const Xapian::Database& db);

  std::string uuid_;
  Xapian::rev revision_ = 0;
  bool built_ = false;
  std::vector<uint32_t> combination_of_;          // by document id
  std::vector<std::vector<Part>> parts_;          // by combination
  std::vector<std::string> values_[kFacetCount];  // by kFacetNames
};

// Counts a match's facets through a FacetTable.
class TableFacetSpy : public FacetCounter {
 public:
  explicit TableFacetSpy(const FacetTable& table)
      : table_(table), per_combination_(table.combinations(), 0) {}
  void operator()(const Xapian::Document& doc, double) override {
    ++per_combination_[table_.CombinationOf(doc.get_docid())];
  }
  Facets Counts() const override { return table_.Counts(per_combination_); }

 private:
  const FacetTable& table_;
  std::vector<size_t> per_combination_;
};

}  // namespace annals::query
