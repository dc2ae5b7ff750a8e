// Fetching matching documents.
#include "query/fetch.h"

#include "core/database.h"
#include "core/schema.h"

namespace annals::query {
namespace {

using core::schema::Slot;
using core::schema::SlotNumber;

// Decodes one match into `into`; the summary spares inflating and parsing
// the text, databases written before it existed have only the data.
void Append(std::string summary, const Xapian::MSetIterator& match,
            std::string event_key, const core::PersonFilter& keep_person,
            FetchedDocs* into) {
  if (summary.empty()) summary = match.get_document().get_data();
  auto stored = core::FromJson(summary, keep_person);
  if (!stored.ok()) return;
  into->docs.push_back(std::move(stored).value());
  into->event_keys.push_back(std::move(event_key));
  into->docids.push_back(*match);
}

}  // namespace

core::Result<FetchedDocs> FetchAll(const Xapian::Database& db,
                                   const Xapian::Query& query, size_t limit,
                                   const core::PersonFilter& keep_person) {
  FetchedDocs fetched;
  core::Status status = core::CatchXapian("fetch", [&] {
    Xapian::Enquire enquire(db);
    enquire.set_query(query);
    enquire.set_docid_order(Xapian::Enquire::ASCENDING);
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    Xapian::MSet mset = enquire.get_mset(
        0, static_cast<Xapian::doccount>(limit), db.get_doccount());
    fetched.matches = mset.get_matches_estimated();
    // The matches come in docid order, so each value stream is read forwards
    // once instead of looked up per document.
    Xapian::ValueIterator summary =
        db.valuestream_begin(SlotNumber(Slot::kSummary));
    Xapian::ValueIterator event_key =
        db.valuestream_begin(SlotNumber(Slot::kEventKey));
    auto value_at = [&](Xapian::ValueIterator& stream, Xapian::docid did) {
      if (stream == db.valuestream_end(0)) return std::string();
      stream.skip_to(did);
      if (stream == db.valuestream_end(0) || stream.get_docid() != did)
        return std::string();
      return *stream;
    };
    for (auto it = mset.begin(); it != mset.end(); ++it) {
      Append(value_at(summary, *it), it, value_at(event_key, *it), keep_person,
             &fetched);
    }
  });
  if (!status.ok()) return status;
  return fetched;
}

NewestFirst::NewestFirst(const Xapian::Database& db, Xapian::Query query,
                         core::PersonFilter keep_person, size_t first_batch)
    : db_(db),
      query_(std::move(query)),
      keep_person_(std::move(keep_person)),
      batch_(std::max<size_t>(first_batch, 1)) {}

bool NewestFirst::NextBatch(FetchedDocs* into) {
  Xapian::Enquire enquire(db_);
  enquire.set_query(query_);
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  // Descending date; equal dates in ascending docid order.
  enquire.set_sort_by_value(SlotNumber(Slot::kEventDate), true);
  enquire.set_docid_order(Xapian::Enquire::ASCENDING);
  mset_ = enquire.get_mset(static_cast<Xapian::doccount>(sorted_),
                           static_cast<Xapian::doccount>(batch_));
  into->matches = mset_.get_matches_estimated();
  sorted_ += mset_.size();
  next_ = 0;
  batch_ *= 2;
  return !mset_.empty();
}

core::Status NewestFirst::ReadMonth(FetchedDocs* into) {
  return core::CatchXapian("fetch", [&] {
    bool started = false;
    while (!at_end_) {
      if (next_ == mset_.size() && !NextBatch(into)) {
        at_end_ = true;
        break;
      }
      Xapian::MSetIterator match = mset_[static_cast<Xapian::doccount>(next_)];
      std::string month = match.get_sort_key().substr(0, 6);
      if (started && month != last_month_) break;
      Xapian::Document doc = match.get_document();
      Append(doc.get_value(SlotNumber(Slot::kSummary)), match,
             doc.get_value(SlotNumber(Slot::kEventKey)), keep_person_, into);
      last_month_ = std::move(month);
      started = true;
      ++next_;
    }
  });
}

}  // namespace annals::query
