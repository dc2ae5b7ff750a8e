// The words of a country name or of a text, as the country gazetteer
// (countries.h) keys and matches them: words folded for case and accents,
// runs of Han or Thai characters, and the stem of a Russian name.
#pragma once

#include <unicode/umachine.h>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace annals::core::country_words {

enum class Kind { kWord, kHan, kThai };

// A word (Latin, Cyrillic, Arabic ...) or a run of Han or Thai characters.
struct Token {
  size_t begin = 0, end = 0;  // byte offsets in the text
  Kind kind = Kind::kWord;
  bool joined = false;  // a word after a word with only spaces, hyphens,
                        // apostrophes, dots or '&' between them
  size_t fold_begin = 0, fold_end = 0;  // words: in Tokens::folded
};

struct Tokens {
  std::vector<Token> list;
  std::string folded;  // the folded words, separated by one space

  // The folded words list[i..j] joined by spaces.
  std::string_view Words(size_t i, size_t j) const {
    return std::string_view(folded).substr(
        list[i].fold_begin, list[j].fold_end - list[i].fold_begin);
  }
  std::string_view Word(size_t i) const { return Words(i, i); }
};

bool IsHan(UChar32 c);
bool IsThai(UChar32 c);

// The words and Han/Thai runs of `text`, with the words folded.
Tokens Tokenize(std::string_view text);

// The table key of a name: words joined by one space, or the Han (Thai)
// characters written together; "" for anything else.
std::string KeyOf(std::string_view text, const Tokens& tokens);

// Whether token i is a word in Cyrillic.
bool IsCyrillicWord(const Tokens& tokens, size_t i);

// The stem of a one-word Russian name (countries.h), or "".
std::string StemOf(std::string_view text, const Tokens& tokens);

}  // namespace annals::core::country_words
