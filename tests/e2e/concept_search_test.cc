// Concept queries end to end: every name of every glossary concept finds a
// document that writes another name of it (documents generated from the
// glossary), the spelled-out examples on hand-written news
// (tests/fixtures/concepts), and zero-hit correction.
#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "core/database.h"
#include "core/glossary.h"
#include "core/text_analyzer.h"
#include "query/search/searcher.h"
#include "tests/e2e/fixture_db.h"

using annals::query::Search;
using annals::query::SearchOptions;
using annals::query::SearchResult;

namespace {

// The glossary's lines as their names, as written (canonical first).
std::vector<std::vector<std::string>> GlossaryNames() {
  std::ifstream in(annals::core::DataDirectory() + "/glossary.txt");
  std::vector<std::vector<std::string>> concepts;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> names;
    for (size_t start = 0; start <= line.size();) {
      size_t cut = std::min(line.find(" = ", start), line.size());
      std::string name = line.substr(start, cut - start);
      if (!name.empty()) names.push_back(name);
      start = cut + 3;
    }
    if (!names.empty()) concepts.push_back(names);
  }
  return concepts;
}

std::string DocId(size_t concept_index, size_t name_index) {
  return "concept-" + std::to_string(concept_index) + "-" +
         std::to_string(name_index);
}

// For each concept, a news page that writes its first name and one that
// writes its second, each in a sentence of its own.
const annals::testing::FixtureDb& GeneratedDb() {
  static const annals::testing::FixtureDb kDb = [] {
    std::string dir = annals::testing::MakeTempDir("glossary-news");
    auto concepts = GlossaryNames();
    for (size_t c = 0; c < concepts.size(); ++c) {
      for (size_t n = 0; n < std::min<size_t>(2, concepts[c].size()); ++n) {
        std::ofstream out(dir + "/" + DocId(c, n) + ".txt");
        out << "Report number " << c << " of the visiting programme\n"
            << "date:2020/3/" << (1 + c % 28) << " 09:00:00 hot:1\n"
            << "The visitors watched " << concepts[c][n]
            << " in the morning.\n";
      }
    }
    return annals::testing::IndexFixture("glossary", {dir});
  }();
  return kDb;
}

std::vector<std::string> Ids(const std::string& db_path,
                             const std::string& query,
                             SearchOptions options = {}) {
  auto db = annals::core::OpenForReading(db_path);
  REQUIRE(db.ok());
  auto result = Search(*db, query, options);
  INFO(query << ": " << (result.ok() ? "" : result.status().message()));
  REQUIRE(result.ok());
  std::vector<std::string> ids;
  for (const auto& hit : result->hits) ids.push_back(hit.id);
  return ids;
}

bool Has(const std::vector<std::string>& ids, const std::string& id) {
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

const annals::testing::FixtureDb& ConceptNewsDb() {
  static const annals::testing::FixtureDb kDb = annals::testing::IndexFixture(
      "concepts", {std::string(ANNALS_FIXTURES_DIR) + "/concepts/news"});
  return kDb;
}

SearchResult Find(const std::string& query, SearchOptions options = {}) {
  auto db = annals::core::OpenForReading(ConceptNewsDb().path);
  REQUIRE(db.ok());
  auto result = Search(*db, query, options);
  REQUIRE(result.ok());
  return *result;
}

}  // namespace

TEST_CASE("Every name of every glossary concept finds the others",
          "[e2e][glossary]") {
  const auto& db = GeneratedDb();
  REQUIRE(db.exit_status == 0);
  auto concepts = GlossaryNames();
  REQUIRE(concepts.size() > 50);
  SearchOptions options;
  options.limit = 500;
  options.correct = false;
  size_t checked = 0;
  for (size_t c = 0; c < concepts.size(); ++c) {
    if (concepts[c].size() < 2) continue;
    for (size_t n = 0; n < concepts[c].size(); ++n) {
      // The page that writes another name than this one.
      std::string other = DocId(c, n == 0 ? 1 : 0);
      INFO("concept " << concepts[c][0] << ": the name \"" << concepts[c][n]
                      << "\" should find " << other);
      CHECK(Has(Ids(db.path, concepts[c][n], options), other));
      ++checked;
    }
  }
  CHECK(checked > 300);
}

TEST_CASE("Spelled-out names find pages that write the abbreviation",
          "[e2e][glossary]") {
  REQUIRE(ConceptNewsDb().exit_status == 0);
  auto ids = [](const std::string& query) {
    std::vector<std::string> found;
    for (const auto& hit : Find(query).hits) found.push_back(hit.id);
    return found;
  };
  CHECK(Has(ids("endoscopic submucosal dissection"), "kunming-esd-en"));
  CHECK(Has(ids("peroral endoscopic myotomy"), "kunming-esd-en"));
  CHECK(Has(ids("endoscopic ultrasound"), "dushanbe-fna-en"));
  CHECK(Has(ids("fine needle aspiration"), "dushanbe-fna-en"));
  CHECK(Has(ids("EUS guided fine needle aspiration"), "dushanbe-fna-en"));
  CHECK(Has(ids("EUS-guided fine-needle aspiration"), "dushanbe-fna-en"));
  // Russian with its case endings; the page writes "ESD".
  CHECK(Has(ids("эндоскопической подслизистой диссекции"), "kunming-esd-en"));
  // And the other way: pages that spell a name out have the concept.
  CHECK(Has(ids("ESD"), "lanzhou-spelled-en"));
  CHECK(Has(ids("ESD"), "kazan-esd-ru"));
  CHECK(Has(ids("EUS-FNA"), "lanzhou-spelled-en"));
  CHECK(Has(ids("POEM"), "lanzhou-spelled-en"));
}

TEST_CASE("A concept query ranks the concept as one term", "[e2e][glossary]") {
  // Two pages: one writes ESD, one spells it out. As for ESD itself, the
  // page is not ranked up for using several names: the concept is one term.
  auto spelled = Find("endoscopic submucosal dissection");
  auto abbreviated = Find("ESD");
  REQUIRE(spelled.total == abbreviated.total);
  for (size_t i = 0; i < spelled.hits.size(); ++i) {
    CHECK(spelled.hits[i].id == abbreviated.hits[i].id);
    CHECK(spelled.hits[i].score == Approx(abbreviated.hits[i].score));
  }
}

TEST_CASE("A multi-word name combines with the other words",
          "[e2e][glossary]") {
  auto kunming = Find("endoscopic retrograde cholangiopancreatography Kunming");
  REQUIRE(kunming.hits.size() == 1);
  CHECK(kunming.hits[0].id == "kunming-esd-en");
  // Dushanbe's page has no ERCP: the name is no bag of loose words.
  CHECK(Find("endoscopic retrograde cholangiopancreatography Dushanbe").total ==
        0);
}

TEST_CASE("A quoted name keeps its meaning", "[e2e][glossary]") {
  // A quoted glossary name is the concept, as before; a quoted phrase that
  // is no name is matched word for word.
  CHECK(Find("\"endoscopic submucosal dissection\"").total ==
        Find("ESD").total);
  CHECK(Find("\"submucosal dissection performed\"").total == 1);
  CHECK(Find("\"dissection submucosal performed\"").total == 0);
}

TEST_CASE("A glossary word is never corrected into another word",
          "[e2e][glossary]") {
  // "five" is in the archive, "fine" is not: "fine" is a glossary word.
  SearchOptions options;
  options.correct = false;
  for (const char* query : {"fine needle aspiration", "fine zzzqqq"}) {
    INFO(query);
    CHECK(Find(query, options).suggestion.find("five") == std::string::npos);
  }
}

TEST_CASE("A query without match answers its spelling correction",
          "[e2e][correction]") {
  auto corrected = Find("Kunmnig");
  CHECK(corrected.corrected == "kunming");
  CHECK(corrected.query == "Kunmnig");
  CHECK(corrected.total == 1);
  CHECK(corrected.suggestion.empty());
  // Operators and fields keep their meaning in the corrected query.
  auto with_operators = Find("Kunmnig AND ERCP -Dushanbe");
  CHECK(with_operators.corrected == "kunming AND ERCP -Dushanbe");
  CHECK(with_operators.total == 1);
  SearchOptions as_typed;
  as_typed.correct = false;
  auto none = Find("Kunmnig", as_typed);
  CHECK(none.total == 0);
  CHECK(none.corrected.empty());
  CHECK(none.suggestion == "kunming");
}
