// annals-query stats: the archive in counts.
#include <algorithm>

#include "core/database.h"
#include "core/schema.h"
#include "query/facets.h"
#include "query/history.h"

namespace annals::query {
namespace {

namespace schema = core::schema;

// The most frequent terms under a prefix, by document count.
std::vector<std::pair<std::string, size_t>> TopTerms(const Xapian::Database& db,
                                                     std::string_view prefix,
                                                     size_t n) {
  std::vector<std::pair<std::string, size_t>> terms;
  std::string p(prefix);
  for (auto it = db.allterms_begin(p); it != db.allterms_end(p); ++it) {
    terms.emplace_back((*it).substr(p.size()), it.get_termfreq());
  }
  std::stable_sort(
      terms.begin(), terms.end(),
      [](const auto& a, const auto& b) { return a.second > b.second; });
  if (terms.size() > n) terms.resize(n);
  return terms;
}

}  // namespace

core::Result<StatsAnswer> ArchiveStats(const Xapian::Database& db) {
  StatsAnswer answer;
  core::Status status = core::CatchXapian("stats", [&] {
    answer.documents = db.get_doccount();
    Xapian::Enquire enquire(db);
    enquire.set_query(Xapian::Query::MatchAll);
    Xapian::ValueCountMatchSpy years(schema::SlotNumber(schema::Slot::kYear));
    Xapian::ValueCountMatchSpy types(schema::SlotNumber(schema::Slot::kType));
    MultiValueCountSpy countries(schema::SlotNumber(schema::Slot::kCountries));
    enquire.add_matchspy(&years);
    enquire.add_matchspy(&types);
    enquire.add_matchspy(&countries);
    enquire.get_mset(0, 0, db.get_doccount());
    for (auto it = years.values_begin(); it != years.values_end(); ++it) {
      answer.counts["year"][*it] = it.get_termfreq();
    }
    for (auto it = types.values_begin(); it != types.values_end(); ++it) {
      answer.counts["type"][*it] = it.get_termfreq();
    }
    answer.counts["country"] = countries.counts();
    std::string lang_prefix(schema::kPrefixLanguage);
    for (auto it = db.allterms_begin(lang_prefix);
         it != db.allterms_end(lang_prefix); ++it) {
      answer.counts["language"][(*it).substr(lang_prefix.size())] =
          it.get_termfreq();
    }
    answer.top_people = TopTerms(db, schema::kPrefixPerson, 10);
    answer.top_topics = TopTerms(db, schema::kPrefixTopic, 10);
  });
  if (!status.ok()) return status;
  return answer;
}

}  // namespace annals::query
