// End to end: person, year, topic and stats answers over the fixture archive.
#include "query/history/history.h"

#include <algorithm>
#include <catch2/catch.hpp>

#include "core/database.h"
#include "tests/e2e/fixture_db.h"

namespace {

Xapian::Database Db() {
  auto db = annals::core::OpenForReading(annals::testing::E2eDatabase().path);
  REQUIRE(db.ok());
  return *db;
}

bool Contains(const std::vector<std::string>& list, const std::string& value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

}  // namespace

TEST_CASE("person history merges scripts into one event per course",
          "[e2e][history]") {
  for (const char* name : {"Li Xun", "李汛", "Prof. Li Xun", "xun li"}) {
    auto answer = annals::query::PersonHistory(Db(), name);
    REQUIRE(answer.ok());
    INFO(name);
    CHECK(answer->candidates.empty());
    REQUIRE(answer->events.size() == 1);  // the record and both articles
    const auto& event = answer->events[0];
    CHECK(event.date == "2019-06-12");
    CHECK(event.docs.size() == 3);
    CHECK(Contains(event.roles, "chair"));
    CHECK(Contains(answer->aliases, "李汛"));
  }
}

TEST_CASE("person history finds Cyrillic spellings", "[e2e][history]") {
  auto answer = annals::query::PersonHistory(Db(), "Ольга Иванова");
  REQUIRE(answer.ok());
  REQUIRE(answer->events.size() == 1);
  CHECK(answer->events[0].date == "2018-10-18");
  CHECK(answer->events[0].docs.size() == 2);
}

TEST_CASE("a name that fits two people lists candidates", "[e2e][history]") {
  auto answer = annals::query::PersonHistory(Db(), "Ma Lin");
  REQUIRE(answer.ok());
  CHECK(answer->events.empty());
  REQUIRE(answer->candidates.size() == 2);
  auto chosen = annals::query::PersonHistory(Db(), "马琳");
  REQUIRE(chosen.ok());
  REQUIRE(chosen->events.size() == 1);
  CHECK(Contains(chosen->events[0].roles, "trainee"));
  CHECK_FALSE(Contains(chosen->events[0].roles, "official"));
}

TEST_CASE("near-homonyms stay apart", "[e2e][history]") {
  auto wang_wei = annals::query::PersonHistory(Db(), "王伟");
  REQUIRE(wang_wei.ok());
  REQUIRE(wang_wei->events.size() == 1);
  CHECK(wang_wei->events[0].title == "EUS-FNA masterclass");
  auto linsen = annals::query::PersonHistory(Db(), "马林森");
  REQUIRE(linsen.ok());
  CHECK(linsen->events.empty());
}

TEST_CASE("year summary lists the courses and trainees by country",
          "[e2e][history]") {
  auto answer = annals::query::YearSummary(Db(), 2019);
  REQUIRE(answer.ok());
  REQUIRE(answer->events.size() == 1);
  CHECK(answer->events[0].docs.size() == 3);
  CHECK(answer->trainees["TH"] == 7);
  CHECK(answer->trainees["UZ"] == 5);
}

TEST_CASE("topic history groups courses by year", "[e2e][history]") {
  auto answer = annals::query::TopicHistory(Db(), "超声内镜");
  REQUIRE(answer.ok());
  CHECK(answer->key == annals::query::TopicHistory(Db(), "EUS")->key);
  bool has_2019 = false;
  for (const auto& year : answer->years) has_2019 |= year.year == 2019;
  CHECK(has_2019);
}

TEST_CASE("stats count the archive", "[e2e][history]") {
  auto answer = annals::query::ArchiveStats(Db());
  REQUIRE(answer.ok());
  CHECK(answer->documents == 8);
  CHECK(answer->counts["type"]["course"] == 4);
  CHECK(answer->counts["type"]["news"] == 4);
}
