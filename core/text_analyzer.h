// The one text analyzer of Annals, used both to index documents and to parse
// queries, so that both sides agree on what a word is.
//
// Pipeline: the original text is split into words by ICU's word
// BreakIterator (dictionary segmentation for Chinese and Thai); each word is
// NFKC-normalised and case-folded by ICU, then ё->е and Arabic->Persian letter
// forms are folded; words glued by a full stop ("Prof.Ma") are split; a
// stemmed form is computed for scripts with a Xapian stemmer.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/utf8.h"  // IsValidUtf8, for the analyzer's callers

namespace annals::core {

enum class Script { kOther, kLatin, kHan, kCyrillic, kThai, kArabic, kNumber };

struct Token {
  std::string term;  // normalised word (not stemmed)
  std::string stem;  // the indexed form: stemmed where the script has a stemmer
  Script script = Script::kOther;
  uint32_t position = 0;  // word position, counted from 1
  size_t begin = 0;       // byte offsets of the word in the original text
  size_t end = 0;
};

class TextAnalyzer {
 public:
  // Builds the ICU objects once; cheap to share between threads (every
  // method is const and thread-safe).
  TextAnalyzer();
  ~TextAnalyzer();
  TextAnalyzer(const TextAnalyzer&) = delete;
  TextAnalyzer& operator=(const TextAnalyzer&) = delete;

  // The process-wide analyzer, built on first use.
  static const TextAnalyzer& Default();

  // Splits text into normalised words. `language` (a BCP-47 tag, may be
  // empty) chooses the stemmer for words of that language's script; other
  // words are stemmed by their script's default (Latin: English, Cyrillic:
  // Russian). Positions start at `first_position`. Invalid UTF-8 sequences
  // are treated as separators.
  std::vector<Token> Analyze(std::string_view text,
                             std::string_view language = "",
                             uint32_t first_position = 1) const;

  // Analyze without loading ICU's dictionary engines (about a millisecond
  // each, once a process): runs of letters ICU segments with a dictionary
  // (Han, kana, Thai, Lao, Khmer, Myanmar) become tokens of two letters with
  // an empty stem, matching nothing. For callers that need the words of the
  // other scripts only, like snippets of a query without such words.
  std::vector<Token> AnalyzeOutsideDictionaryScripts(
      std::string_view text) const;

  // NFKC + case fold + letter folds on a whole string (no segmentation).
  std::string Normalize(std::string_view text) const;

  // The stem of an already normalised word for the given script/language.
  std::string Stem(std::string_view term, Script script,
                   std::string_view language = "") const;

  // Character bigrams of a Han or Thai word (a word of one character gives
  // itself), the recall fallback for segmentation differences.
  static std::vector<std::string> Bigrams(std::string_view term);

  // "zh", "th", "ru", "fa" or "en" from the dominant script of the text.
  static std::string DetectLanguage(std::string_view text);

  // The script of the first letter of a normalised word.
  static Script ScriptOf(std::string_view term);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Han and Thai: written without spaces between words, segmented by
// dictionary, glued in glossary keys and indexed with character bigrams.
inline bool IsUnspacedScript(Script script) {
  return script == Script::kHan || script == Script::kThai;
}

}  // namespace annals::core
