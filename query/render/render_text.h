// Results as text for people: one block per hit, matched words in colour
// on a terminal.
#pragma once

#include <string>

#include "query/search/results.h"

namespace annals::query {

struct TextStyle {
  bool colour = false;  // ANSI colours (a terminal, and NO_COLOR unset)
};

std::string RenderSearchText(const SearchResult& result,
                             const TextStyle& style);

}  // namespace annals::query
