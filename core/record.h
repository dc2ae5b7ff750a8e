// Record: what the parsers produce and the document builder consumes. One
// struct for both kinds of input (news articles and course records), so that
// analysis, extraction and storage see a single shape.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace annals::core {

// A person as a course record lists them, or as extraction found them in text.
struct Person {
  std::string name;                // as written ("Prof." stripped)
  std::vector<std::string> names;  // the same person in other scripts
  std::string honorific;           // "Prof.", "教授", "д-р" ...
  std::vector<std::string> roles;  // "speaker", "official", "trainee" ...
  std::string position;
  std::string affiliation;
  std::string country;             // ISO 3166-1 alpha-2, upper case, or ""
  std::vector<std::string> talks;  // talk titles attributed to them
  int line = 0;  // source line where they were found, 0 if n/a
  // PersonKey() of name and names, stored with the document so that readers
  // need not transliterate again; empty until written.
  std::vector<std::string> keys;
};

struct TraineeCount {
  std::string country;  // ISO 3166-1 alpha-2, upper case
  int count = 0;
};

enum class DocType { kNews, kCourse };

struct Record {
  std::string id;  // stable id: record "id", or news path without extension
  DocType type = DocType::kNews;
  std::string type_name;  // the record's own "type" when given ("course",
                          // "workshop" ...)
  std::string title;
  std::string body;       // news: paragraphs joined by '\n'; records: summary
  std::string language;   // BCP-47 tag as given, or "" to detect
  std::string published;  // news publication date "YYYY-MM-DD", or ""
  std::string published_time;  // "HH:MM:SS" when the metadata line has one
  std::string event_date;      // "YYYY-MM-DD", "YYYY-MM" or "YYYY", or ""
  std::string end_date;        // records: "end"
  long long views = -1;        // news "hot:" count, -1 when unknown
  std::string source;          // file path as given on the command line
  int source_line = 0;         // JSONL line / JSON array position, 0 for news

  // Course record fields (docs/formats.md, section 2); empty for news unless
  // extraction fills them.
  std::string series;
  int edition = 0;
  std::string host;
  std::string city;
  std::string country;  // ISO alpha-2 of the location
  std::string programme;
  std::vector<std::string> topics;
  std::vector<Person> people;
  std::vector<TraineeCount> trainees;  // count 0: listed, number not stated
  int trainees_total = 0;  // trainees in all, as the text counts them

  // Unknown record fields and unknown news metadata keys, flattened to text:
  // (key, value). Kept searchable and stored, never an error.
  std::vector<std::pair<std::string, std::string>> extra;
};

inline const char* DocTypeName(DocType type) {
  return type == DocType::kCourse ? "course" : "news";
}

// Why a fact was believed, kept with the document for --explain.
struct Fact {
  std::string kind;     // "person", "role", "talk", "event-date", ...
  std::string subject;  // a person's name, or ""
  std::string value;
  std::string source;  // "news/en/x.txt:7"
  std::string rule;
};

// A Record with what the indexer learnt about it, as stored in the database.
struct StoredDocument {
  Record record;
  std::vector<Fact> facts;
  std::string event_date_rule;  // how the event date was found
};

// "file:line" for a citation of a source file, or the file alone when the
// line is not known (0).
inline std::string SourceAt(const std::string& file, int line) {
  return line > 0 ? file + ":" + std::to_string(line) : file;
}

// Where a record came from: its file, and its line for a course record.
inline std::string SourceOf(const Record& record) {
  return SourceAt(record.source, record.source_line);
}

}  // namespace annals::core
