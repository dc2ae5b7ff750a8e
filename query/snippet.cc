// Choosing and marking a snippet.
#include "query/snippet.h"

#include <map>

namespace annals::query {
namespace {

// Bytes of text between two token offsets, newlines made spaces.
std::string Slice(const std::string& text, size_t begin, size_t end) {
  std::string out = text.substr(begin, end - begin);
  for (char& c : out) {
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  }
  return out;
}

void Append(std::vector<SnippetPart>* parts, std::string text, bool match) {
  if (text.empty()) return;
  if (!parts->empty() && parts->back().match == match) {
    parts->back().text += text;
  } else {
    parts->push_back({std::move(text), match});
  }
}

size_t BestWindowStart(const std::vector<core::Token>& tokens,
                       const std::vector<bool>& matched, size_t max_words) {
  size_t best_start = 0;
  size_t best_score = 0;
  std::map<std::string, size_t> in_window;  // stem -> occurrences in window
  for (size_t end = 0; end < tokens.size(); ++end) {
    if (matched[end]) ++in_window[tokens[end].stem];
    if (end >= max_words) {
      size_t gone = end - max_words;
      if (matched[gone] && --in_window[tokens[gone].stem] == 0) {
        in_window.erase(tokens[gone].stem);
      }
    }
    size_t start = end >= max_words ? end - max_words + 1 : 0;
    if (in_window.size() > best_score) {
      best_score = in_window.size();
      // Start a few words before the first match, for context.
      size_t first = start;
      while (first < end && !matched[first]) ++first;
      best_start = first > 3 ? std::max(start, first - 3) : start;
    }
  }
  return best_start;
}

}  // namespace

std::vector<SnippetPart> MakeSnippet(const core::TextAnalyzer& analyzer,
                                     const std::string& text,
                                     const std::set<std::string>& stems,
                                     size_t max_words) {
  std::vector<SnippetPart> parts;
  std::vector<core::Token> tokens = analyzer.Analyze(text);
  if (tokens.empty()) return parts;
  std::vector<bool> matched(tokens.size());
  for (size_t i = 0; i < tokens.size(); ++i) {
    matched[i] = stems.count(tokens[i].stem) > 0;
  }
  size_t start = BestWindowStart(tokens, matched, max_words);
  size_t stop = std::min(tokens.size(), start + max_words);
  if (start > 0) Append(&parts, "…", false);
  size_t cursor = tokens[start].begin;
  for (size_t i = start; i < stop; ++i) {
    Append(&parts, Slice(text, cursor, tokens[i].begin), false);
    Append(&parts, Slice(text, tokens[i].begin, tokens[i].end), matched[i]);
    cursor = tokens[i].end;
  }
  if (stop < tokens.size()) {
    Append(&parts, Slice(text, cursor, tokens[stop].begin), false);
    Append(&parts, "…", false);
  } else {
    Append(&parts, Slice(text, cursor, text.size()), false);
  }
  return parts;
}

}  // namespace annals::query
