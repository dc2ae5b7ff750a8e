// End to end: index the fixture archive, then ask it real questions.
#include <unistd.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "core/database.h"
#include "core/schema.h"
#include "query/search/searcher.h"
#include "tests/e2e/fixture_db.h"

using annals::query::Search;
using annals::query::SearchOptions;
using annals::query::SearchResult;

namespace {

SearchResult Find(const std::string& query, SearchOptions options = {}) {
  auto db = annals::core::OpenForReading(annals::testing::E2eDatabase().path);
  REQUIRE(db.ok());
  auto result = Search(*db, query, options);
  INFO(query << ": " << (result.ok() ? "" : result.status().message()));
  REQUIRE(result.ok());
  return *result;
}

std::vector<std::string> Ids(const SearchResult& result) {
  std::vector<std::string> ids;
  for (const auto& hit : result.hits) ids.push_back(hit.id);
  std::sort(ids.begin(), ids.end());
  return ids;
}

bool Has(const std::vector<std::string>& ids, const std::string& id) {
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

}  // namespace

TEST_CASE("The fixture archive indexes with one bad record reported", "[e2e]") {
  const auto& db = annals::testing::E2eDatabase();
  CHECK(db.exit_status == 1);  // bad-record has a numeric title
  CHECK(db.summary.failed == 1);
  CHECK(db.summary.indexed == 8);
}

TEST_CASE("Free words find English news and records, best first", "[e2e]") {
  auto result = Find("sphincterotomy simulators");
  REQUIRE(result.total >= 1);
  CHECK(result.hits[0].id == "ercp-lanzhou-en");
}

TEST_CASE("Chinese words are found inside longer runs", "[e2e]") {
  auto ids = Ids(Find("结肠息肉"));
  CHECK(Has(ids, "ercp-lanzhou-zh"));
  CHECK(Ids(Find("超声内镜 year:2019")).size() >= 1);
}

TEST_CASE("A query in one language finds another's term through the glossary",
          "[e2e]") {
  CHECK(Has(Ids(Find("ЭРХПГ")), "ercp-lanzhou-en"));
  CHECK(Has(Ids(Find("ERCP")), "kazan-ru"));
}

TEST_CASE("Phrases, boolean operators and wildcards", "[e2e]") {
  CHECK(Ids(Find("\"hands-on workshop\"")).size() >= 2);
  CHECK_FALSE(Has(Ids(Find("ERCP -Lanzhou")), "ercp-lanzhou-en"));
  CHECK(Has(Ids(Find("Kazan OR Urumqi")), "urumqi-colon-3"));
  CHECK(Has(Ids(Find("sphincter*")), "ercp-lanzhou-en"));
}

TEST_CASE("Fields filter on type, language, year and country", "[e2e]") {
  for (const auto& hit : Find("ERCP type:course").hits)
    CHECK(hit.type == "course");
  for (const auto& hit : Find("ERCP lang:zh").hits)
    CHECK(hit.lang.rfind("zh", 0) == 0);
  auto in_2018 = Find("ERCP year:2018");
  REQUIRE(in_2018.total >= 1);
  for (const auto& hit : in_2018.hits) CHECK(hit.date.rfind("2018", 0) == 0);
  CHECK(Has(Ids(Find("country:Thailand")), "lanzhou-ercp-42"));
  CHECK(Has(Ids(Find("country:TH")), "lanzhou-ercp-42"));
  CHECK(Ids(Find("ERCP date:2019-06-01..2019-06-30")).size() >= 2);
}

TEST_CASE("person: matches across scripts and keeps near-homonyms apart",
          "[e2e]") {
  CHECK(Has(Ids(Find("person:\"Li Xun\"")), "ercp-lanzhou-zh"));
  CHECK(Has(Ids(Find("person:李汛")), "lanzhou-ercp-42"));
  auto wang_wei = Ids(Find("person:王伟"));
  CHECK(Has(wang_wei, "wang-wei-2021"));
  CHECK_FALSE(Has(wang_wei, "urumqi-colon-3"));  // 王伟东 is someone else
}

TEST_CASE("Snippets mark the matched words", "[e2e]") {
  auto result = Find("sphincterotomy");
  REQUIRE_FALSE(result.hits.empty());
  bool marked = false;
  for (const auto& part : result.hits[0].snippet) marked |= part.match;
  CHECK(marked);
}

TEST_CASE("Sorting by date puts the newest event first", "[e2e]") {
  SearchOptions options;
  options.sort_by_date = true;
  auto result = Find("ERCP", options);
  REQUIRE(result.hits.size() >= 2);
  CHECK(result.hits[0].date >= result.hits[1].date);
}

TEST_CASE("A misspelt word gets a suggestion", "[e2e]") {
  SearchOptions as_typed;
  as_typed.correct = false;
  CHECK(Find("sphincterotmy", as_typed).suggestion == "sphincterotomy");
  // Without --no-correct the suggestion is answered at once.
  auto corrected = Find("sphincterotmy");
  CHECK(corrected.corrected == "sphincterotomy");
  CHECK(corrected.total >= 1);
}

TEST_CASE("Facets count the whole matching set", "[e2e]") {
  SearchOptions options;
  options.facets = true;
  auto result = Find("ERCP", options);
  size_t by_type = 0;
  for (const auto& [type, count] : result.facets["type"]) by_type += count;
  CHECK(by_type == result.total);
}

TEST_CASE("Facets from the combined slot equal those from the four slots",
          "[e2e]") {
  // A copy of the database without the combined slot, as databases written
  // before it have none, is counted from the four slots.
  std::string copy = annals::testing::MakeTempDir("facets") + "/annals.db";
  {
    Xapian::Database source(annals::testing::E2eDatabase().path);
    source.compact(copy);
    Xapian::WritableDatabase without(copy);
    unsigned slot =
        annals::core::schema::SlotNumber(annals::core::schema::Slot::kFacets);
    for (auto it = without.postlist_begin(""); it != without.postlist_end("");
         ++it) {
      Xapian::Document doc = without.get_document(*it);
      doc.remove_value(slot);
      without.replace_document(*it, doc);
    }
    without.commit();
    REQUIRE(without.get_value_freq(slot) == 0);
  }
  auto combined =
      annals::core::OpenForReading(annals::testing::E2eDatabase().path);
  auto four = annals::core::OpenForReading(copy);
  REQUIRE(combined.ok());
  REQUIRE(four.ok());
  SearchOptions options;
  options.facets = true;
  for (const char* query : {"ERCP", "training", "李汛", "zzzzqq", "country:TH",
                            "type:course", "year:2019"}) {
    INFO(query);
    auto a = Search(*combined, query, options);
    auto b = Search(*four, query, options);
    REQUIRE(a.ok());
    REQUIRE(b.ok());
    CHECK(a->facets == b->facets);
    CHECK(a->total == b->total);
  }
}

TEST_CASE("A syntax error is an error with a position", "[e2e]") {
  auto db = annals::core::OpenForReading(annals::testing::E2eDatabase().path);
  REQUIRE(db.ok());
  auto result = Search(*db, "\"Li Xun", {});
  REQUIRE_FALSE(result.ok());
  CHECK(result.status().message().rfind("query:", 0) == 0);
}

TEST_CASE("A person's name in free text ranks documents naming them first",
          "[e2e]") {
  auto result = Find("Li Xun");
  REQUIRE(result.hits.size() >= 2);
  auto named = Ids(Find("person:\"Li Xun\""));
  CHECK(Has(named, result.hits[0].id));
  CHECK(Has(named, result.hits[1].id));
}

TEST_CASE(
    "Searching by event (--by-event) collapses the documents of one course",
    "[e2e]") {
  SearchOptions options;
  options.by_event = true;
  auto result = Find("ERCP year:2019", options);
  auto plain = Find("ERCP year:2019");
  CHECK(result.hits.size() < plain.hits.size());
  size_t collapsed = 0;
  for (const auto& hit : result.hits) collapsed += hit.also.size();
  CHECK(collapsed >= 1);
}

TEST_CASE("A count is exact or says it is an estimate", "[e2e]") {
  // 400 articles; the phrase "alpha beta" is in every other one, the words
  // in all: with one hit asked for, Xapian stops checking positions early.
  std::string dir = annals::testing::MakeTempDir("estimate");
  std::filesystem::create_directories(dir + "/news");
  for (int i = 0; i < 400; ++i) {
    std::ofstream(dir + "/news/n" + std::to_string(i) + ".txt")
        << "Workshop report " << i << "\ndate:2020/3/" << 1 + i % 28
        << " hot:1\n"
        << (i % 2 ? "alpha beta gamma" : "beta gamma alpha")
        << " endoscopy training.\n";
  }
  auto indexed = annals::testing::IndexFixture("estimate-db", {dir + "/news"});
  REQUIRE(indexed.exit_status == 0);
  auto db = annals::core::OpenForReading(indexed.path);
  REQUIRE(db.ok());

  SearchOptions one;
  one.limit = 1;
  auto estimated = Search(*db, "\"alpha beta\"", one);
  REQUIRE(estimated.ok());
  CHECK_FALSE(estimated->total_exact);
  CHECK(estimated->hits.size() == 1);

  SearchOptions counted = one;
  counted.facets = true;  // facets count every match
  auto exact = Search(*db, "\"alpha beta\"", counted);
  REQUIRE(exact.ok());
  CHECK(exact->total_exact);
  CHECK(exact->total == 200);

  SearchOptions none;
  none.limit = 0;  // a count alone: no hits, the same estimate as for one
  auto count_only = Search(*db, "\"alpha beta\"", none);
  REQUIRE(count_only.ok());
  CHECK(count_only->hits.empty());
  CHECK(count_only->total_exact == estimated->total_exact);

  auto all = Search(*db, "endoscopy", one);  // one term: Xapian knows its count
  REQUIRE(all.ok());
  CHECK(all->total_exact);
  CHECK(all->total == 400);
}
