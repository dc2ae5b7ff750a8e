// The JSON API of `annals-query serve`: a request path and its parameters ->
// a status code and a body that is, byte for byte, what the CLI prints with
// --json for the same input. No HTTP types here (web_server.cc has them).
#pragma once

#include <xapian.h>

#include <map>
#include <string>
#include <string_view>

#include "query/search/searcher.h"

namespace annals::query {

// Query-string parameters, decoded; the first value of a name counts.
using ApiParams = std::multimap<std::string, std::string>;

struct ApiResponse {
  int status = 200;  // 400 bad parameter, 404 unknown path, 500 database
  std::string body;  // one JSON document and "\n"
};

// Limits on what a request may ask for.
constexpr size_t kMaxQueryBytes = 4096;
constexpr size_t kMaxLimit = 100;
constexpr size_t kMaxOffset = 10000;

// Answers GET `path` ("/api/search", "/api/person", "/api/year",
// "/api/topic", "/api/stats"). Never throws for bad input: a bad query or
// parameter is 400 with {"error": ...} ({"query", "error"} for a search, as
// the CLI), an unknown path 404. Searches use `aids`.
ApiResponse HandleApi(const Xapian::Database& db, std::string_view path,
                      const ApiParams& params, const SearchAids& aids = {});

// {"error": message} and "\n".
std::string ErrorJson(const std::string& message);

}  // namespace annals::query
