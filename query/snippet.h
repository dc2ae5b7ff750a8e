// Snippets: the part of a document's text where the query's words are
// densest, with those words marked.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "core/text_analyzer.h"
#include "query/results.h"

namespace annals::query {

// Picks a window of about `max_words` words of `text` holding the most
// distinct matching stems (ties: earliest) and splits it into marked and
// unmarked parts. With no match, the start of the text.
std::vector<SnippetPart> MakeSnippet(const core::TextAnalyzer& analyzer,
                                     const std::string& text,
                                     const std::set<std::string>& stems,
                                     size_t max_words = 32);

}  // namespace annals::query
