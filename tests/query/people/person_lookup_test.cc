// End to end: people looked up as users type them (titles and positions,
// a surname alone, a Han spelling that only reads like one in the archive),
// the same people for `person X` and `search person:X`, and people shown by
// identity under a readable name in person, stats and year answers.
#include <algorithm>
#include <catch2/catch.hpp>
#include <set>

#include "core/database.h"
#include "query/history/history.h"
#include "query/render/render_history.h"
#include "query/search/searcher.h"
#include "tests/e2e/fixture_db.h"

namespace {

using annals::query::PersonAnswer;
using annals::query::PersonHistory;

// Records written for these tests: people without record aliases in one
// script (Мария Соколова) and with them in another (李汛, 奥尔加·伊万诺娃).
Xapian::Database IdentityDb() {
  static const annals::testing::FixtureDb kDb = annals::testing::IndexFixture(
      "identity", {std::string(ANNALS_FIXTURES_DIR) + "/identity"});
  REQUIRE(kDb.exit_status == 0);
  auto db = annals::core::OpenForReading(kDb.path);
  REQUIRE(db.ok());
  return *db;
}

Xapian::Database E2eDb() {
  auto db = annals::core::OpenForReading(annals::testing::E2eDatabase().path);
  REQUIRE(db.ok());
  return *db;
}

PersonAnswer Ask(const Xapian::Database& db, const std::string& name) {
  auto answer = PersonHistory(db, name);
  INFO(name);
  REQUIRE(answer.ok());
  return *answer;
}

std::vector<std::string> CandidateNames(const PersonAnswer& a) {
  std::vector<std::string> names;
  for (const auto& c : a.candidates) names.push_back(c.name);
  std::sort(names.begin(), names.end());
  return names;
}

std::vector<std::string> SearchIds(const Xapian::Database& db,
                                   const std::string& query) {
  auto result = annals::query::Search(db, query, {});
  INFO(query);
  REQUIRE(result.ok());
  std::vector<std::string> ids;
  for (const auto& hit : result->hits) ids.push_back(hit.id);
  std::sort(ids.begin(), ids.end());
  return ids;
}

std::vector<std::string> HistoryIds(const PersonAnswer& a) {
  std::set<std::string> ids;
  for (const auto& event : a.events) {
    for (const auto& doc : event.docs) ids.insert(doc.id);
  }
  return {ids.begin(), ids.end()};
}

}  // namespace

TEST_CASE("titles and position words around a typed name are dropped",
          "[e2e][lookup]") {
  auto plain = Ask(E2eDb(), "Li Xun");
  REQUIRE_FALSE(plain.events.empty());
  for (const char* typed : {"Dean Li Xun", "Director Li Xun", "Prof. Li Xun",
                            "Vice President Li Xun", "李汛院长", "院长李汛"}) {
    auto answer = Ask(E2eDb(), typed);
    INFO(typed);
    CHECK(answer.candidates.empty());
    CHECK(answer.events.size() == plain.events.size());
  }
  auto dean = Ask(E2eDb(), "Dean Li Xun");
  CHECK(dean.match == "without titles");
  CHECK(dean.note == "Looked up as \"Li Xun\"");
  auto sokolova = Ask(IdentityDb(), "Prof. Maria Sokolova");
  CHECK(sokolova.name == "Maria Sokolova");
  CHECK(sokolova.events.size() == 2);
  // A name that is all title words stays what it is.
  CHECK(Ask(E2eDb(), "Dean").events.empty());
}

TEST_CASE("a surname alone lists its people, or answers for the only one",
          "[e2e][lookup]") {
  auto several = Ask(IdentityDb(), "Sokolova");
  CHECK(several.events.empty());
  CHECK(several.match == "one word");
  CHECK(CandidateNames(several) ==
        std::vector<std::string>{"Anna Sokolova", "Maria Sokolova"});
  for (const auto& c : several.candidates) {
    // Asking for a candidate answers that one person.
    auto chosen = Ask(IdentityDb(), c.query);
    CHECK(chosen.candidates.empty());
    CHECK(chosen.name == c.name);
  }
  std::string json = annals::query::RenderPersonJson(several, false);
  CHECK(json.find("\"query\":\"Anna Sokolova\"") != std::string::npos);

  auto one = Ask(IdentityDb(), "Hyslop-Parsons");
  CHECK(one.candidates.empty());
  CHECK(one.name == "Jane Hyslop-Parsons");
  REQUIRE(one.events.size() == 1);
  CHECK(one.note.find("Jane Hyslop-Parsons") != std::string::npos);
  // Nobody's name holds the word: nothing, not every person.
  auto nobody = Ask(IdentityDb(), "Zzyzx");
  CHECK(nobody.events.empty());
  CHECK(nobody.candidates.empty());
}

TEST_CASE("a Han spelling found only by its reading says so", "[e2e][lookup]") {
  // 李勋 is written nowhere; 李汛 reads the same.
  auto one = Ask(IdentityDb(), "李勋");
  CHECK(one.match == "pronunciation");
  CHECK(one.note == "No one is written 李勋; by pronunciation: 李汛 (li xun)");
  CHECK_FALSE(one.events.empty());
  CHECK(annals::query::RenderPersonText(one, false).rfind(one.note, 0) == 0);
  CHECK(annals::query::RenderPersonJson(one, false)
            .find("\"match\":\"pronunciation\"") != std::string::npos);
  // 马霖 reads like both 马林 and 马琳: candidates, and the note.
  auto two = Ask(E2eDb(), "马霖");
  CHECK(two.events.empty());
  CHECK(two.candidates.size() == 2);
  CHECK(two.match == "pronunciation");
  // A spelling the archive writes is no pronunciation match.
  auto written = Ask(IdentityDb(), "李汛");
  CHECK(written.match.empty());
  CHECK(written.note.empty());
}

TEST_CASE("search person:X and person X find the same documents",
          "[e2e][lookup]") {
  for (const char* name :
       {"Maria Sokolova", "Мария Соколова", "Prof. Maria Sokolova",
        "Hyslop-Parsons", "Li Xun", "Olga Ivanova"}) {
    INFO(name);
    CHECK(SearchIds(IdentityDb(), std::string("person:\"") + name + "\"") ==
          HistoryIds(Ask(IdentityDb(), name)));
  }
  // 马林 and 马琳 read alike: each name finds its own documents.
  auto sample =
      annals::core::OpenForReading(annals::testing::SampleDatabase().path);
  REQUIRE(sample.ok());
  std::vector<std::string> lin = HistoryIds(Ask(*sample, "马林"));
  std::vector<std::string> lin2 = HistoryIds(Ask(*sample, "马琳"));
  CHECK_FALSE(lin.empty());
  CHECK(lin != lin2);
  CHECK(SearchIds(*sample, "person:马林") == lin);
  CHECK(SearchIds(*sample, "person:马琳") == lin2);
  // With another filter: the Russian records that write Мария Соколова.
  CHECK(SearchIds(IdentityDb(), "person:\"Maria Sokolova\" lang:ru") ==
        std::vector<std::string>{"kazan-liver-1-ru", "samara-liver-2"});
}

TEST_CASE("a person is shown in the script asked, else in Latin",
          "[e2e][lookup]") {
  CHECK(Ask(IdentityDb(), "Olga Ivanova").name == "Olga Ivanova");
  CHECK(Ask(IdentityDb(), "Ольга Иванова").name == "Ольга Иванова");
  CHECK(Ask(IdentityDb(), "奥尔加·伊万诺娃").name == "奥尔加·伊万诺娃");
  CHECK(Ask(IdentityDb(), "Мария Соколова").name == "Мария Соколова");
}

TEST_CASE("stats lists people once each under a name, topics by name",
          "[e2e][lookup]") {
  auto stats = annals::query::ArchiveStats(IdentityDb());
  REQUIRE(stats.ok());
  std::map<std::string, size_t> people;
  for (const auto& p : stats->top_people) people[p.name] = p.documents;
  CHECK(people.size() == stats->top_people.size());
  CHECK(people["Li Xun"] == 3);  // 李汛, Li Xun and Ли Сюнь
  CHECK(people["Olga Ivanova"] == 3);
  CHECK(people["Maria Sokolova"] == 3);
  for (const auto& p : stats->top_people) {
    INFO(p.name);
    CHECK(std::find(p.keys.begin(), p.keys.end(), p.name) == p.keys.end());
    CHECK(Ask(IdentityDb(), p.query).candidates.empty());
  }
  std::set<std::string> topics;
  for (const auto& t : stats->top_topics) topics.insert(t.name);
  CHECK(topics.count("hepatic elastography") == 1);  // as the records write it
  CHECK(topics.count("training course") == 1);       // the glossary's name
  CHECK(annals::query::RenderStatsText(*stats).find("li xun") ==
        std::string::npos);
}

TEST_CASE("stats on the sample corpus lists no person twice", "[e2e][lookup]") {
  auto db =
      annals::core::OpenForReading(annals::testing::SampleDatabase().path);
  REQUIRE(db.ok());
  auto stats = annals::query::ArchiveStats(*db);
  REQUIRE(stats.ok());
  std::set<std::string> names, keys;
  for (const auto& p : stats->top_people) {
    INFO(p.name);
    CHECK(names.insert(p.name).second);
    for (const auto& key : p.keys) CHECK(keys.insert(key).second);
  }
  for (const auto& t : stats->top_topics) {
    CHECK(t.name != "train cours");
    CHECK(t.name != "digest endoscopi");
  }
}

TEST_CASE("a year's events show people under their Latin spelling",
          "[e2e][lookup]") {
  auto year = annals::query::YearSummary(IdentityDb(), 2024);
  REQUIRE(year.ok());
  std::vector<std::string> people;
  for (const auto& e : year->events)
    people.insert(people.end(), e.people.begin(), e.people.end());
  CHECK(std::count(people.begin(), people.end(), "Olga Ivanova (speaker)") ==
        1);
  CHECK(std::find(people.begin(), people.end(), "奥尔加·伊万诺娃 (speaker)") ==
        people.end());
}
