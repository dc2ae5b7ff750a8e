// The field's glossary (corpus/data/glossary.txt): concepts with their terms
// and abbreviations across languages. It gives topic keys ("eus" for EUS,
// endoscopic ultrasound, 超声内镜, ЭУС) and the synonym sets written into the
// database.
//
// File format: one concept a line, its forms separated by " = ", the first
// being the canonical one; '#' starts a comment line; blank lines ignored.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/glossary_trie.h"
#include "core/status.h"
#include "core/text_analyzer.h"

namespace annals::core {

class Glossary {
 public:
  // Loads the glossary from `path`. Errors: unreadable file.
  static Result<Glossary> Load(const std::string& path,
                               const TextAnalyzer& analyzer);
  // The glossary of the data folder ($ANNALS_DATA_DIR or the built-in
  // path), loaded on first use; empty when the file is missing.
  static const Glossary& Default();

  // The analysed key of a phrase: stems joined by ' ', Han/Thai words
  // joined without a space ("endoscop ultrasound", "超声内镜").
  static std::string FormKey(const TextAnalyzer& analyzer,
                             std::string_view text);

  // The topic key of a phrase: its concept's canonical key when the glossary
  // knows it, else its own form key.
  std::string TopicKey(const TextAnalyzer& analyzer,
                       std::string_view topic) const;

  // Canonical keys of every concept whose form appears in the text.
  std::vector<std::string> FindTopics(const TextAnalyzer& analyzer,
                                      std::string_view text) const;
  // The same from the text's tokens as analyzer.Analyze(text) gives them
  // (for callers that have analysed the text already).
  std::vector<std::string> FindTopicsInTokens(
      const std::vector<Token>& tokens) const;

  // How many times each concept is named in the tokens (canonical key ->
  // mentions), matched as FindTopicsInTokens matches them; and the same
  // from a text.
  std::map<std::string, int> CountConceptsInTokens(
      const std::vector<Token>& tokens) const;
  std::map<std::string, int> CountConcepts(const TextAnalyzer& analyzer,
                                           std::string_view text) const;

  // The ends (token indexes past the last word, ascending) of the forms
  // that start at tokens[begin]: "endoscopic submucosal dissection" at 0
  // gives 3. Costs the length of the longest form, not the glossary's size.
  std::vector<size_t> FormEndsAt(const std::vector<Token>& tokens,
                                 size_t begin) const;
  // Whether some form of the glossary has the word (a stem, as analysed).
  bool HasFormWord(const std::string& stem) const {
    return form_words_.count(stem) > 0;
  }

  // Every concept as its form keys (canonical first).
  const std::vector<std::vector<std::string>>& concepts() const {
    return concepts_;
  }
  // The canonical display form of a concept key ("ERCP"), or "".
  std::string DisplayName(const std::string& key) const;
  // A form key's words, ' ' between every two ("超声 内镜" for "超声内镜"),
  // or "" for a key the glossary does not have. Splitting a glued key needs
  // the dictionary segmenter, which costs a query a millisecond to load.
  std::string SpacedKey(const std::string& key) const;

 private:
  std::vector<std::vector<std::string>> concepts_;  // form keys
  std::vector<std::string> display_;                // canonical as written
  std::unordered_map<std::string, size_t> concept_of_;
  std::unordered_map<std::string, std::string> spaced_;  // key -> words
  size_t longest_form_tokens_ = 1;
  // concept_of_'s keys -> concept index: FindTopics stops extending a
  // window as soon as no key starts with it.
  GlossaryTrie trie_;
  std::unordered_set<std::string> form_words_;  // stems of every form
  // Calls visit(end, concept index) for each form starting at tokens[begin].
  template <typename Visit>
  void VisitFormsAt(const std::vector<Token>& tokens, size_t begin,
                    Visit&& visit) const;
};

// Joins analysed tokens into a key: ' ' between words, nothing between
// adjacent Han/Thai words.
std::string JoinTokens(const std::vector<Token>& tokens, size_t begin,
                       size_t end);
// The stems of tokens joined by ' ', Han/Thai words included.
std::string JoinStemsSpaced(const std::vector<Token>& tokens);

// The data folder (defined and explained in core/data_directory.h).
std::string DataDirectory();

}  // namespace annals::core
