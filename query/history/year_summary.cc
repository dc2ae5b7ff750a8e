// annals-query year: the courses of a year, grouped into events.
#include <algorithm>
#include <set>
#include <unordered_map>

#include "core/person_name.h"
#include "core/person_terms.h"
#include "core/schema.h"
#include "query/history/history.h"
#include "query/history/matching_documents.h"
#include "query/history/person_identity.h"
#include "query/history/year_event.h"

namespace annals::query {
namespace {

namespace schema = core::schema;

std::string PersonLine(const std::string& name,
                       const std::vector<std::string>& roles) {
  std::string line = name;
  if (!roles.empty()) {
    line += " (";
    for (size_t i = 0; i < roles.size(); ++i)
      line += (i > 0 ? ", " : "") + roles[i];
    line += ")";
  }
  return line;
}

// Trainee counts of an event: the source that states the most trainees
// (a course record usually), never the sum of several reports of one course.
std::map<std::string, int> EventTrainees(const Event& event) {
  std::map<std::string, int> best;
  int best_total = 0;
  for (const core::StoredDocument* doc : event.docs) {
    std::map<std::string, int> counts;
    int total = 0;
    for (const core::TraineeCount& t : doc->record.trainees) {
      counts[t.country] += t.count;
      total += t.count;
    }
    if (total > best_total) {
      best = std::move(counts);
      best_total = total;
    }
  }
  return best;
}

// One person of an event as its mentions describe them.
struct EventPerson {
  std::string han;  // Han spelling, "" while none was seen
  std::vector<std::string> roles;
  SpellingTally spellings;
};

// The people of an event, one line each, under their Latin spelling: a
// mention whose name or alias keys meet an earlier person's (a record lists
// 李汛 with "Li Xun") joins it, unless the two are written in Han
// differently (马林 and 马琳 read alike).
std::vector<std::string> EventPeople(const Event& event) {
  std::vector<EventPerson> people;
  // Each key's people, earliest first.
  std::unordered_map<std::string, std::vector<size_t>> with_key;
  for (const core::StoredDocument* doc : event.docs) {
    for (const core::Person& person : doc->record.people) {
      std::vector<std::string> own = MentionKeys(person);
      std::string han = core::HanIdentity(person);
      size_t match = people.size();
      for (const std::string& key : own) {
        auto it = with_key.find(key);
        if (it == with_key.end()) continue;
        for (size_t i : it->second) {
          bool compatible =
              han.empty() || people[i].han.empty() || people[i].han == han;
          if (compatible) match = std::min(match, i);
        }
      }
      if (match == people.size()) people.emplace_back();
      EventPerson& joined = people[match];
      if (joined.han.empty()) joined.han = han;
      joined.spellings.Add(person);
      for (const std::string& role : person.roles) {
        if (std::find(joined.roles.begin(), joined.roles.end(), role) ==
            joined.roles.end())
          joined.roles.push_back(role);
      }
      for (const std::string& key : own) {
        auto& list = with_key[key];
        if (std::find(list.begin(), list.end(), match) == list.end())
          list.push_back(match);
      }
    }
  }
  std::vector<std::string> lines;
  for (const EventPerson& person : people)
    lines.push_back(PersonLine(person.spellings.Shown(), person.roles));
  return lines;
}

}  // namespace

YearEvent BuildYearEvent(const Event& event) {
  YearEvent out;
  out.date = event.date;
  out.title = event.title;
  out.city = event.city;
  out.country = event.country;
  out.docs = event.refs;
  out.people = EventPeople(event);
  out.trainees = EventTrainees(event);
  return out;
}

core::Result<YearAnswer> YearSummary(const Xapian::Database& db, int year) {
  YearAnswer answer;
  answer.year = year;
  auto fetched = FetchAll(db, Xapian::Query(std::string(schema::kPrefixYear) +
                                            std::to_string(year)));
  if (!fetched.ok()) return fetched.status();
  for (const Event& event :
       GroupIntoEvents(fetched->docs, fetched->event_keys)) {
    YearEvent built = BuildYearEvent(event);
    for (const auto& [country, count] : built.trainees)
      answer.trainees[country] += count;
    answer.events.push_back(std::move(built));
  }
  return answer;
}

}  // namespace annals::query
