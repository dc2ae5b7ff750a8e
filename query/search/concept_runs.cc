// Grouping the free words of an AND into glossary names.
#include "query/search/concept_runs.h"

#include <algorithm>

namespace annals::query {
namespace {

bool IsFreeWord(const QueryNode& node) {
  return node.kind == NodeKind::kWord && node.field.empty() && !node.required &&
         !node.excluded;
}

// A kPhrase of children [first, last], their texts joined by spaces.
QueryNode PhraseOf(const std::vector<QueryNode>& children, size_t first,
                   size_t last) {
  QueryNode phrase;
  phrase.kind = NodeKind::kPhrase;
  phrase.position = children[first].position;
  phrase.glossary_name = true;
  for (size_t i = first; i <= last; ++i) {
    if (i > first) phrase.text += ' ';
    phrase.text += children[i].text;
  }
  return phrase;
}

}  // namespace

std::vector<QueryNode> GroupConceptRuns(const std::vector<QueryNode>& children,
                                        const core::TextAnalyzer& analyzer,
                                        const core::Glossary& glossary) {
  // The words of every child, one sequence; a child that is no free word
  // has none, so no form spans it.
  std::vector<core::Token> tokens;
  std::vector<size_t> starts;  // the first token of each child
  std::vector<size_t> ends;    // one past its last
  for (const QueryNode& child : children) {
    starts.push_back(tokens.size());
    if (IsFreeWord(child)) {
      std::vector<core::Token> words = analyzer.Analyze(child.text);
      tokens.insert(tokens.end(), words.begin(), words.end());
    }
    ends.push_back(tokens.size());
  }
  std::vector<QueryNode> grouped;
  for (size_t i = 0; i < children.size();) {
    size_t last = i;  // the last child of the longest run found from i
    if (IsFreeWord(children[i]) && starts[i] < ends[i]) {
      for (size_t end : glossary.FormEndsAt(tokens, starts[i])) {
        // A form must end where a child ends and be more than one child
        // (a single word is matched as a concept by itself already).
        for (size_t k = i + 1; k < children.size() && ends[k] <= end; ++k) {
          if (!IsFreeWord(children[k])) break;
          if (ends[k] == end && starts[k] < ends[k]) last = std::max(last, k);
        }
      }
    }
    grouped.push_back(last > i ? PhraseOf(children, i, last) : children[i]);
    i = last + 1;
  }
  return grouped;
}

}  // namespace annals::query
