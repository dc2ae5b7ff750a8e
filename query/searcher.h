// Running a search: query text -> SearchResult. The last place a Xapian type
// appears on the way to the renderers.
#pragma once

#include <xapian.h>

#include <string>

#include "core/status.h"
#include "query/results.h"

namespace annals::query {

struct SearchOptions {
  size_t limit = 10;
  size_t offset = 0;
  bool sort_by_date = false;  // newest event first; else relevance
  bool facets = false;        // counts by year, country, role, type
  bool by_event = false;      // collapse hits of one event
  bool explain = false;       // say why each hit matched
};

// Errors: kInvalidInput for a query syntax error ("query:POS: ..."),
// kIoError for a database problem.
core::Result<SearchResult> Search(const Xapian::Database& db,
                                  const std::string& query_text,
                                  const SearchOptions& options);

}  // namespace annals::query
