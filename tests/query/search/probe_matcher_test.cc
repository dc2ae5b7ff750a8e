// The probe matcher finds every occurrence of every probe, as a naive
// search does, overlapping ones and probes inside other probes included.
#include "query/search/probe_matcher.h"

#include <catch2/catch.hpp>
#include <random>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace {

using annals::query::ProbeMatcher;
using Hits = std::set<std::pair<size_t, size_t>>;  // probe, last byte

Hits Naive(const std::vector<std::string>& probes, const std::string& text) {
  Hits hits;
  for (size_t p = 0; p < probes.size(); ++p) {
    if (probes[p].empty()) continue;
    for (size_t at = text.find(probes[p]); at != std::string::npos;
         at = text.find(probes[p], at + 1)) {
      hits.insert({p, at + probes[p].size() - 1});
    }
  }
  return hits;
}

Hits Scanned(const std::vector<std::string>& probes, const std::string& text) {
  Hits hits;
  ProbeMatcher(probes).Scan(text, [&](size_t probe, size_t last) {
    hits.insert({probe, last});
  });
  return hits;
}

}  // namespace

TEST_CASE("ProbeMatcher finds overlapping and nested probes", "[snippet]") {
  std::vector<std::string> probes = {"he",   "she",  "his", "hers",
                                     "курс", "培训", "ur"};
  std::string text = "ushers, this курсы 培训班 and hershe";
  CHECK(Scanned(probes, text) == Naive(probes, text));
  CHECK(Scanned(probes, text).size() == 10);
  CHECK(Scanned({}, text).empty());
  CHECK(Scanned(probes, "").empty());
}

TEST_CASE("ProbeMatcher agrees with a naive search on random text",
          "[snippet]") {
  std::mt19937 random(7);
  auto word = [&](size_t length) {
    std::string w;
    for (size_t i = 0; i < length; ++i)
      w += static_cast<char>('a' + random() % 3);  // few letters: many hits
    return w;
  };
  for (int round = 0; round < 200; ++round) {
    std::vector<std::string> probes;
    for (int p = 0; p < 6; ++p) probes.push_back(word(1 + random() % 4));
    std::string text = word(200);
    INFO("round " << round);
    CHECK(Scanned(probes, text) == Naive(probes, text));
  }
}
