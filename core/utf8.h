// UTF-8 decoding and encoding, one rule for every reader of text: what is
// valid is well-formed UTF-8 (no overlong forms, no surrogates, nothing
// above U+10FFFF), as ICU's U8_NEXT decides, and an invalid sequence reaches
// as far as its longest valid-looking start.
#pragma once

#include <unicode/utf8.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace annals::core {

struct Utf8Char {
  int32_t c = -1;     // the code point, or -1 where the bytes are invalid
  size_t length = 1;  // bytes read, at least 1
};

// The character starting at text[pos]. REQUIRES: pos < text.size().
inline Utf8Char DecodeUtf8(std::string_view text, size_t pos) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data() + pos);
  if (bytes[0] < 0x80) return {bytes[0], 1};
  // A sequence is at most 4 bytes: the index never needs more than int32_t.
  int32_t length = static_cast<int32_t>(std::min<size_t>(text.size() - pos, 4));
  int32_t i = 0;
  UChar32 c;
  U8_NEXT(bytes, i, length, c);
  return {c < 0 ? -1 : c, static_cast<size_t>(i)};
}

// A valid character of a text with where it lies (byte offsets).
struct Utf8Span {
  int32_t c = 0;  // ICU's UChar32
  size_t begin = 0;
  size_t end = 0;
};

// The valid characters of `text` in order; invalid bytes are left out.
std::vector<Utf8Span> DecodeUtf8Text(std::string_view text);

// Whether `text` is well-formed UTF-8 throughout.
bool IsValidUtf8(std::string_view text);

// Appends the encoding of `c`; nothing for a surrogate or a value above
// U+10FFFF, which have none.
void AppendUtf8(char32_t c, std::string* out);

}  // namespace annals::core
