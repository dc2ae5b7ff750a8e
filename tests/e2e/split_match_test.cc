// Facet searches counted in two docid halves on two handles give exactly
// what one match gives: the same hits in the same order with the same
// scores, the same totals and facet counts.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "core/database.h"
#include "query/searcher.h"
#include "tests/e2e/fixture_db.h"

using annals::query::Search;
using annals::query::SearchOptions;
using annals::query::SearchResult;

namespace {

// Ids, ranks and scores of the hits, one line each.
std::string HitLines(const SearchResult& result) {
  std::string lines;
  for (const auto& hit : result.hits) {
    lines += std::to_string(hit.rank) + " " + hit.id + " " +
             std::to_string(hit.score) + " " + hit.date;
    for (const auto& also : hit.also) lines += " +" + also;
    lines += "\n";
  }
  return lines;
}

void CheckSplitEqualsWhole(const std::string& db_path,
                           const std::vector<std::string>& queries) {
  auto db = annals::core::OpenForReading(db_path);
  auto partner = annals::core::OpenForReading(db_path);
  REQUIRE(db.ok());
  REQUIRE(partner.ok());
  REQUIRE(db->get_doccount() >= 20);
  for (const std::string& query : queries) {
    for (int variant = 0; variant < 4; ++variant) {
      SearchOptions whole;
      whole.facets = true;
      whole.sort_by_date = variant == 1;
      whole.by_event = variant == 2;
      if (variant == 3) {
        whole.offset = 3;
        whole.limit = 7;
      }
      SearchOptions split = whole;
      split.counting_partner = &*partner;
      split.split_min_documents = 0;
      INFO(query << " (variant " << variant << ")");
      auto one = Search(*db, query, whole);
      auto two = Search(*db, query, split);
      REQUIRE(one.ok());
      REQUIRE(two.ok());
      CHECK(HitLines(*two) == HitLines(*one));
      CHECK(two->total == one->total);
      CHECK(two->total_exact);
      CHECK(two->facets == one->facets);
    }
  }
}

}  // namespace

TEST_CASE("Facets counted in two halves equal one match's, on the sample",
          "[e2e][split]") {
  const auto& sample = annals::testing::SampleDatabase();
  CheckSplitEqualsWhole(
      sample.path,
      {"endoscopy", "ERCP", "training course", "超声内镜", "курс",
       "year:2015..2020", "country:th OR country:ru", "endoscopy -ERCP"});
}

TEST_CASE("Facets counted in two halves break ties as one match does",
          "[e2e][split]") {
  // 300 articles in three wordings and a few dates: many equal scores and
  // equal dates, whose order is the document ids'.
  std::string dir = annals::testing::MakeTempDir("split-ties");
  std::filesystem::create_directories(dir + "/news");
  const char* wordings[] = {"alpha beta endoscopy training",
                            "beta endoscopy gamma", "endoscopy training delta"};
  for (int i = 0; i < 300; ++i) {
    std::ofstream(dir + "/news/n" + std::to_string(1000 + i) + ".txt")
        << "Workshop report " << i % 5 << "\ndate:2020/" << 1 + i % 3 << "/"
        << 1 + i % 4 << " hot:1\n"
        << wordings[i % 3] << ".\n";
  }
  auto indexed =
      annals::testing::IndexFixture("split-ties-db", {dir + "/news"});
  REQUIRE(indexed.exit_status == 0);
  CheckSplitEqualsWhole(indexed.path,
                        {"endoscopy", "training", "alpha OR gamma", "report"});
}
