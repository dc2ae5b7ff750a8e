// Glossary loading and topic lookup.
#include "core/glossary.h"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <set>

namespace annals::core {
namespace {

std::vector<std::string> SplitForms(const std::string& line) {
  std::vector<std::string> forms;
  size_t start = 0;
  while (start <= line.size()) {
    size_t cut = line.find(" = ", start);
    std::string form = line.substr(
        start, cut == std::string::npos ? std::string::npos : cut - start);
    size_t first = form.find_first_not_of(" \t\r");
    size_t last = form.find_last_not_of(" \t\r");
    if (first != std::string::npos)
      forms.push_back(form.substr(first, last - first + 1));
    if (cut == std::string::npos) break;
    start = cut + 3;
  }
  return forms;
}

}  // namespace

std::string JoinTokens(const std::vector<Token>& tokens, size_t begin,
                       size_t end) {
  std::string key;
  for (size_t i = begin; i < end; ++i) {
    bool glue = i > begin && IsUnspacedScript(tokens[i].script) &&
                IsUnspacedScript(tokens[i - 1].script);
    if (i > begin && !glue) key += ' ';
    key += tokens[i].stem;
  }
  return key;
}

std::string JoinStemsSpaced(const std::vector<Token>& tokens) {
  std::string spaced;
  for (const Token& token : tokens) {
    if (!spaced.empty()) spaced += ' ';
    spaced += token.stem;
  }
  return spaced;
}

std::string Glossary::FormKey(const TextAnalyzer& analyzer,
                              std::string_view text) {
  std::vector<Token> tokens = analyzer.Analyze(text);
  return JoinTokens(tokens, 0, tokens.size());
}

Result<Glossary> Glossary::Load(const std::string& path,
                                const TextAnalyzer& analyzer) {
  std::ifstream in(path);
  if (!in) return Status::NotFound(path + ": cannot read the glossary");
  Glossary glossary;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> forms = SplitForms(line);
    if (forms.empty()) continue;
    std::vector<std::string> keys;
    size_t index = glossary.concepts_.size();
    for (const std::string& form : forms) {
      std::vector<Token> tokens = analyzer.Analyze(form);
      if (tokens.empty()) continue;
      std::string key = JoinTokens(tokens, 0, tokens.size());
      glossary.longest_form_tokens_ =
          std::max(glossary.longest_form_tokens_, tokens.size());
      glossary.concept_of_.emplace(key, index);
      glossary.spaced_.emplace(key, JoinStemsSpaced(tokens));
      for (const Token& token : tokens) glossary.form_words_.insert(token.stem);
      keys.push_back(key);
    }
    if (keys.empty()) continue;
    glossary.concepts_.push_back(std::move(keys));
    glossary.display_.push_back(forms.front());
  }
  for (const auto& [key, index] : glossary.concept_of_)
    glossary.trie_.Insert(key, static_cast<int32_t>(index));
  return glossary;
}

const Glossary& Glossary::Default() {
  static const Glossary kGlossary = [] {
    auto loaded =
        Load(DataDirectory() + "/glossary.txt", TextAnalyzer::Default());
    return loaded.ok() ? std::move(loaded).value() : Glossary();
  }();
  return kGlossary;
}

std::string Glossary::TopicKey(const TextAnalyzer& analyzer,
                               std::string_view topic) const {
  std::string key = FormKey(analyzer, topic);
  auto it = concept_of_.find(key);
  return it == concept_of_.end() ? key : concepts_[it->second].front();
}

std::vector<std::string> Glossary::FindTopics(const TextAnalyzer& analyzer,
                                              std::string_view text) const {
  if (concept_of_.empty()) return {};
  return FindTopicsInTokens(analyzer.Analyze(text));
}

std::vector<std::string> Glossary::FindTopicsInTokens(
    const std::vector<Token>& tokens) const {
  std::vector<std::string> keys;
  for (const auto& [key, count] : CountConceptsInTokens(tokens))
    keys.push_back(key);
  return keys;
}

std::map<std::string, int> Glossary::CountConcepts(
    const TextAnalyzer& analyzer, std::string_view text) const {
  if (concept_of_.empty()) return {};
  return CountConceptsInTokens(analyzer.Analyze(text));
}

template <typename Visit>
void Glossary::VisitFormsAt(const std::vector<Token>& tokens, size_t begin,
                            Visit&& visit) const {
  // Han words may be split differently from the glossary's forms, so a form
  // is matched on the joined text of up to a few times its word count.
  size_t window = longest_form_tokens_ * 3;
  int32_t node = GlossaryTrie::Root();
  for (size_t j = begin; j < tokens.size() && j < begin + window; ++j) {
    bool glue = j > begin && IsUnspacedScript(tokens[j].script) &&
                IsUnspacedScript(tokens[j - 1].script);
    if (j > begin && !glue) node = trie_.Walk(node, " ");
    node = trie_.Walk(node, tokens[j].stem);
    if (node == GlossaryTrie::kNone) return;
    int32_t index = trie_.ValueAt(node);
    if (index != GlossaryTrie::kNone) visit(j + 1, static_cast<size_t>(index));
  }
}

std::vector<size_t> Glossary::FormEndsAt(const std::vector<Token>& tokens,
                                         size_t begin) const {
  std::vector<size_t> ends;
  VisitFormsAt(tokens, begin, [&](size_t end, size_t) { ends.push_back(end); });
  return ends;
}

std::map<std::string, int> Glossary::CountConceptsInTokens(
    const std::vector<Token>& tokens) const {
  std::map<std::string, int> counts;
  if (concept_of_.empty()) return counts;
  std::set<size_t> found;  // concepts named from the current token
  for (size_t i = 0; i < tokens.size(); ++i) {
    found.clear();
    VisitFormsAt(tokens, i, [&](size_t, size_t index) { found.insert(index); });
    for (size_t index : found) ++counts[concepts_[index].front()];
  }
  return counts;
}

std::string Glossary::DisplayName(const std::string& key) const {
  auto it = concept_of_.find(key);
  return it == concept_of_.end() ? "" : display_[it->second];
}

std::string Glossary::SpacedKey(const std::string& key) const {
  auto it = spaced_.find(key);
  return it == spaced_.end() ? "" : it->second;
}

}  // namespace annals::core
