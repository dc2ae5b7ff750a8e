// Results as one JSON document (the CLI's --json contract; docs/design.md,
// "JSON fields", documents every field). Fields are added over time, never
// renamed.
#pragma once

#include <string>

#include "query/search/results.h"

namespace annals::query {

std::string RenderSearchJson(const SearchResult& result);
// {"error": message, "query": text} for a failed search.
std::string RenderErrorJson(const std::string& query,
                            const std::string& message);

}  // namespace annals::query
