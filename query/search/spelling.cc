// Spelling suggestions for queries.
#include "query/search/spelling.h"

#include <algorithm>
#include <map>
#include <vector>

#include "core/text_analyzer.h"

namespace annals::query {

std::string SpellingSuggestion(const Xapian::Database& db,
                               const std::string& text,
                               const BuiltQuery& built) {
  const core::TextAnalyzer& analyzer = core::TextAnalyzer::Default();
  std::map<std::string, std::string> better_of;  // normalised word -> better
  for (const std::string& word : built.free_words) {
    if (better_of.count(word) > 0) continue;
    std::string stem = analyzer.Stem(word, core::TextAnalyzer::ScriptOf(word));
    if (db.term_exists(stem)) continue;
    std::string better = db.get_spelling_suggestion(word, 2);
    if (!better.empty() && better != word) better_of[word] = better;
  }
  if (better_of.empty()) return "";
  // Replaced where the analyzer found each word in the text as typed, from
  // the end so that earlier offsets stay right.
  std::vector<core::Token> tokens =
      analyzer.AnalyzeOutsideDictionaryScripts(text);
  std::string suggestion = text;
  bool changed = false;
  for (auto it = tokens.rbegin(); it != tokens.rend(); ++it) {
    auto found = better_of.find(it->term);
    if (found == better_of.end() || it->end > suggestion.size()) continue;
    suggestion.replace(it->begin, it->end - it->begin, found->second);
    changed = true;
  }
  return changed ? suggestion : "";
}

}  // namespace annals::query
