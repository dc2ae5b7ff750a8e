// Every input a fuzzer once crashed on (tests/fuzz/regressions/TARGET/),
// replayed through the functions that fuzz target calls; the sanitizer run
// of the suite (build-asan) checks them for memory errors and UB too.
#include <xapian.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <string>
#include <vector>

#include "core/countries.h"
#include "core/person_name.h"
#include "core/text_analyzer.h"
#include "core/utf8.h"
#include "indexer/extract/event_date.h"
#include "indexer/extract/people_extractor.h"
#include "indexer/sources/news_parser.h"
#include "indexer/sources/record_parser.h"
#include "query/language/describe.h"
#include "query/language/query_parser.h"
#include "query/search/searcher.h"
#include "tests/e2e/fixture_db.h"
#include "tests/reliability/child_process.h"

namespace {

namespace fs = std::filesystem;

const std::string kRegressions =
    std::string(ANNALS_FIXTURES_DIR) + "/../fuzz/regressions/";

// The inputs saved for one fuzz target, in name order.
std::vector<std::string> Inputs(const std::string& target) {
  std::vector<fs::path> paths;
  for (const auto& entry : fs::directory_iterator(kRegressions + target)) {
    if (entry.is_regular_file() && entry.path().filename() != "README") {
      paths.push_back(entry.path());
    }
  }
  std::sort(paths.begin(), paths.end());
  std::vector<std::string> inputs;
  for (const fs::path& path : paths) {
    inputs.push_back(annals::testing::ReadFile(path.string()));
  }
  return inputs;
}

}  // namespace

TEST_CASE("News parser fuzz regressions parse or fail cleanly",
          "[reliability][fuzz]") {
  for (const std::string& input : Inputs("news_parser")) {
    auto parsed = annals::indexer::ParseNews(input, "fuzz.txt", "fuzz");
    if (!parsed.ok()) CHECK(!parsed.status().message().empty());
  }
}

TEST_CASE("Record parser fuzz regressions parse or fail cleanly",
          "[reliability][fuzz]") {
  for (const std::string& input : Inputs("record_parser")) {
    auto json = annals::indexer::ParseRecordsJson(input, "fuzz.json");
    CHECK(json.errors.size() == json.error_details.size());
    auto jsonl = annals::indexer::ParseRecordsJsonl(input, "fuzz.jsonl");
    CHECK(jsonl.errors.size() == jsonl.error_details.size());
  }
}

TEST_CASE("Query fuzz regressions parse and search or fail cleanly",
          "[reliability][fuzz]") {
  Xapian::Database db(annals::testing::E2eDatabase().path);
  for (const std::string& input : Inputs("query")) {
    auto tree = annals::query::ParseQuery(input);
    if (tree.ok()) (void)annals::query::Describe(*tree);
    annals::query::SearchOptions options;
    options.facets = options.by_event = options.explain = true;
    auto result = annals::query::Search(db, input, options);
    if (!result.ok()) {
      CHECK(result.status().code() != annals::core::StatusCode::kIoError);
    }
  }
}

TEST_CASE("Analyzer fuzz regressions analyze, key and find countries",
          "[reliability][fuzz]") {
  using annals::core::TextAnalyzer;
  const TextAnalyzer& analyzer = TextAnalyzer::Default();
  // As in tests/fuzz/analyzer_fuzzer.cc: the first byte picks the language.
  const std::vector<std::string> languages = {"",   "en", "zh", "th",
                                              "ru", "fa", "vi"};
  for (const std::string& input : Inputs("analyzer")) {
    if (input.empty()) continue;
    const std::string& language =
        languages[static_cast<unsigned char>(input[0]) % languages.size()];
    std::string text = input.substr(1);
    for (const auto& token : analyzer.Analyze(text, language)) {
      CHECK(token.end <= text.size());
      (void)TextAnalyzer::Bigrams(token.term);
    }
    (void)TextAnalyzer::Bigrams(text);
    (void)analyzer.Normalize(text);
    (void)annals::core::SplitHonorific(text);
    std::string key = annals::core::PersonKey(text);
    CHECK(annals::core::PersonKey(key) == key);
    (void)annals::core::PersonKeyVariants(text);
    const auto& countries = annals::core::CountryGazetteer::Default();
    (void)countries.FindAll(text);
    (void)countries.Lookup(text);
  }
}

TEST_CASE("Extractor fuzz regressions extract valid UTF-8",
          "[reliability][fuzz]") {
  // As in tests/fuzz/extractor_fuzzer.cc: the first line is the title.
  for (const std::string& input : Inputs("extractor")) {
    size_t newline = input.find('\n');
    std::string title = input.substr(0, newline);
    std::string body =
        newline == std::string::npos ? "" : input.substr(newline + 1);
    auto entities = annals::indexer::ExtractEntities(title, body, "en");
    for (const auto& person : entities.people) {
      CHECK(!person.name.empty());
      CHECK(annals::core::IsValidUtf8(person.name));
    }
    auto date = annals::indexer::FindEventDate(body, {2020, 3, 4}, "zh");
    if (date) CHECK(date->date.month <= 12);
  }
}
