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

// All matches of `query` (up to `limit`), in docid order, decoded without
// their body text and facts.
// More than any answer lists; a bound on memory for a pathological query.
inline constexpr size_t kFetchAllLimit = 1000000;

// `keep_person` (optional) chooses the people decoded, see core::FromJson.
core::Result<FetchedDocs> FetchAll(
    const Xapian::Database& db, const Xapian::Query& query,
    size_t limit = kFetchAllLimit,
    const core::PersonFilter& keep_person = nullptr);

}  // namespace annals::query
