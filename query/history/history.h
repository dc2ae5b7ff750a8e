// Answers about people, years, topics and the archive as a whole, built from
// the index: the data behind `annals-query person|year|topic|stats`.
#pragma once

#include <xapian.h>

#include <map>
#include <string>
#include <vector>

#include "core/status.h"
#include "query/history/events.h"

namespace annals::query {

struct PersonEvent {
  std::string date;
  std::string title;
  std::string city;
  std::vector<std::string> roles;
  std::vector<std::string> talks;
  std::string affiliation;  // position and affiliation as stated then
  std::vector<DocRef> docs;
  std::vector<std::string> why;  // --explain: how each document matched
};

struct PersonCandidate {
  std::string name;
  std::vector<std::string> aliases;
  std::vector<std::string> countries;
  size_t documents = 0;
  std::string description;  // position/affiliation seen
  std::string query;        // what to ask for this one person
};

// Which events of a person's or a topic's history to answer: `limit` of
// them (0: all) after the `offset` newest; they are listed oldest first.
inline constexpr size_t kEventsShown = 50;
struct EventPage {
  size_t offset = 0;
  size_t limit = kEventsShown;
};

struct PersonAnswer {
  std::string query;
  size_t documents = 0;  // documents matching the name, in any spelling
  size_t offset = 0;     // newer events left out
  bool older = false;    // older events left out
  std::string name;
  std::vector<std::string> aliases;
  std::vector<std::string> countries;
  std::vector<PersonEvent> events;
  std::vector<PersonCandidate> candidates;  // set when the name is ambiguous
  // How the name was found when not as typed: "without titles" ("Dean Li
  // Xun"), "one word" (a surname alone), "pronunciation" (a Han spelling
  // nobody is written with that reads like one that is); "" otherwise.
  std::string match;
  std::string note;  // a sentence saying so, for the reader
};

struct YearEvent {
  std::string date, title, city, country;
  std::vector<std::string> people;  // "Name (role, role)"
  std::map<std::string, int> trainees;
  std::vector<DocRef> docs;
};

struct YearAnswer {
  int year = 0;
  std::vector<YearEvent> events;
  std::map<std::string, int> trainees;  // totals by country
};

struct TopicTalk {
  std::string person, talk, date, doc;
};

struct TopicYear {
  int year = 0;  // 0: undated
  std::vector<YearEvent> events;
  std::vector<TopicTalk> talks;  // given at these events, each title once
};

struct TopicAnswer {
  std::string topic;
  std::string key;
  size_t documents = 0;                     // documents on the topic
  std::map<int, size_t> documents_by_year;  // every year (0: undated)
  size_t offset = 0;                        // newer events left out
  bool older = false;                       // older events left out
  std::vector<TopicYear> years;             // the page's events, by year
};

// One of the people most mentioned: a person, whichever scripts and keys
// their documents name them by.
struct StatsPerson {
  std::string name;               // the most frequent Latin spelling
  std::string query;              // what to ask `person` for them
  std::vector<std::string> keys;  // the index keys they are filed under
  size_t documents = 0;
};

struct StatsTopic {
  std::string name;  // the glossary's name, else a topic as a record wrote it
  std::string key;
  size_t documents = 0;
};

struct StatsAnswer {
  size_t documents = 0;
  std::map<std::string, std::map<std::string, size_t>>
      counts;  // year/type/language/country
  std::vector<StatsPerson> top_people;
  std::vector<StatsTopic> top_topics;
};

core::Result<PersonAnswer> PersonHistory(const Xapian::Database& db,
                                         const std::string& name,
                                         const EventPage& page = {});
core::Result<YearAnswer> YearSummary(const Xapian::Database& db, int year);
core::Result<TopicAnswer> TopicHistory(const Xapian::Database& db,
                                       const std::string& topic,
                                       const EventPage& page = {});
core::Result<StatsAnswer> ArchiveStats(const Xapian::Database& db);

}  // namespace annals::query
