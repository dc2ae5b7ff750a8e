// A database that cannot be written (a path under a regular file, a file
// size limit standing in for a full disk): a clear message, exit status 2,
// and what was committed before stays intact.
#include <xapian.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <string>

#include "tests/e2e/fixture_db.h"
#include "tests/reliability/child_process.h"
#include "tests/reliability/news_files.h"

namespace {

using annals::testing::MakeTempDir;
using annals::testing::Shell;

std::string Index(const std::string& db, const std::string& inputs) {
  return std::string(ANNALS_INDEX_BIN) + " --db " + db + " " + inputs;
}

}  // namespace

TEST_CASE("A database path under a regular file is a clear error",
          "[reliability][disk]") {
  std::string dir = MakeTempDir("enotdir");
  std::ofstream(dir + "/plain-file") << "not a folder";
  std::ofstream(dir + "/a.txt") << "Headline\ndate:2020/1/2\nAbout ERCP.\n";
  auto run = Shell(Index(dir + "/plain-file/db", dir + "/a.txt"));
  INFO(run.err);
  CHECK(run.status == 2);
  CHECK(run.err.find("annals-index: " + dir + "/plain-file/db") !=
        std::string::npos);
  CHECK(run.err.find("indexed") == std::string::npos);  // no summary
  CHECK(annals::testing::ReadFile(dir + "/plain-file") == "not a folder");
}

TEST_CASE(
    "A full disk (file size limit) fails the run and keeps the last "
    "commit",
    "[reliability][disk]") {
  std::string dir = MakeTempDir("full");
  std::string news = dir + "/news";
  std::filesystem::create_directories(news);
  annals::testing::WriteNewsFiles(news, 600);
  std::ofstream(dir + "/first.txt")
      << "The first article\ndate:2019/1/2\nAbout ERCP.\n";
  std::string db = dir + "/db";
  REQUIRE(Shell(Index(db, dir + "/first.txt")).status == 0);
  // `ulimit -f` (512-byte blocks in dash, 1024 in bash: 128 KB at most) lets
  // the indexer start but not write 600 documents; writes then fail with
  // EFBIG, which the indexer must report (it ignores SIGXFSZ).
  for (const char* extra : {"", " --commit-every 50"}) {
    auto run = Shell("ulimit -f 128; exec " + Index(db, news) + extra);
    INFO("flags:" << extra << "; stderr: " << run.err);
    CHECK(run.status == 2);
    CHECK(run.err.find("File too large") != std::string::npos);
    CHECK(run.err.find(" 0 failed") == std::string::npos);
    auto check = Shell("xapian-check " + db);
    INFO(check.out);
    CHECK(check.status == 0);
    Xapian::Database reader(db);
    Xapian::doccount count = reader.get_doccount();
    CHECK((count - 1) % 50 == 0);
    CHECK(count < 601);
  }
  SECTION("a new database is not created half-written") {
    std::string fresh = dir + "/fresh.db";
    auto run = Shell("ulimit -f 128; exec " + Index(fresh, news));
    INFO(run.err);
    CHECK(run.status == 2);
    CHECK(run.err.find("File too large") != std::string::npos);
    if (std::filesystem::exists(fresh)) {
      CHECK(Shell("xapian-check " + fresh).status == 0);
    }
  }
}
