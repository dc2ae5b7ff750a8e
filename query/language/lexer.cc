// The lexer: UTF-8 -> code points -> tokens with 1-based code point
// positions.
#include "query/language/lexer.h"

#include <utility>

#include "core/utf8.h"
#include "query/language/syntax_error.h"

namespace annals::query::language {

using core::Result;
using core::Status;

namespace {

// ---------------------------------------------------------------------------
// Characters

bool IsSpace(char32_t c) {
  return c <= 0x20 || (c >= 0x7F && c <= 0xA0) || c == 0x1680 || c == 0x180E ||
         (c >= 0x2000 && c <= 0x200B) || c == 0x2028 || c == 0x2029 ||
         c == 0x202F || c == 0x205F || c == 0x3000 || c == 0xFEFF;
}
// " “ ” ＂ : any of them opens a phrase and any of them closes it.
bool IsQuote(char32_t c) {
  return c == U'"' || c == 0x201C || c == 0x201D || c == 0xFF02;
}
bool IsSyntax(char32_t c) {
  return IsSpace(c) || IsQuote(c) || c == U'(' || c == U')';
}

// The code points of `text`, or where its UTF-8 is broken.
Result<std::u32string> DecodeUtf8(std::string_view text) {
  std::u32string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    core::Utf8Char next = core::DecodeUtf8(text, i);
    if (next.c < 0) {
      static constexpr char kHex[] = "0123456789ABCDEF";
      const auto lead = static_cast<unsigned char>(text[i]);
      return Error(out.size() + 1, std::string("invalid UTF-8 (byte 0x") +
                                       kHex[lead >> 4] + kHex[lead & 0xF] +
                                       " at byte " + std::to_string(i + 1) +
                                       ")");
    }
    out += static_cast<char32_t>(next.c);
    i += next.length;
  }
  return out;
}

class Lexer {
 public:
  explicit Lexer(const std::u32string& cps) : cps_(cps) {}

  Result<std::vector<Token>> Run() {
    std::vector<Token> tokens;
    while (true) {
      while (i_ < cps_.size() && IsSpace(cps_[i_])) ++i_;
      if (i_ == cps_.size()) break;
      Token token;
      ANNALS_RETURN_IF_ERROR(LexToken(token));
      if (token.kind != TokenKind::kEnd) tokens.push_back(std::move(token));
    }
    Token end;
    end.sign_position = end.position = cps_.size() + 1;
    tokens.push_back(end);
    return tokens;
  }

 private:
  // Lexes the token at i_ (not a space); a lone sign leaves kind kEnd.
  Status LexToken(Token& token) {
    token.sign_position = i_ + 1;
    const char32_t c = cps_[i_];
    if (c == U'+' || c == U'-') {
      ++i_;
      if (i_ == cps_.size() || IsSpace(cps_[i_]) || cps_[i_] == U')') {
        return Status::Ok();  // a sign without an operand is punctuation
      }
      token.sign = static_cast<char>(c);
    }
    token.position = i_ + 1;
    if (cps_[i_] == U'(' || cps_[i_] == U')') {
      token.kind = cps_[i_] == U'(' ? TokenKind::kLParen : TokenKind::kRParen;
      ++i_;
      return Status::Ok();
    }
    if (IsQuote(cps_[i_])) {
      token.kind = TokenKind::kPhrase;
      return LexQuoted(token);
    }
    return LexWord(token);
  }

  Status LexWord(Token& token) {
    size_t letters_end = i_;
    while (letters_end < cps_.size() && IsAsciiLetter(cps_[letters_end])) {
      ++letters_end;
    }
    const bool field =
        letters_end > i_ && letters_end < cps_.size() &&
        cps_[letters_end] == U':' &&
        (letters_end + 1 == cps_.size() ||
         (cps_[letters_end + 1] != U'/' && cps_[letters_end + 1] != U':'));
    if (field) {
      token.kind = TokenKind::kField;
      for (; i_ < letters_end; ++i_) core::AppendUtf8(cps_[i_], &token.field);
      ++i_;  // ':'
      if (i_ < cps_.size() && IsQuote(cps_[i_])) return LexQuoted(token);
    }
    token.text_position = i_ + 1;
    for (; i_ < cps_.size() && !IsSyntax(cps_[i_]); ++i_) {
      core::AppendUtf8(cps_[i_], &token.text);
    }
    if (field) return Status::Ok();
    token.kind = TokenKind::kWord;
    if (token.sign == 0) {
      if (token.text == "AND") token.kind = TokenKind::kAnd;
      if (token.text == "OR") token.kind = TokenKind::kOr;
      if (token.text == "NOT") token.kind = TokenKind::kNot;
    }
    return Status::Ok();
  }

  // Reads a quoted text at i_ into token.text, spaces runs made one space.
  Status LexQuoted(Token& token) {
    const size_t open = i_++;
    token.text_position = i_ + 1;
    token.quoted = true;
    bool pending_space = false;
    for (; i_ < cps_.size() && !IsQuote(cps_[i_]); ++i_) {
      if (IsSpace(cps_[i_])) {
        pending_space = !token.text.empty();
        continue;
      }
      if (pending_space) token.text += ' ';
      pending_space = false;
      core::AppendUtf8(cps_[i_], &token.text);
    }
    if (i_ == cps_.size()) {
      std::string rest;
      for (size_t k = open; k < cps_.size(); ++k) {
        core::AppendUtf8(IsSpace(cps_[k]) ? U' ' : cps_[k], &rest);
      }
      std::string quoted = Quoted(rest);  // drop Quoted's own quotes
      return Error(open + 1,
                   "unbalanced quote: " + quoted.substr(1, quoted.size() - 2));
    }
    ++i_;  // the closing quote
    return Status::Ok();
  }

  const std::u32string& cps_;
  size_t i_ = 0;
};

}  // namespace

bool IsAsciiLetter(char32_t c) {
  return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z');
}

Result<std::vector<Token>> Lex(std::string_view text) {
  auto cps = DecodeUtf8(text);
  if (!cps.ok()) return cps.status();
  return Lexer(*cps).Run();
}

}  // namespace annals::query::language
