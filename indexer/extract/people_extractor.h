// Entities of a news article: the people it names (with their honorifics,
// roles, positions, countries and talks), trainee counts by country, and the
// course it reports on (series, edition, host, city). Rules and word lists
// live in $ANNALS_DATA_DIR/people_rules.txt and cities.txt; every finding
// comes with the fact that explains it (annals-query --explain).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/record.h"
#include "core/status.h"

namespace annals::indexer {

// Why we believe something; shown by --explain.
struct ExtractedFact {
  // "person", "role", "talk", "country", "position", "trainees", "series",
  // "edition", "city", "host"
  std::string kind;
  std::string subject;  // the person's name, or "" for course facts
  std::string value;
  // 0-based index of the body paragraph (body = paragraphs joined by '\n');
  // -1 for the title.
  int paragraph = 0;
  std::string rule;  // e.g. "en:honorific", "zh:name+title", "en:respectively"
};

struct ArticleEntities {
  // name (honorific stripped, as written), honorific, roles, position,
  // affiliation, country (ISO), talks; Person::line = paragraph index + 1.
  std::vector<core::Person> people;
  std::vector<core::TraineeCount> trainees;  // count 0: number not stated
  int trainee_total = 0;  // every count, several countries at once included
  std::string series;     // "ERCP/EUS Hands-on Workshop"
  int edition = 0;        // 42
  std::string host;       // course host institution, as written
  std::string city;       // English name from cities.txt
  std::string country;    // ISO alpha-2 of the city, where stated
  std::vector<ExtractedFact> facts;
};

// Extracts the entities of an article. People come from the body only (the
// headline is often cut mid-name); series, edition, host and city from the
// title, else the first paragraph. Rules of every language run on any text,
// since articles mix scripts; `language` (the article's BCP-47 tag) is
// accepted for callers' sake and not used yet. Never fails: any bytes are
// accepted (invalid UTF-8 reads as U+FFFD), and missing data files give empty
// results (see EntityDataStatus). Thread-safe.
ArticleEntities ExtractEntities(std::string_view title, std::string_view body,
                                std::string_view language);

// Whether the data files loaded: "people_rules.txt: line 3: ..." or
// ".../cities.txt: cannot open" when they did not.
core::Status EntityDataStatus();

}  // namespace annals::indexer
