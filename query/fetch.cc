// Fetching matching documents.
#include "query/fetch.h"

#include "core/database.h"
#include "core/schema.h"

namespace annals::query {

core::Result<FetchedDocs> FetchAll(const Xapian::Database& db,
                                   const Xapian::Query& query, size_t limit,
                                   const core::PersonFilter& keep_person) {
  FetchedDocs fetched;
  core::Status status = core::CatchXapian("fetch", [&] {
    Xapian::Enquire enquire(db);
    enquire.set_query(query);
    enquire.set_docid_order(Xapian::Enquire::ASCENDING);
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    Xapian::MSet mset =
        enquire.get_mset(0, static_cast<Xapian::doccount>(limit));
    // The matches come in docid order, so each value stream is read forwards
    // once instead of looked up per document.
    using core::schema::Slot;
    using core::schema::SlotNumber;
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
      // The summary spares inflating and parsing the text; databases
      // written before it existed have only the data.
      std::string json = value_at(summary, *it);
      if (json.empty()) json = it.get_document().get_data();
      auto stored = core::FromJson(json, keep_person);
      if (!stored.ok()) continue;
      fetched.docs.push_back(std::move(stored).value());
      fetched.event_keys.push_back(value_at(event_key, *it));
    }
  });
  if (!status.ok()) return status;
  return fetched;
}

}  // namespace annals::query
