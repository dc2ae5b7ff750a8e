// annals-query year: the courses of a year, grouped into events.
#include <algorithm>
#include <set>
#include <unordered_map>

#include "core/person_name.h"
#include "core/schema.h"
#include "query/fetch.h"
#include "query/history.h"
#include "query/year_event.h"

namespace annals::query {
namespace {

namespace schema = core::schema;

std::string PersonLine(const core::Person& person) {
  std::string line = person.name;
  if (!person.roles.empty()) {
    line += " (";
    for (size_t i = 0; i < person.roles.size(); ++i) {
      line += (i > 0 ? ", " : "") + person.roles[i];
    }
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

// The people of an event, one line each: a mention whose name or alias
// keys meet an earlier person's (a record lists 李汛 with "Li Xun") joins it.
std::vector<std::string> EventPeople(const Event& event) {
  std::vector<core::Person> people;
  // Each key's first person: the earliest one that holds it.
  std::unordered_map<std::string, size_t> first_with_key;
  for (const core::StoredDocument* doc : event.docs) {
    for (const core::Person& person : doc->record.people) {
      std::set<std::string> own(person.keys.begin(), person.keys.end());
      if (own.empty()) {
        own.insert(core::PersonKey(person.name));
        for (const std::string& alias : person.names)
          own.insert(core::PersonKey(alias));
      }
      size_t match = people.size();
      for (const std::string& key : own) {
        auto it = first_with_key.find(key);
        if (it != first_with_key.end()) match = std::min(match, it->second);
      }
      if (match == people.size()) {
        people.push_back(person);
      } else {
        for (const std::string& role : person.roles) {
          auto& roles = people[match].roles;
          if (std::find(roles.begin(), roles.end(), role) == roles.end())
            roles.push_back(role);
        }
      }
      for (const std::string& key : own) {
        auto [it, fresh] = first_with_key.try_emplace(key, match);
        if (!fresh) it->second = std::min(it->second, match);
      }
    }
  }
  std::vector<std::string> lines;
  for (const core::Person& person : people) lines.push_back(PersonLine(person));
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
