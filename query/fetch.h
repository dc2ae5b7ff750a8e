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

// The matches of a query newest event date first (undated last), read a
// month at a time: a reader that needs the latest few of 60,000 documents
// decodes the few hundred of the last months. The matches are sorted in
// batches (each twice the one before, as sorting costs a pass over all the
// postings) and decoded only when read.
class NewestFirst {
 public:
  NewestFirst(const Xapian::Database& db, Xapian::Query query,
              core::PersonFilter keep_person, size_t first_batch);

  // Appends the documents of the next event month ("YYYYMM", "" undated)
  // to `into`; afterwards that month is last_month().
  core::Status ReadMonth(FetchedDocs* into);
  bool at_end() const { return at_end_; }
  const std::string& last_month() const { return last_month_; }

 private:
  // Sorts the next batch into mset_; false when no match is left.
  bool NextBatch(FetchedDocs* into);

  const Xapian::Database& db_;
  Xapian::Query query_;
  core::PersonFilter keep_person_;
  Xapian::MSet mset_;
  size_t sorted_ = 0;  // matches sorted by the batches so far
  size_t next_ = 0;    // index in mset_ of the next match to read
  size_t batch_;
  bool at_end_ = false;
  std::string last_month_;
};

}  // namespace annals::query
