// ValueTally against a plain std::map count, past several table growths.
#include "query/search/value_tally.h"

#include <catch2/catch.hpp>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace annals::query {
namespace {

TEST_CASE("ValueTally counts equal strings as a map does, in first-seen order",
          "[query][facets]") {
  ValueTally tally;
  std::map<std::string, size_t> expected;
  std::vector<std::string> first_seen;
  // 5,000 distinct values (the table grows from 256 slots several times),
  // seen 1 to 7 times each, interleaved; short and long (heap) strings.
  for (int round = 0; round < 7; ++round) {
    for (int i = 0; i < 5000; ++i) {
      if (i % 7 < round) continue;
      std::string value = i % 2 ? std::to_string(i)
                                : "2019\x1fnews\x1f"
                                  "CN\tRU\x1fspeaker " +
                                      std::to_string(i);
      if (expected[value]++ == 0) first_seen.push_back(value);
      tally.Add(std::string(value));
    }
  }
  REQUIRE(tally.counts().size() == expected.size());
  for (size_t i = 0; i < first_seen.size(); ++i) {
    const auto& [value, count] = tally.counts()[i];
    CHECK(value == first_seen[i]);
    CHECK(count == expected[value]);
  }
}

TEST_CASE("ValueTally keeps the empty string apart", "[query][facets]") {
  ValueTally tally;
  tally.Add("");
  tally.Add("x");
  tally.Add("");
  REQUIRE(tally.counts().size() == 2);
  CHECK(tally.counts()[0] == std::pair<std::string, size_t>{"", 2});
  CHECK(tally.counts()[1] == std::pair<std::string, size_t>{"x", 1});
}

}  // namespace
}  // namespace annals::query
