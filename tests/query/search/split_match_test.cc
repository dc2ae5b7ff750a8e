// Facet searches counted in two docid halves on two handles, or through a
// FacetTable, give exactly what one match gives: the same hits in the same
// order with the same scores, the same totals and facet counts.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "core/database.h"
#include "indexer/indexer.h"
#include "query/search/facet_table.h"
#include "query/search/searcher.h"
#include "tests/e2e/fixture_db.h"

using annals::query::FacetTable;
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
  FacetTable table;
  REQUIRE(table.Refresh(*db));
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
      split.aids.counting_partner = &*partner;
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
      // The same through the table, in one match and in halves.
      for (SearchOptions tabled : {whole, split}) {
        tabled.aids.facet_table = &table;
        auto three = Search(*db, query, tabled);
        REQUIRE(three.ok());
        CHECK(HitLines(*three) == HitLines(*one));
        CHECK(three->total == one->total);
        CHECK(three->facets == one->facets);
      }
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

TEST_CASE("A facet table follows its database through later commits",
          "[e2e][split]") {
  std::string dir = annals::testing::MakeTempDir("facet-table");
  std::filesystem::create_directories(dir + "/news");
  auto write_article = [&](int i, const char* country) {
    std::ofstream(dir + "/news/n" + std::to_string(i) + ".txt")
        << "Endoscopy course " << i << "\ndate:" << 2010 + i % 7
        << "/3/4 hot:1\nTrainees from " << country
        << " attended the endoscopy course.\n";
  };
  for (int i = 0; i < 30; ++i) write_article(i, "Thailand");
  auto indexed = annals::testing::IndexFixture("facet-table-db", {dir});
  REQUIRE(indexed.exit_status == 0);
  auto db = annals::core::OpenForReading(indexed.path);
  REQUIRE(db.ok());
  FacetTable table;
  SearchOptions plain, tabled;
  plain.facets = tabled.facets = true;
  tabled.aids.facet_table = &table;
  auto before = Search(*db, "endoscopy", tabled);
  REQUIRE(before.ok());
  CHECK(before->facets.at("country").at("TH") == 30);
  CHECK(before->facets.at("country").count("RU") == 0);

  // Ten more articles, and five rewritten to name Russia instead.
  for (int i = 30; i < 40; ++i) write_article(i, "Russia");
  for (int i = 0; i < 5; ++i) write_article(i, "Russia");
  annals::indexer::Options options;
  options.db_path = indexed.path;
  options.quiet = true;
  options.incremental = true;
  options.inputs = {dir};
  std::FILE* sink = std::tmpfile();
  annals::indexer::Summary summary;
  REQUIRE(annals::indexer::RunIndexer(options, sink, &summary) == 0);
  std::fclose(sink);
  db->reopen();
  auto after = Search(*db, "endoscopy", tabled);
  auto expected = Search(*db, "endoscopy", plain);
  REQUIRE(after.ok());
  REQUIRE(expected.ok());
  CHECK(after->facets == expected->facets);
  CHECK(after->facets.at("country").at("TH") == 25);
  CHECK(after->facets.at("country").at("RU") == 15);
}
