// What extraction finds in a news article, shared by the extractors: the
// people, trainee counts and course identity of ArticleEntities, and the
// facts that explain them (annals-query --explain).
#pragma once

#include <string>
#include <vector>

#include "core/record.h"

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

}  // namespace annals::indexer
