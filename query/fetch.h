// Fetching every document that matches a query, decoded, with its event key.
#pragma once

#include <xapian.h>

#include <string>
#include <vector>

#include "core/record_json.h"
#include "core/status.h"

namespace annals::query {

struct FetchedDocs {
  std::vector<core::StoredDocument> docs;
  std::vector<std::string> event_keys;  // parallel to docs
};

// All matches of `query` (up to `limit`), in docid order.
core::Result<FetchedDocs> FetchAll(const Xapian::Database& db,
                                   const Xapian::Query& query,
                                   size_t limit = 100000);

}  // namespace annals::query
