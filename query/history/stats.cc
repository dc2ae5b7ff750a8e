// annals-query stats: the archive in counts.
#include <algorithm>

#include "core/database.h"
#include "core/glossary.h"
#include "core/schema.h"
#include "core/text_analyzer.h"
#include "query/history/history.h"
#include "query/history/matching_documents.h"
#include "query/history/stats_people.h"
#include "query/search/facets.h"

namespace annals::query {
namespace {

namespace schema = core::schema;

// A topic as one of its first records wrote it, or "".
std::string WrittenTopic(const Xapian::Database& db, const std::string& key) {
  constexpr size_t kRecordsRead = 20;
  auto fetched = FetchAll(
      db, Xapian::Query(std::string(schema::kPrefixTopic) + key), kRecordsRead);
  if (!fetched.ok()) return "";
  const core::TextAnalyzer& analyzer = core::TextAnalyzer::Default();
  const core::Glossary& glossary = core::Glossary::Default();
  for (const core::StoredDocument& doc : fetched->docs) {
    for (const std::string& topic : doc.record.topics) {
      if (glossary.TopicKey(analyzer, topic) == key) return topic;
    }
  }
  return "";
}

// The most frequent topics, each under its glossary name, else a topic as
// a record wrote it (a key is a stem: "train cours").
std::vector<StatsTopic> TopTopics(const Xapian::Database& db, size_t n) {
  const core::Glossary& glossary = core::Glossary::Default();
  std::vector<StatsTopic> topics;
  for (auto& [key, documents] : TopTerms(db, schema::kPrefixTopic, n)) {
    StatsTopic topic{glossary.DisplayName(key), key, documents};
    if (topic.name.empty()) topic.name = WrittenTopic(db, key);
    if (topic.name.empty()) topic.name = key;
    topics.push_back(std::move(topic));
  }
  return topics;
}

}  // namespace

core::Result<StatsAnswer> ArchiveStats(const Xapian::Database& db) {
  StatsAnswer answer;
  core::Status status = core::CatchXapian("stats", [&] {
    answer.documents = db.get_doccount();
    Xapian::Enquire enquire(db);
    enquire.set_query(core::MatchEverything());
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
    answer.top_people = TopPeople(db, 10);
    answer.top_topics = TopTopics(db, 10);
  });
  if (!status.ok()) return status;
  return answer;
}

}  // namespace annals::query
