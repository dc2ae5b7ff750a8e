// Fetching matching documents.
#include "query/history/matching_documents.h"

#include <algorithm>
#include <functional>
#include <map>

#include "core/database.h"
#include "core/person_terms.h"
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
    Xapian::MSet mset =
        enquire.get_mset(0, static_cast<Xapian::doccount>(limit));
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

core::Result<size_t> CountMatches(const Xapian::Database& db,
                                  const Xapian::Query& query) {
  size_t count = 0;
  core::Status status = core::CatchXapian("count", [&] {
    Xapian::Enquire enquire(db);
    enquire.set_query(query);
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    count = enquire.get_mset(0, 0, db.get_doccount()).get_matches_estimated();
  });
  if (!status.ok()) return status;
  return count;
}

core::Result<size_t> CountAnyOf(const Xapian::Database& db,
                                std::vector<std::string> terms) {
  if (terms.empty()) return size_t{0};
  std::string most;
  size_t count = 0;
  core::Status status = core::CatchXapian("count", [&] {
    auto it = std::max_element(terms.begin(), terms.end(),
                               [&](const auto& a, const auto& b) {
                                 return db.get_termfreq(a) < db.get_termfreq(b);
                               });
    most = *it;
    count = db.get_termfreq(most);
    terms.erase(it);
  });
  if (!status.ok()) return status;
  if (terms.empty()) return count;
  auto others = CountMatches(
      db, Xapian::Query(
              Xapian::Query::OP_AND_NOT,
              Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end()),
              Xapian::Query(most)));
  if (!others.ok()) return others.status();
  return count + *others;
}

NewestMonths::NewestMonths(const Xapian::Database& db,
                           std::vector<std::string> keys,
                           core::PersonFilter keep_person)
    : db_(db), keys_(std::move(keys)), keep_person_(std::move(keep_person)) {}

core::Status NewestMonths::ReadMonth(FetchedDocs* into) {
  if (!listed_) {
    std::map<std::string, std::vector<std::string>, std::greater<>> months;
    core::Status status = core::CatchXapian("fetch", [&] {
      for (const std::string& key : keys_) {
        std::string start = std::string(core::schema::kPrefixPersonMonth) +
                            core::MonthTermStart(key);
        for (auto it = db_.allterms_begin(start); it != db_.allterms_end(start);
             ++it) {
          months[(*it).substr(start.size())].push_back(*it);
        }
      }
    });
    ANNALS_RETURN_IF_ERROR(status);
    months_.assign(months.begin(), months.end());
    listed_ = true;
  }
  if (at_end()) return core::Status::Ok();
  const auto& [month, terms] = months_[next_++];
  auto fetched = FetchAll(
      db_, Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end()),
      kFetchAllLimit, keep_person_);
  if (!fetched.ok()) return fetched.status();
  for (size_t i = 0; i < fetched->docs.size(); ++i) {
    into->docs.push_back(std::move(fetched->docs[i]));
    into->event_keys.push_back(std::move(fetched->event_keys[i]));
    into->docids.push_back(fetched->docids[i]);
  }
  last_month_ = month;
  return core::Status::Ok();
}

}  // namespace annals::query
