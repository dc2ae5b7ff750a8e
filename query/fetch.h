// Fetching the documents that match a query, decoded, with their event keys:
// all of them in docid order, or the newest events first in growing batches.
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
  std::vector<Xapian::docid> docids;    // parallel to docs
  size_t matches = 0;                   // documents matching, all counted
};

// More than any answer lists; a bound on memory for a pathological query.
inline constexpr size_t kFetchAllLimit = 1000000;

// All matches of `query` (up to `limit`), in docid order, decoded without
// their body text and facts. `keep_person` (optional) chooses the people
// decoded, see core::FromJson.
core::Result<FetchedDocs> FetchAll(
    const Xapian::Database& db, const Xapian::Query& query,
    size_t limit = kFetchAllLimit,
    const core::PersonFilter& keep_person = nullptr);

// The matches of a query newest event date first (undated last), read batch
// by batch: a reader that needs the latest few of 60,000 documents decodes
// a few hundred. Sorting costs one pass over the postings per batch, so each
// batch is twice the one before.
class NewestFirst {
 public:
  NewestFirst(const Xapian::Database& db, Xapian::Query query,
              core::PersonFilter keep_person, size_t first_batch);

  // Appends the next batch to `into`; afterwards the event month
  // ("YYYYMM", "" when undated) of the last document read is last_month().
  core::Status ReadMore(FetchedDocs* into);
  bool at_end() const { return at_end_; }
  const std::string& last_month() const { return last_month_; }

 private:
  const Xapian::Database& db_;
  Xapian::Query query_;
  core::PersonFilter keep_person_;
  size_t read_ = 0, batch_;
  bool at_end_ = false;
  std::string last_month_;
};

}  // namespace annals::query
