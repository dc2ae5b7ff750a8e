// The query language's lexer: the text a user typed -> tokens (words,
// phrases, field terms, parentheses, AND OR NOT), each with the 1-based
// code point positions that error messages point at. The grammar is in
// query/language/query_parser.h; query_parser.cc parses the tokens.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace annals::query::language {

enum class TokenKind {
  kWord,
  kPhrase,
  kField,
  kLParen,
  kRParen,
  kAnd,
  kOr,
  kNot,
  kEnd
};

struct Token {
  TokenKind kind = TokenKind::kEnd;
  char sign = 0;             // '+' or '-' written just before the token
  size_t sign_position = 0;  // of the sign, or of the token when unsigned
  size_t position = 0;       // of the token (a field's name)
  size_t text_position = 0;  // of text's first character
  std::string text;          // word, phrase or field value
  std::string field;         // kField: the name as typed
  bool quoted = false;       // the text was between quotes
};

// The tokens of `text`, the last one kEnd (positioned just past the text).
// Errors (kInvalidInput, see syntax_error.h): invalid UTF-8, an unbalanced
// quote. Control characters count as spaces; a sign without an operand is
// dropped as punctuation.
core::Result<std::vector<Token>> Lex(std::string_view text);

// Field names are ASCII letters (so that "李汛:讲座" and "08:15" are words).
bool IsAsciiLetter(char32_t c);

}  // namespace annals::query::language
