// Grouping documents into events: articles and records about the same
// course, in any language, are one event. Two documents belong to one event
// when they share an event key (edition + start month, see
// indexer/document_builder.h) or the same day-precise event date.
#pragma once

#include <string>
#include <vector>

#include "core/record_json.h"

namespace annals::query {

struct DocRef {
  std::string id;
  std::string type;
  std::string lang;
  std::string title;
  std::string source;
};

struct Event {
  std::string key;
  std::string date;   // earliest day-precise date, else the best partial one
  std::string title;  // a course record's title when there is one
  std::string city;
  std::string country;
  std::vector<const core::StoredDocument*> docs;  // course records first
  std::vector<DocRef> refs;
  size_t first_doc = 0;  // index of its first document: orders equal dates
};

// `docs` must outlive the events. Events come out oldest first; events of
// one date in the order of their first documents, so that any set of whole
// events keeps the order it has among all of them.
std::vector<Event> GroupIntoEvents(
    const std::vector<core::StoredDocument>& docs,
    const std::vector<std::string>& event_keys);

DocRef RefOf(const core::StoredDocument& doc);

}  // namespace annals::query
