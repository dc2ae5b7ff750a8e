// core/utf8.h: the one UTF-8 decoder, its rule of validity and the encoder.
#include "core/utf8.h"

#include <catch2/catch.hpp>
#include <string>

namespace annals::core {
namespace {

TEST_CASE("DecodeUtf8 reads one character and its length", "[core][utf8]") {
  std::string text = "a\xC3\xA9\xE4\xB8\xAD\xF0\x9F\x98\x80";  // a é 中 😀
  CHECK(DecodeUtf8(text, 0).c == 'a');
  CHECK(DecodeUtf8(text, 0).length == 1);
  CHECK(DecodeUtf8(text, 1).c == 0xE9);
  CHECK(DecodeUtf8(text, 1).length == 2);
  CHECK(DecodeUtf8(text, 3).c == 0x4E2D);
  CHECK(DecodeUtf8(text, 3).length == 3);
  CHECK(DecodeUtf8(text, 6).c == 0x1F600);
  CHECK(DecodeUtf8(text, 6).length == 4);
}

TEST_CASE("DecodeUtf8 refuses what is not well-formed UTF-8", "[core][utf8]") {
  for (std::string bad : {"\xC0\xAF", "\xE0\x80\xAF", "\xED\xA0\x80",
                          "\xF4\x90\x80\x80", "\xFF", "\x80", "\xE4\xB8"}) {
    CAPTURE(bad);
    Utf8Char decoded = DecodeUtf8(bad, 0);
    CHECK(decoded.c == -1);
    CHECK(decoded.length >= 1);
    CHECK(decoded.length <= bad.size());
    CHECK_FALSE(IsValidUtf8(bad));
  }
  // A truncated sequence at the end never reads past the text.
  std::string cut = "ab\xE4\xB8";
  CHECK(DecodeUtf8(cut, 2).c == -1);
  CHECK(DecodeUtf8(cut, 2).length == 2);
  CHECK(IsValidUtf8("Учёные 中文 ไทย"));
  CHECK(IsValidUtf8(""));
}

TEST_CASE("DecodeUtf8Text keeps the valid characters with their offsets",
          "[core][utf8]") {
  std::vector<Utf8Span> spans = DecodeUtf8Text("x\xFF\xD1\x91y");  // x ? ё y
  REQUIRE(spans.size() == 3);
  CHECK(spans[0].c == 'x');
  CHECK(spans[1].c == 0x451);
  CHECK(spans[1].begin == 2);
  CHECK(spans[1].end == 4);
  CHECK(spans[2].c == 'y');
  CHECK(spans[2].begin == 4);
}

TEST_CASE("AppendUtf8 encodes every scalar value and nothing else",
          "[core][utf8]") {
  std::string out;
  for (char32_t c : {U'a', U'é', U'中', U'😀'}) AppendUtf8(c, &out);
  CHECK(out == "a\xC3\xA9\xE4\xB8\xAD\xF0\x9F\x98\x80");
  std::string none;
  AppendUtf8(0xD800, &none);
  AppendUtf8(0x110000, &none);
  CHECK(none.empty());
  // Every code point survives the round trip.
  for (char32_t c = 0; c <= 0x10FFFF; c += 0x101) {
    if (c >= 0xD800 && c <= 0xDFFF) continue;
    std::string one;
    AppendUtf8(c, &one);
    REQUIRE(DecodeUtf8(one, 0).c == static_cast<int32_t>(c));
    REQUIRE(DecodeUtf8(one, 0).length == one.size());
  }
}

}  // namespace
}  // namespace annals::core
