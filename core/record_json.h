// The document data stored with every Xapian document: a Record as JSON, and
// back. The query side renders from this.
#pragma once

#include <string>
#include <vector>

#include "core/record.h"
#include "core/status.h"

namespace annals::core {

// Why a fact was believed, kept with the document for --explain.
struct Fact {
  std::string kind;     // "person", "role", "talk", "event-date", ...
  std::string subject;  // a person's name, or ""
  std::string value;
  std::string source;  // "news/en/x.txt:7"
  std::string rule;
};

struct StoredDocument {
  Record record;
  std::vector<Fact> facts;
  std::string event_date_rule;  // how the event date was found
};

std::string ToJson(const StoredDocument& doc);
Result<StoredDocument> FromJson(const std::string& json);

}  // namespace annals::core
