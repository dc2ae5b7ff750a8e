// UTF-8 decoding and character classes for the entity extractors.
#include "indexer/extract/text_scan.h"

#include <unicode/uchar.h>

namespace annals::indexer::people {
namespace {

constexpr char32_t kReplacement = 0xFFFD;

bool IsContinuation(unsigned char b) { return (b & 0xC0) == 0x80; }

int HanDigit(char32_t c) {
  static constexpr char32_t kDigits[] = {U'零', U'一', U'二', U'三', U'四',
                                         U'五', U'六', U'七', U'八', U'九'};
  for (int i = 0; i < 10; ++i) {
    if (kDigits[i] == c) return i;
  }
  return c == U'两' ? 2 : -1;
}

}  // namespace

CodePoint DecodeMultiByte(std::string_view text, size_t pos) {
  core::Utf8Char decoded = core::DecodeUtf8(text, pos);
  // text_scan.h's contract: an invalid byte reads as U+FFFD of length 1.
  if (decoded.c < 0) return {kReplacement, 1};
  return {static_cast<char32_t>(decoded.c), decoded.length};
}

CodePoint DecodeBefore(std::string_view text, size_t pos) {
  if (pos == 0 || pos > text.size()) return {0, 0};
  size_t start = pos - 1;
  while (start > 0 && pos - start < 4 &&
         IsContinuation(static_cast<unsigned char>(text[start]))) {
    --start;
  }
  CodePoint cp = DecodeAt(text, start);
  if (start + cp.len == pos) return cp;
  return {kReplacement, 1};
}

std::string ValidUtf8(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t pos = 0; pos < text.size();) {
    CodePoint cp = DecodeAt(text, pos);
    if (cp.c == kReplacement && cp.len == 1) {
      AppendUtf8(kReplacement, &out);
    } else {
      out.append(text.substr(pos, cp.len));
    }
    pos += cp.len;
  }
  return out;
}

bool IsHan(char32_t c) {
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
         (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x3134F);
}
bool IsThai(char32_t c) { return c >= 0x0E01 && c <= 0x0E5B; }
bool IsCyrillic(char32_t c) { return c >= 0x0400 && c <= 0x052F; }
bool IsLetter(char32_t c) {
  if (c < 0x80) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  return u_isalpha(static_cast<UChar32>(c)) != 0;
}
bool IsUpper(char32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  return u_isupper(static_cast<UChar32>(c)) != 0;
}
bool IsLower(char32_t c) {
  if (c < 0x80) return c >= 'a' && c <= 'z';
  return u_islower(static_cast<UChar32>(c)) != 0;
}
bool IsDigit(char32_t c) { return DigitValue(c) >= 0; }
int DigitValue(char32_t c) {
  if (c >= '0' && c <= '9') return static_cast<int>(c - '0');
  if (c >= 0xFF10 && c <= 0xFF19) return static_cast<int>(c - 0xFF10);
  if (c >= 0x0E50 && c <= 0x0E59) {  // Thai digits
    return static_cast<int>(c - 0x0E50);
  }
  return -1;
}
bool IsWordCharSlow(char32_t c) {
  return (IsLetter(c) || IsDigit(c)) && !IsHan(c) && !IsThai(c);
}
bool IsSpace(char32_t c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == 0xA0 ||
         c == 0x3000 || c == 0x2009 || c == 0x202F;
}
bool IsPunct(char32_t c) {
  switch (c) {
    case ',':
    case '.':
    case ';':
    case ':':
    case '!':
    case '?':
    case '(':
    case ')':
    case 0xFF0C:
    case 0x3002:
    case 0xFF1B:
    case 0xFF1A:
    case 0xFF01:
    case 0xFF1F:
    case 0xFF08:
    case 0xFF09:
    case 0x3001:
    case 0x2014:
      return true;
    default:
      return false;
  }
}

size_t SkipSpaces(std::string_view text, size_t pos) {
  while (pos < text.size()) {
    CodePoint cp = DecodeAt(text, pos);
    if (!IsSpace(cp.c)) break;
    pos += cp.len;
  }
  return pos;
}

size_t SkipSpacesBack(std::string_view text, size_t pos) {
  while (pos > 0) {
    CodePoint cp = DecodeBefore(text, pos);
    if (!IsSpace(cp.c)) break;
    pos -= cp.len;
  }
  return pos;
}

size_t WordEnd(std::string_view text, size_t pos) {
  size_t end = pos;
  while (end < text.size()) {
    CodePoint cp = DecodeAt(text, end);
    if (IsWordChar(cp.c) || (IsThai(cp.c) && IsLetter(cp.c))) {
      end += cp.len;
      continue;
    }
    bool inner = cp.c == '\'' || cp.c == 0x2019 || cp.c == '-';
    if (!inner || end == pos || end + cp.len >= text.size()) break;
    if (!IsWordChar(DecodeAt(text, end + cp.len).c)) break;
    end += cp.len;
  }
  return end;
}

size_t WordStartBefore(std::string_view text, size_t pos) {
  size_t start = pos;
  while (start > 0) {
    CodePoint cp = DecodeBefore(text, start);
    if (IsWordChar(cp.c)) {
      start -= cp.len;
      continue;
    }
    bool inner = cp.c == '\'' || cp.c == 0x2019 || cp.c == '-';
    if (!inner || start == pos || start - cp.len == 0) break;
    if (!IsWordChar(DecodeBefore(text, start - cp.len).c)) break;
    start -= cp.len;
  }
  return start;
}

std::string_view Trim(std::string_view text) {
  size_t begin = SkipSpaces(text, 0);
  size_t end = SkipSpacesBack(text, text.size());
  return begin < end ? text.substr(begin, end - begin) : std::string_view();
}

std::string_view TrimPunct(std::string_view text, std::string_view punct) {
  for (;;) {
    std::string_view before = text;
    text = Trim(text);
    while (!text.empty() &&
           punct.find(text.front()) != std::string_view::npos) {
      text.remove_prefix(1);
    }
    while (!text.empty() && punct.find(text.back()) != std::string_view::npos) {
      text.remove_suffix(1);
    }
    if (text.size() == before.size()) return text;
  }
}

bool StartsWith(std::string_view text, size_t pos, std::string_view prefix) {
  return pos <= text.size() && text.substr(pos).starts_with(prefix);
}

std::string AsciiLower(std::string_view text) {
  std::string out(text);
  for (char& ch : out) {
    if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
  }
  return out;
}

long ParseDigits(std::string_view text, size_t pos, size_t* end) {
  long value = 0;
  int count = 0;
  while (pos < text.size() && count < 9) {
    CodePoint cp = DecodeAt(text, pos);
    int digit = DigitValue(cp.c);
    if (digit < 0) break;
    value = value * 10 + digit;
    pos += cp.len;
    ++count;
  }
  *end = pos;
  return count == 0 ? -1 : value;
}

long ParseHanNumber(std::string_view text, size_t pos, size_t* end) {
  long total = 0;
  long current = -1;  // the digit waiting for 十/百, -1 when none
  bool any = false;
  while (pos < text.size()) {
    CodePoint cp = DecodeAt(text, pos);
    int digit = HanDigit(cp.c);
    if (digit >= 0) {
      current = digit;
    } else if (cp.c == U'十' || cp.c == U'百') {
      long unit = cp.c == U'十' ? 10 : 100;
      total += (current < 0 ? 1 : current) * unit;
      current = -1;
    } else {
      break;
    }
    any = true;
    pos += cp.len;
  }
  *end = pos;
  if (!any) return -1;
  return total + (current < 0 ? 0 : current);
}

}  // namespace annals::indexer::people
