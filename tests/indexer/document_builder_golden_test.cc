// Golden table of DocumentBuilder, in the Xapian tradition of term strings:
// for each fixture document, every term the builder writes as one line
// "term:wdf[positions]", compared with
// tests/fixtures/golden/document_builder/NAME.txt. A difference is printed
// line by line ("-" expected, "+" built). After a deliberate change to
// analysis, extraction or the schema, regenerate the tables with
//   ANNALS_UPDATE_GOLDEN=1 build/tests/annals_tests '[golden]'
// and review the diff of the .txt files before committing them.
#include <xapian.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/text_analyzer.h"
#include "indexer/document_builder.h"
#include "indexer/enrich.h"
#include "indexer/sources/source_reader.h"

namespace annals::indexer {
namespace {

const std::string kGoldenDir =
    std::string(ANNALS_FIXTURES_DIR) + "/golden/document_builder/";

// One line a term, in Xapian's (byte) order of terms.
std::vector<std::string> TermLines(const Xapian::Document& document) {
  std::vector<std::string> lines;
  for (auto term = document.termlist_begin(); term != document.termlist_end();
       ++term) {
    std::string line = *term + ":" + std::to_string(term.get_wdf()) + "[";
    bool first = true;
    for (auto pos = term.positionlist_begin(); pos != term.positionlist_end();
         ++pos) {
      // Appended, not `(first ? "" : ",") + std::to_string(...)`: GCC 12's
      // false -Wrestrict in Release (GCC bug 105651).
      if (!first) line += ',';
      line += std::to_string(*pos);
      first = false;
    }
    lines.push_back(line + "]");
  }
  return lines;
}

// The document of a fixture file (path relative to the fixtures folder, so
// that the terms do not depend on where the checkout is), read, parsed,
// enriched and built as annals-index does.
std::vector<std::string> BuiltLines(const std::string& relative_path,
                                    SourceKind kind, size_t index) {
  SourceFile file;
  file.path = relative_path;
  file.id = relative_path.substr(0, relative_path.rfind('.'));
  file.kind = kind;
  std::string bytes, error;
  REQUIRE(ReadFileBytes(std::string(ANNALS_FIXTURES_DIR) + "/" + relative_path,
                        &bytes, &error));
  SourceContents contents = ParseSource(file, bytes);
  REQUIRE(contents.errors.empty());
  REQUIRE(index < contents.documents.size());
  ParsedDocument& doc = contents.documents[index];
  Enrich(&doc);
  DocumentBuilder builder(core::TextAnalyzer::Default());
  return TermLines(builder.Build(doc.stored).document);
}

std::vector<std::string> ReadLines(const std::string& path) {
  std::ifstream in(path);
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

// The lines that only one of the two tables has.
std::string Diff(std::vector<std::string> expected,
                 std::vector<std::string> actual) {
  std::sort(expected.begin(), expected.end());
  std::sort(actual.begin(), actual.end());
  std::ostringstream out;
  size_t e = 0, a = 0;
  while (e < expected.size() || a < actual.size()) {
    if (a == actual.size() ||
        (e < expected.size() && expected[e] < actual[a])) {
      out << "- " << expected[e++] << "\n";
    } else if (e == expected.size() || actual[a] < expected[e]) {
      out << "+ " << actual[a++] << "\n";
    } else {
      ++e, ++a;
    }
  }
  return out.str();
}

void CheckGolden(const std::string& name, const std::string& relative_path,
                 SourceKind kind, size_t index = 0) {
  std::vector<std::string> actual = BuiltLines(relative_path, kind, index);
  std::string golden = kGoldenDir + name + ".txt";
  const char* update = std::getenv("ANNALS_UPDATE_GOLDEN");
  if (update != nullptr && std::string(update) == "1") {
    std::ofstream out(golden, std::ios::trunc);
    for (const std::string& line : actual) out << line << "\n";
    REQUIRE(out.good());
    WARN("rewrote " << golden);
    return;
  }
  std::vector<std::string> expected = ReadLines(golden);
  INFO(golden << " differs; after review, ANNALS_UPDATE_GOLDEN=1 rewrites it");
  CHECK_FALSE(expected.empty());
  // The lines only one side has: "- " expected, "+ " built.
  CHECK(Diff(expected, actual) == "");
}

TEST_CASE("DocumentBuilder terms of an English article", "[golden][indexer]") {
  CheckGolden("ercp-lanzhou-en", "e2e/news/ercp-lanzhou-en.txt",
              SourceKind::kNews);
}

TEST_CASE("DocumentBuilder terms of a Chinese article", "[golden][indexer]") {
  CheckGolden("ercp-lanzhou-zh", "e2e/news/ercp-lanzhou-zh.txt",
              SourceKind::kNews);
}

TEST_CASE("DocumentBuilder terms of a Russian article", "[golden][indexer]") {
  CheckGolden("kazan-ru", "e2e/news/kazan-ru.txt", SourceKind::kNews);
}

TEST_CASE("DocumentBuilder terms of a Thai article", "[golden][indexer]") {
  CheckGolden("bangkok-th", "e2e/news/bangkok-th.txt", SourceKind::kNews);
}

TEST_CASE("DocumentBuilder terms of a course record", "[golden][indexer]") {
  CheckGolden("course-lanzhou-ercp-42", "e2e/records/courses.json",
              SourceKind::kJson, 0);
}

}  // namespace
}  // namespace annals::indexer
