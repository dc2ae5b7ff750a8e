// Crash safety of annals-index: killed at random moments (SIGKILL) the
// database still opens, passes xapian-check and holds exactly what a commit
// held; interrupted (SIGINT, SIGTERM) it commits what it did and says so.
#include <xapian.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <filesystem>
#include <random>
#include <string>
#include <thread>

#include "tests/e2e/fixture_db.h"
#include "tests/reliability/child_process.h"
#include "tests/reliability/news_files.h"

namespace {

using annals::testing::Child;
using annals::testing::MakeTempDir;
using annals::testing::Shell;

constexpr int kArticles = 3000;
constexpr int kCommitEvery = 200;

// A folder of kArticles articles and a database that already holds one
// document (so runs replace by id through the one writer that commits every
// kCommitEvery documents).
struct Archive {
  std::string dir = MakeTempDir("crash");
  std::string news = dir + "/news";
  std::string db = dir + "/db";
  Archive() {
    std::filesystem::create_directories(news);
    annals::testing::WriteNewsFiles(news, kArticles);
    std::ofstream(dir + "/first.txt")
        << "The first article\ndate:2019/1/2\nAbout ERCP.\n";
    REQUIRE(Shell(std::string(ANNALS_INDEX_BIN) + " --quiet --db " + db + " " +
                  dir + "/first.txt")
                .status == 0);
  }
  std::vector<std::string> IndexArgs() const {
    return {ANNALS_INDEX_BIN,
            "--db",
            db,
            "--commit-every",
            std::to_string(kCommitEvery),
            news};
  }
};

// The database opens, xapian-check finds nothing wrong; returns the count.
Xapian::doccount CheckDatabase(const std::string& db) {
  auto check = Shell("xapian-check " + db);
  INFO(check.out << check.err);
  CHECK(check.status == 0);
  Xapian::doccount count = 0;
  REQUIRE_NOTHROW(count = Xapian::Database(db).get_doccount());
  return count;
}

}  // namespace

TEST_CASE("annals-index killed at random moments leaves a committed database",
          "[reliability][crash]") {
  Archive archive;
  std::random_device seed_source;
  unsigned seed = seed_source();
  INFO("random seed " << seed);
  std::mt19937 random(seed);
  for (int round = 0; round < 4; ++round) {
    Child indexer(archive.IndexArgs(), MakeTempDir("killed"));
    int delay_ms = std::uniform_int_distribution<int>(100, 2500)(random);
    std::this_thread::sleep_for(std::chrono::milliseconds(delay_ms));
    indexer.Signal(SIGKILL);
    int status = indexer.Wait();
    INFO("round " << round << ": killed after " << delay_ms << " ms, status "
                  << status << "; stderr: " << indexer.err());
    Xapian::doccount count = CheckDatabase(archive.db);
    // One first document plus whole commits, or everything.
    CHECK(((count - 1) % kCommitEvery == 0 || count == kArticles + 1));
  }
  auto final_run = Shell(std::string(ANNALS_INDEX_BIN) + " --quiet --db " +
                         archive.db + " --commit-every 200 " + archive.news);
  INFO(final_run.err);
  REQUIRE(final_run.status == 0);
  REQUIRE(CheckDatabase(archive.db) == kArticles + 1);
  Xapian::Database db(archive.db);
  int wrong = 0;
  for (int k = 0; k < kArticles; ++k) {
    if (annals::testing::IdCount(db, annals::testing::NewsId(k)) != 1) ++wrong;
  }
  CHECK(wrong == 0);
}

TEST_CASE("annals-index killed while building a new database leaves none",
          "[reliability][crash]") {
  Archive archive;
  std::string fresh = archive.dir + "/fresh.db";
  Child indexer(
      {ANNALS_INDEX_BIN, "--db", fresh, "--commit-every", "200", archive.news},
      MakeTempDir("killed-fresh"));
  std::this_thread::sleep_for(std::chrono::milliseconds(700));
  indexer.Signal(SIGKILL);
  indexer.Wait();
  // Either nothing was published yet (the folder holds the empty database
  // that kept the writer lock), or all of it was.
  if (std::filesystem::exists(fresh)) {
    Xapian::doccount count = CheckDatabase(fresh);
    CHECK((count == 0 || count == kArticles));
  }
  auto rerun = Shell(std::string(ANNALS_INDEX_BIN) + " --quiet --db " + fresh +
                     " " + archive.news);
  INFO(rerun.err);
  REQUIRE(rerun.status == 0);
  CHECK(CheckDatabase(fresh) == kArticles);
}

TEST_CASE("annals-index commits and exits 130 on SIGINT, 143 on SIGTERM",
          "[reliability][crash]") {
  Archive archive;
  for (int signal_number : {SIGINT, SIGTERM}) {
    Child indexer(archive.IndexArgs(), MakeTempDir("interrupted"));
    // Signal once a commit shows the run is under way.
    Xapian::doccount before = annals::testing::DocCount(archive.db);
    annals::testing::WaitUntil(indexer, [&] {
      return annals::testing::DocCount(archive.db) > before;
    });
    indexer.Signal(signal_number);
    int status = indexer.Wait();
    std::string err = indexer.err();
    INFO("signal " << signal_number << "; stderr: " << err);
    if (status == 0) continue;  // finished before the signal came
    CHECK(status == 128 + signal_number);
    CHECK(err.find("interrupted") != std::string::npos);
    Xapian::doccount count = CheckDatabase(archive.db);
    CHECK(count > 1);  // what was done is committed
  }
}
