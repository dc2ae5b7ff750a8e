// Fetching the documents that match a query, decoded, with their event keys:
// all of them in docid order, or the newest events first in growing batches.
#pragma once

#include <xapian.h>

#include <string>
#include <utility>
#include <vector>

#include "core/record_json.h"
#include "core/status.h"

namespace annals::query {

struct FetchedDocs {
  std::vector<core::StoredDocument> docs;
  std::vector<std::string> event_keys;  // parallel to docs
  std::vector<Xapian::docid> docids;    // parallel to docs
  size_t matches = 0;                   // documents matching (estimated)
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

// How many documents match `query`, every one counted.
core::Result<size_t> CountMatches(const Xapian::Database& db,
                                  const Xapian::Query& query);

// How many documents index any of `terms`, exactly: the most frequent term's
// frequency, plus the documents of the others that lack it (counted by the
// matcher, which then skips through the short lists instead of walking the
// long one).
core::Result<size_t> CountAnyOf(const Xapian::Database& db,
                                std::vector<std::string> terms);

// The documents naming any of a person's keys, newest event month first
// (undated last), read a month at a time from the index's person-month
// terms: a reader that needs the latest events of a person named in 60,000
// documents decodes the few hundred of the last months, and sorts nothing.
class NewestMonths {
 public:
  NewestMonths(const Xapian::Database& db, std::vector<std::string> keys,
               core::PersonFilter keep_person);

  // Appends the documents of the next month ("YYYYMM", "" undated) to
  // `into`, in docid order; afterwards that month is last_month().
  core::Status ReadMonth(FetchedDocs* into);
  bool at_end() const { return listed_ && next_ == months_.size(); }
  const std::string& last_month() const { return last_month_; }

 private:
  const Xapian::Database& db_;
  std::vector<std::string> keys_;
  core::PersonFilter keep_person_;
  bool listed_ = false;
  // Newest first: the month and its terms (one per key that has it).
  std::vector<std::pair<std::string, std::vector<std::string>>> months_;
  size_t next_ = 0;
  std::string last_month_;
};

}  // namespace annals::query
