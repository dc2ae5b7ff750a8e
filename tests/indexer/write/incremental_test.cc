// annals-index --incremental and --prune: unchanged sources are skipped,
// changed ones re-indexed (documents they no longer hold are deleted), and
// documents of vanished sources pruned.
#include <xapian.h>

#include <catch2/catch.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include "indexer/indexer.h"
#include "tests/e2e/fixture_db.h"

namespace fs = std::filesystem;

namespace {

annals::indexer::Summary Index(const std::string& dir, bool incremental,
                               bool prune = false) {
  annals::indexer::Options options;
  options.db_path = dir + "/db";
  options.quiet = true;
  options.threads = 2;
  options.incremental = incremental;
  options.prune = prune;
  options.inputs = {dir + "/in"};
  annals::indexer::Summary summary;
  std::FILE* sink = std::tmpfile();
  int status = annals::indexer::RunIndexer(options, sink, &summary);
  std::fclose(sink);
  CHECK(status == 0);
  return summary;
}

bool HasId(const std::string& dir, const std::string& id) {
  return Xapian::Database(dir + "/db").term_exists("Q" + id);
}

}  // namespace

TEST_CASE("Incremental indexing skips unchanged sources",
          "[indexer][incremental]") {
  std::string dir = annals::testing::MakeTempDir("incremental");
  fs::create_directories(dir + "/in");
  std::string fixtures = std::string(ANNALS_FIXTURES_DIR) + "/e2e/";
  for (const char* name : {"news/ercp-lanzhou-en.txt", "news/kazan-ru.txt"})
    fs::copy_file(fixtures + name,
                  dir + "/in/" + fs::path(name).filename().string());
  std::ofstream(dir + "/in/two.jsonl")
      << R"({"id": "r-one", "title": "ERCP course one", "start": "2019-01-02"})"
         "\n"
      << R"({"id": "r-two", "title": "EUS course two", "start": "2020-03-04"})"
         "\n";
  auto first = Index(dir, true);
  REQUIRE(first.indexed == 4);

  SECTION("an unchanged corpus is skipped") {
    auto again = Index(dir, true);
    CHECK(again.indexed == 0);
    CHECK(again.replaced == 0);
    CHECK(again.unchanged == 3);
  }
  SECTION("without --incremental every document is replaced") {
    auto again = Index(dir, false);
    CHECK(again.replaced == 4);
    CHECK(again.unchanged == 0);
  }
  SECTION("a changed source is re-indexed; records it lost are deleted") {
    std::ofstream(dir + "/in/two.jsonl", std::ios::trunc)
        << R"({"id": "r-two", "title": "EUS course two, revised", "start": "2020-03-04"})"
        << "\n";
    auto again = Index(dir, true);
    CHECK(again.unchanged == 2);
    CHECK(again.replaced == 1);
    CHECK_FALSE(HasId(dir, "r-one"));
    CHECK(HasId(dir, "r-two"));
    CHECK(Xapian::Database(dir + "/db").get_doccount() == 3);
  }
  SECTION("--prune deletes the documents of vanished sources") {
    fs::remove(dir + "/in/two.jsonl");
    auto kept = Index(dir, true);
    CHECK(kept.pruned == 0);
    CHECK(HasId(dir, "r-one"));
    auto pruned = Index(dir, true, true);
    CHECK(pruned.pruned == 2);
    CHECK_FALSE(HasId(dir, "r-one"));
    CHECK_FALSE(HasId(dir, "r-two"));
    CHECK(Xapian::Database(dir + "/db").get_doccount() == 2);
  }
}
