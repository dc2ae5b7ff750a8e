// annals-query topic: the events and talks on a topic, a page at a time.
#include <algorithm>
#include <list>
#include <unordered_map>
#include <unordered_set>

#include "core/database.h"
#include "core/glossary.h"
#include "core/schema.h"
#include "core/text_analyzer.h"
#include "query/history/history.h"
#include "query/history/matching_documents.h"
#include "query/history/year_event.h"

namespace annals::query {

namespace schema = core::schema;

namespace {

// The year of an ISO date, 0 when it has none.
int YearOf(const std::string& date) {
  bool digits = date.size() >= 4 &&
                std::all_of(date.begin(), date.begin() + 4,
                            [](char c) { return c >= '0' && c <= '9'; });
  return digits ? std::stoi(date.substr(0, 4)) : 0;
}

// The events of a topic, a year's documents at a time (newest year first,
// undated last): the documents of one event share its month, so a year read
// to its end holds its events whole, and a page of the newest events reads
// the newest years alone.
class TopicReader {
 public:
  TopicReader(const Xapian::Database& db, Xapian::Query on_topic)
      : db_(db), on_topic_(std::move(on_topic)) {}

  // Counts the documents of every year (from the index's year terms).
  core::Status Count(TopicAnswer* answer) {
    std::string prefix(schema::kPrefixYear);
    core::Status status = core::CatchXapian("topic", [&] {
      for (auto it = db_.allterms_begin(prefix); it != db_.allterms_end(prefix);
           ++it) {
        year_terms_.push_back(*it);
      }
    });
    ANNALS_RETURN_IF_ERROR(status);
    std::sort(year_terms_.rbegin(), year_terms_.rend());  // newest first
    auto total = CountMatches(db_, on_topic_);
    if (!total.ok()) return total.status();
    answer->documents = *total;
    size_t dated = 0;
    for (const std::string& term : year_terms_) {
      Xapian::Query in_year(Xapian::Query::OP_AND, on_topic_,
                            Xapian::Query(term));
      auto count = CountMatches(db_, in_year);
      if (!count.ok()) return count.status();
      if (*count == 0) continue;
      answer->documents_by_year[YearOf(term.substr(prefix.size()))] = *count;
      parts_.push_back(in_year);
      dated += *count;
    }
    if (*total > dated) {
      answer->documents_by_year[0] = *total - dated;
      parts_.push_back(
          Xapian::Query(Xapian::Query::OP_AND_NOT, on_topic_,
                        Xapian::Query(Xapian::Query::OP_OR, year_terms_.begin(),
                                      year_terms_.end())));
    }
    return core::Status::Ok();
  }

  bool at_end() const { return next_ == parts_.size(); }

  // Reads the next year; its events, oldest first, go to the end of
  // `newest_first_years`.
  core::Status ReadYear(std::vector<std::vector<Event>>* newest_first_years) {
    auto fetched = FetchAll(db_, parts_[next_++]);
    if (!fetched.ok()) return fetched.status();
    read_.push_back(std::move(fetched).value());
    newest_first_years->push_back(
        GroupIntoEvents(read_.back().docs, read_.back().event_keys));
    return core::Status::Ok();
  }

 private:
  const Xapian::Database& db_;
  Xapian::Query on_topic_;
  std::vector<std::string> year_terms_;
  std::vector<Xapian::Query> parts_;  // newest year first, undated last
  size_t next_ = 0;
  std::list<FetchedDocs> read_;  // the events point into these
};

}  // namespace

core::Result<TopicAnswer> TopicHistory(const Xapian::Database& db,
                                       const std::string& topic,
                                       const EventPage& page) {
  const core::TextAnalyzer& analyzer = core::TextAnalyzer::Default();
  const core::Glossary& glossary = core::Glossary::Default();
  TopicAnswer answer;
  answer.topic = topic;
  answer.key = glossary.TopicKey(analyzer, topic);
  answer.offset = page.offset;
  TopicReader reader(
      db, Xapian::Query(std::string(schema::kPrefixTopic) + answer.key));
  ANNALS_RETURN_IF_ERROR(reader.Count(&answer));
  // The newest years until the page's events are read.
  size_t wanted = page.limit == 0 ? SIZE_MAX : page.offset + page.limit;
  std::vector<std::vector<Event>> years_read;
  size_t events_read = 0;
  while (!reader.at_end() && events_read < wanted) {
    ANNALS_RETURN_IF_ERROR(reader.ReadYear(&years_read));
    events_read += years_read.back().size();
  }
  // The page, counted from the newest event; listed oldest first.
  std::vector<const Event*> shown;
  size_t newest_index = 0;
  for (const auto& year_events : years_read) {
    for (auto it = year_events.rbegin(); it != year_events.rend(); ++it) {
      if (newest_index >= page.offset && newest_index < wanted)
        shown.push_back(&*it);
      ++newest_index;
    }
  }
  answer.older = events_read > wanted || !reader.at_end();
  std::reverse(shown.begin(), shown.end());

  std::map<int, TopicYear> years;
  // Talk titles recur (a lecture given at several courses, reported in
  // several languages): each is analysed once.
  std::unordered_map<std::string, bool> talk_on_topic;
  std::map<int, std::unordered_set<std::string>> talks_listed;
  for (const Event* event : shown) {
    int year = YearOf(event->date);
    TopicYear& bucket = years[year];
    bucket.year = year;
    bucket.events.push_back(BuildYearEvent(*event));
    for (const core::StoredDocument* doc : event->docs) {
      for (const core::Person& person : doc->record.people) {
        for (const std::string& talk : person.talks) {
          auto [known, fresh] = talk_on_topic.try_emplace(talk, false);
          if (fresh) {
            auto topics = glossary.FindTopics(analyzer, talk);
            known->second = std::find(topics.begin(), topics.end(),
                                      answer.key) != topics.end();
          }
          if (known->second && talks_listed[year].insert(talk).second) {
            bucket.talks.push_back(
                {person.name, talk, event->date, doc->record.id});
          }
        }
      }
    }
  }
  for (auto& [year, bucket] : years) answer.years.push_back(std::move(bucket));
  return answer;
}

}  // namespace annals::query
