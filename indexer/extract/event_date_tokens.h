// The tokens of an article body, and the questions date patterns ask about
// them ("is token i a day number? a month name? a range connector?").
// Tokens: numbers (ASCII, Thai and full-width digits), words (Latin,
// Cyrillic), runs of Thai or Han text (no spaces in those scripts), han date
// marks after a number (年 月 日 号), single punctuation marks. Any bytes are
// accepted: invalid UTF-8 is punctuation. Internal to
// indexer/extract/event_date.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "indexer/extract/event_date_words.h"

namespace annals::indexer::event_date {

enum class Tok : uint8_t { kNumber, kWord, kRun, kMark, kPunct };

struct Token {
  Tok kind = Tok::kPunct;
  bool upper = false;  // words: starts with an ASCII capital
  bool thai = false;   // runs: Thai rather than Han
  int month = 0;       // words and Thai runs naming a month: 1-12
  int month_lang = -1;
  uint32_t begin = 0;  // byte range in the body
  uint32_t end = 0;
  int value = -1;  // numbers (-1 past 9 digits); marks: 1 年, 2 月, 3 日 号
  int digits = 0;
  int paragraph = 0;
};

// How a Thai or Han run holds a word; other tokens always match exactly.
enum class Fit { kExact, kPrefix, kSuffix, kContains };

// A tokenized body seen through the words of one language (or of all when
// the language is "" or unknown). Every question about token i answers "no"
// when i is out of range, so patterns may look ahead and behind freely.
class TokenText {
 public:
  TokenText(std::string_view body, const DateWords& words,
            std::string_view language);

  size_t size() const { return toks_.size(); }
  const Token& operator[](size_t i) const { return toks_[i]; }
  std::string_view body() const { return body_; }
  std::string_view Lang(int lang) const { return w_.langs[lang]; }
  // Token i's folded text.
  std::string_view Text(size_t i) const;

  // The word of `kind` (in an active language) that token i is.
  const Phrase* Match(size_t i, WordKind kind, Fit fit = Fit::kExact) const;
  bool Is(size_t i, WordKind kind, Fit fit = Fit::kExact) const {
    return Match(i, kind, fit) != nullptr;
  }
  bool IsNumber(size_t i) const;
  // 1-31 when token i is a day number (not an hour: "9:30"), else 0.
  int Day(size_t i) const;
  // 1-12 when token i names a month in an active language, else 0. Latin
  // names count only when capitalised ("May", not "may").
  int Month(size_t i) const;
  // The han mark of token i (1 年, 2 月, 3 日), else 0.
  int Mark(size_t i) const;
  // i + 1 when token i is an ordinal suffix glued to token i - 1 ("21st").
  size_t SkipOrdinal(size_t i) const;
  // A year at token i, after fillers ("May 21, 2018", "ม.ค. พ.ศ. 2566"):
  // 1900-2100, or Buddhist Era 2400-2700 (or two digits after a Thai month)
  // converted to the Common Era. Returns the token after it, or 0 if none.
  size_t YearAt(size_t i, int month_lang, int* year, bool* buddhist) const;

  // True when a word of `kind` occurs in the folded text [from, to); Latin
  // and Cyrillic words only at the start of a word ("held" not in "upheld").
  bool Contains(WordKind kind, size_t from, size_t to) const;
  // True when a word of `kind` starts the text at `from` (after spaces).
  bool StartsWith(WordKind kind, size_t from) const;
  // The sentence around bytes [begin, end), at most `reach` bytes each side.
  std::pair<size_t, size_t> Sentence(size_t begin, size_t end,
                                     size_t reach) const;

 private:
  bool Active(int lang) const { return (langs_ >> lang) & 1; }
  bool EndsSentence(size_t p) const;
  bool FoundWord(std::string_view phrase, size_t from, size_t to) const;

  const DateWords& w_;
  std::string_view body_;
  std::string folded_;  // body_ case-folded, same byte offsets
  uint64_t langs_ = ~uint64_t{0};
  int thai_ = -1;
  std::vector<Token> toks_;
};

}  // namespace annals::indexer::event_date
