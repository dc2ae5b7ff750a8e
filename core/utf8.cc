// UTF-8 over whole texts, on the one decoder of utf8.h.
#include "core/utf8.h"

namespace annals::core {

std::vector<Utf8Span> DecodeUtf8Text(std::string_view text) {
  std::vector<Utf8Span> spans;
  spans.reserve(text.size());
  for (size_t pos = 0; pos < text.size();) {
    Utf8Char decoded = DecodeUtf8(text, pos);
    if (decoded.c >= 0) {
      spans.push_back({decoded.c, pos, pos + decoded.length});
    }
    pos += decoded.length;
  }
  return spans;
}

bool IsValidUtf8(std::string_view text) {
  for (size_t pos = 0; pos < text.size();) {
    Utf8Char decoded = DecodeUtf8(text, pos);
    if (decoded.c < 0) return false;
    pos += decoded.length;
  }
  return true;
}

void AppendUtf8(char32_t c, std::string* out) {
  if (c >= 0xD800 && (c <= 0xDFFF || c > 0x10FFFF)) return;
  if (c < 0x80) {
    out->push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (c >> 6)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (c >> 12)));
    out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (c >> 18)));
    out->push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
}

}  // namespace annals::core
