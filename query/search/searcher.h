// Running a search: query text -> SearchResult. The last place a Xapian type
// appears on the way to the renderers.
#pragma once

#include <xapian.h>

#include <string>

#include "core/status.h"
#include "query/search/results.h"

namespace annals::query {

class FacetTable;

// Below this many documents a facet search takes a few milliseconds, and a
// second thread would save less than opening a second handle costs.
inline constexpr Xapian::doccount kSplitMinDocuments = 20000;

// What a long-lived caller (the web server, the benchmark) keeps between
// searches to make them faster; a one-shot command may leave both out.
struct SearchAids {
  // A second handle on the same database, used by nobody else during the
  // search: facets over a database of at least
  // SearchOptions::split_min_documents are counted in two halves at once,
  // the upper one on this handle (see query/search/split_match.h).
  Xapian::Database* counting_partner = nullptr;
  // A table of every document's facets, brought up to the database's
  // revision by the search (see query/search/facet_table.h).
  FacetTable* facet_table = nullptr;
};

struct SearchOptions {
  size_t limit = 10;
  size_t offset = 0;
  bool sort_by_date = false;  // newest event first; else relevance
  bool facets = false;        // counts by year, country, role, type
  bool by_event = false;      // collapse hits of one event
  bool explain = false;       // say why each hit matched
  // A query without any match answers its spelling suggestion instead when
  // that has matches (SearchResult::corrected says so).
  bool correct = true;
  SearchAids aids;
  Xapian::doccount split_min_documents = kSplitMinDocuments;
};

// Errors: kInvalidInput for a query syntax error ("query:POS: ..."),
// kIoError for a database problem.
core::Result<SearchResult> Search(const Xapian::Database& db,
                                  const std::string& query_text,
                                  const SearchOptions& options);

}  // namespace annals::query
