// Plain result structures shared by the searcher, the history commands and
// the renderers. No Xapian types here.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "core/record_json.h"

namespace annals::query {

struct SnippetPart {
  std::string text;
  bool match = false;
};

struct Hit {
  int rank = 0;
  std::string id;
  std::string type;
  std::string title;
  std::string date;       // event date
  std::string published;  // publication date
  std::string lang;
  std::string source;
  double score = 0;
  std::vector<SnippetPart> snippet;
  std::string event_key;          // for --by-event
  std::vector<std::string> also;  // ids collapsed into this hit (--by-event)
  std::vector<std::string> why;   // --explain lines
};

// Facet name -> value -> count.
using Facets = std::map<std::string, std::map<std::string, size_t>>;

struct SearchResult {
  std::string query;
  size_t total = 0;
  // False when `total` is Xapian's estimate: a query matching more documents
  // than the answer needs is not counted to the end (facets are).
  bool total_exact = true;
  std::vector<Hit> hits;
  std::string suggestion;  // "did you mean", or ""
  // The spelling correction answered instead of `query`, which matched
  // nothing (see SearchOptions::correct), or "".
  std::string corrected;
  Facets facets;
  std::vector<std::string> explanations;
};

}  // namespace annals::query
