// Byte-offset text scanning for the entity extractors: a UTF-8 decoder that
// never fails (an invalid byte reads as U+FFFD of length 1), character
// classes by script, and small helpers over spans of a paragraph.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "core/utf8.h"

namespace annals::indexer::people {

struct CodePoint {
  char32_t c = 0;  // U+FFFD for an invalid or truncated sequence
  size_t len = 1;  // bytes consumed, at least 1
};

// The sequence at pos when it is not ASCII. REQUIRES: pos < text.size().
CodePoint DecodeMultiByte(std::string_view text, size_t pos);
// REQUIRES: pos < text.size().
inline CodePoint DecodeAt(std::string_view text, size_t pos) {
  auto byte = static_cast<unsigned char>(text[pos]);
  return byte < 0x80 ? CodePoint{byte, 1} : DecodeMultiByte(text, pos);
}
// The code point that ends at `pos`, {0, 0} when pos == 0.
CodePoint DecodeBefore(std::string_view text, size_t pos);
using core::AppendUtf8;
// `text` with every invalid sequence replaced by U+FFFD.
std::string ValidUtf8(std::string_view text);

bool IsHan(char32_t c);
bool IsThai(char32_t c);
bool IsCyrillic(char32_t c);
bool IsLetter(char32_t c);
bool IsUpper(char32_t c);
bool IsLower(char32_t c);
bool IsDigit(char32_t c);  // ASCII, full-width and Thai digits
int DigitValue(char32_t c);
// Letters and digits of the spaced scripts (not Han, not Thai): the
// characters a word boundary is checked against.
bool IsWordCharSlow(char32_t c);
inline bool IsWordChar(char32_t c) {
  if (c < 0x80) {
    return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
  }
  return IsWordCharSlow(c);
}
// ASCII white space, NBSP and the ideographic space.
bool IsSpace(char32_t c);
// Sentence or clause punctuation, ASCII or full-width.
bool IsPunct(char32_t c);

// Offset of the first non-space at or after pos (text.size() if none).
size_t SkipSpaces(std::string_view text, size_t pos);
// Offset after the last non-space before pos.
size_t SkipSpacesBack(std::string_view text, size_t pos);
// End of the run of letters/digits (and inner ' ’ -) starting at pos.
size_t WordEnd(std::string_view text, size_t pos);
// Start of the word (as WordEnd reads it) that ends at pos.
size_t WordStartBefore(std::string_view text, size_t pos);
std::string_view Trim(std::string_view text);
// Trims spaces and the given ASCII punctuation from both ends.
std::string_view TrimPunct(std::string_view text, std::string_view punct);
bool StartsWith(std::string_view text, size_t pos, std::string_view prefix);
// Lower-cases ASCII letters only.
std::string AsciiLower(std::string_view text);
// Digits (ASCII or full-width) at pos as a number; 0 digits -> returns -1.
// `*end` receives the offset after the digits.
long ParseDigits(std::string_view text, size_t pos, size_t* end);
// A Chinese numeral (一 ... 九十九, 两) at pos; -1 when none.
long ParseHanNumber(std::string_view text, size_t pos, size_t* end);

}  // namespace annals::indexer::people
