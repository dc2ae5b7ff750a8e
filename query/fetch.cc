// Fetching matching documents.
#include "query/fetch.h"

#include "core/database.h"
#include "core/schema.h"

namespace annals::query {

core::Result<FetchedDocs> FetchAll(const Xapian::Database& db,
                                   const Xapian::Query& query, size_t limit) {
  FetchedDocs fetched;
  core::Status status = core::CatchXapian("fetch", [&] {
    Xapian::Enquire enquire(db);
    enquire.set_query(query);
    enquire.set_docid_order(Xapian::Enquire::ASCENDING);
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    Xapian::MSet mset =
        enquire.get_mset(0, static_cast<Xapian::doccount>(limit));
    for (auto it = mset.begin(); it != mset.end(); ++it) {
      Xapian::Document doc = it.get_document();
      auto stored = core::FromJson(doc.get_data());
      if (!stored.ok()) continue;
      fetched.docs.push_back(std::move(stored).value());
      fetched.event_keys.push_back(doc.get_value(
          core::schema::SlotNumber(core::schema::Slot::kEventKey)));
    }
  });
  if (!status.ok()) return status;
  return fetched;
}

}  // namespace annals::query
