// Snippets: the part of a document's text where the query's words are
// densest, with those words marked.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "core/text_analyzer.h"
#include "query/search/probe_matcher.h"
#include "query/search/results.h"

namespace annals::query {

inline constexpr size_t kSnippetWords = 32;

// Snippets for one query's stems; what is worked out from the stems alone
// (the strings the texts are searched for) is done once for all the hits.
class SnippetMaker {
 public:
  SnippetMaker(const core::TextAnalyzer& analyzer, std::set<std::string> stems);

  // Picks a window of about `max_words` words of `text` holding the most
  // distinct matching stems (ties: earliest) and splits it into marked and
  // unmarked parts. With no match, the start of the text.
  std::vector<SnippetPart> Make(const std::string& text,
                                size_t max_words = kSnippetWords) const;

 private:
  const core::TextAnalyzer& analyzer_;
  std::set<std::string> stems_;
  std::vector<std::string> probes_;  // what the texts are searched for
  ProbeMatcher matcher_;
  std::vector<bool> run_script_probe_;  // per probe: Han/Thai
};

// SnippetMaker(analyzer, stems).Make(text, max_words).
std::vector<SnippetPart> MakeSnippet(const core::TextAnalyzer& analyzer,
                                     const std::string& text,
                                     const std::set<std::string>& stems,
                                     size_t max_words = kSnippetWords);

}  // namespace annals::query
