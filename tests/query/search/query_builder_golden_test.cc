// QueryBuilder's output as golden strings, in the Xapian tradition of
// testing Query::get_description(): every line of
// tests/fixtures/golden/query_builder.tsv is a query as typed, a tab, and
// the description of the Xapian::Query built for it over the sample corpus
// (or "error: " and the message). The queries are the query
// language table of README.md, "Searching",, a few more scripts and a builder
// error.
//
// A mismatch prints the line as it now reads. After a deliberate change,
// regenerate the table and review its diff before committing it:
//   ANNALS_UPDATE_GOLDEN=1 build/tests/annals_tests '[golden]'
// A new query is added as a line holding the query alone; the update fills
// in its description. Lines starting with '#' are comments and stay.
#include <xapian.h>

#include <catch2/catch.hpp>
#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

#include "core/text_analyzer.h"
#include "query/language/query_parser.h"
#include "query/search/query_builder.h"
#include "tests/e2e/fixture_db.h"

namespace {

const std::string kTablePath =
    std::string(ANNALS_FIXTURES_DIR) + "/golden/query_builder.tsv";

struct GoldenLine {
  std::string query;        // empty for a comment
  std::string description;  // or the comment itself
};

std::vector<GoldenLine> ReadTable() {
  std::ifstream in(kTablePath);
  REQUIRE(in);
  std::vector<GoldenLine> lines;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') {
      lines.push_back({"", line});
      continue;
    }
    const size_t tab = line.find('\t');
    lines.push_back({line.substr(0, tab),
                     tab == std::string::npos ? "" : line.substr(tab + 1)});
  }
  return lines;
}

void WriteTable(const std::vector<GoldenLine>& lines) {
  std::ofstream out(kTablePath, std::ios::trunc);
  REQUIRE(out);
  for (const GoldenLine& line : lines) {
    if (line.query.empty()) {
      out << line.description << '\n';
    } else {
      out << line.query << '\t' << line.description << '\n';
    }
  }
}

// What the table says of `text`: the built query's description, or the
// parser's or builder's error.
std::string DescribeBuilt(const Xapian::Database& db, const std::string& text) {
  auto root = annals::query::ParseQuery(text);
  if (!root.ok()) return "error: " + root.status().message();
  annals::query::QueryBuilder builder(annals::core::TextAnalyzer::Default(),
                                      db);
  auto built = builder.Build(*root);
  if (!built.ok()) return "error: " + built.status().message();
  return built->query.get_description();
}

}  // namespace

TEST_CASE("QueryBuilder builds the golden Xapian queries of the query table",
          "[query][builder][golden]") {
  const auto& sample = annals::testing::SampleDatabase();
  REQUIRE(sample.exit_status == 0);
  Xapian::Database db(sample.path);
  std::vector<GoldenLine> lines = ReadTable();
  size_t queries = 0, changed = 0;
  for (GoldenLine& line : lines) {
    if (line.query.empty()) continue;
    ++queries;
    const std::string now = DescribeBuilt(db, line.query);
    if (now == line.description) continue;
    ++changed;
    FAIL_CHECK("golden line differs from "
               << kTablePath << ":\n  was: " << line.query << '\t'
               << line.description << "\n  now: " << line.query << '\t' << now);
    line.description = now;
  }
  CHECK(queries >= 30);
  if (changed > 0 && std::getenv("ANNALS_UPDATE_GOLDEN") != nullptr) {
    WriteTable(lines);
    WARN("rewrote " << kTablePath << " (" << changed << " lines)");
  }
}
