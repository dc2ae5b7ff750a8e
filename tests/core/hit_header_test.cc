// The hit header value: what is encoded decodes to the same fields; values
// that are not headers (empty, cut short, with bytes left over) are refused.
#include "core/hit_header.h"

#include <catch2/catch.hpp>
#include <string>

using annals::core::DecodeHitHeader;
using annals::core::EncodeHitHeader;
using annals::core::HitHeader;

TEST_CASE("A hit header decodes to the fields encoded", "[core][hit-header]") {
  HitHeader header{"zh/000/000123",
                   "news",
                   std::string(300, 'x') + " 第17届ERCP培训班",
                   "2019-06-01",
                   "",
                   "news/zh/000/000123.txt",
                   "zh",
                   std::string(1, '\0') + "e:17:2019"};
  std::string value = EncodeHitHeader(header);
  HitHeader back;
  REQUIRE(DecodeHitHeader(value, &back));
  CHECK(back.id == header.id);
  CHECK(back.type == header.type);
  CHECK(back.title == header.title);
  CHECK(back.event_date == header.event_date);
  CHECK(back.published.empty());
  CHECK(back.source == header.source);
  CHECK(back.language == header.language);
  CHECK(back.event_key == header.event_key);

  CHECK_FALSE(DecodeHitHeader("", &back));
  CHECK_FALSE(DecodeHitHeader(value.substr(0, value.size() - 1), &back));
  CHECK_FALSE(DecodeHitHeader(value + "x", &back));
  CHECK_FALSE(DecodeHitHeader(std::string(12, '\xff'), &back));
}
