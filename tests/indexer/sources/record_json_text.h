// Course records as JSON text, for the record parser's tests.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace annals::indexer::testing {

// The path the parser is told a JSON file has.
inline const std::string kJson = "records/2018.json";

// A record's `extra` members: name and text.
using Extra = std::vector<std::pair<std::string, std::string>>;

// One JSON record built from the required fields plus `more` members.
inline std::string Rec(const std::string& more = "") {
  return R"({"id": "c-1", "title": "Course", "start": "2018-05-21")" +
         (more.empty() ? "" : ", " + more) + "}";
}

}  // namespace annals::indexer::testing
