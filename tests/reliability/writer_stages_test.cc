// A second annals-index meeting the first at each stage of its run: the
// first is held at the stage (ANNALS_TEST_HOLD,
// indexer/write/writer_test_hold.h), the second starts, and must be turned away
// with the lock sentence while the first run's documents come out whole. Also:
// the TARGET.tmp-PID folder of a killed run is removed by the next run, and
// only when its process is gone.
#include <xapian.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "tests/e2e/fixture_db.h"
#include "tests/reliability/child_process.h"
#include "tests/reliability/news_files.h"

namespace {

namespace fs = std::filesystem;
using annals::testing::Child;
using annals::testing::MakeTempDir;
using annals::testing::Shell;

constexpr int kArticles = 150;

struct Setup {
  std::string dir = MakeTempDir("stages");
  std::string news = dir + "/news";
  std::string db = dir + "/db";
  std::string hold = dir + "/hold";
  std::string other = dir + "/other";
  explicit Setup(bool existing) {
    fs::create_directories(news);
    fs::create_directories(other);
    annals::testing::WriteNewsFiles(news, kArticles);
    std::ofstream(other + "/second.txt")
        << "A second writer's article\ndate:2020/1/2\nAbout zzsecondwriter.\n";
    if (!existing) return;
    std::ofstream(dir + "/first.txt")
        << "The first article\ndate:2019/1/2\nAbout ERCP training.\n";
    REQUIRE(Shell(std::string(ANNALS_INDEX_BIN) + " --quiet --db " + db + " " +
                  dir + "/first.txt")
                .status == 0);
  }
  // The first writer, held at `stage` once it gets there.
  std::vector<std::string> FirstWriter(const std::string& stage,
                                       const std::string& shards) const {
    return {"/usr/bin/env",
            "ANNALS_TEST_HOLD=" + stage + ":" + hold,
            ANNALS_INDEX_BIN,
            "--quiet",
            "--threads",
            "2",
            "--commit-every",
            "20",
            "--shards",
            shards,
            "--db",
            db,
            news};
  }
};

// What is left beside the target once every run has ended: nothing but the
// database itself (no lock file, no temporary folder).
std::vector<std::string> Leftovers(const Setup& setup) {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(setup.dir)) {
    std::string name = entry.path().filename().string();
    if (name.rfind("db.", 0) == 0 && name != "db.shards") names.push_back(name);
  }
  return names;
}

void SecondWriterMeetsFirstAt(const std::string& stage, bool existing,
                              const std::string& shards) {
  INFO("stage " << stage << (existing ? ", existing" : ", new")
                << " database, --shards " << shards);
  Setup setup(existing);
  Child first(setup.FirstWriter(stage, shards), MakeTempDir("held"));
  bool held =
      annals::testing::WaitUntil(first, [&] { return fs::exists(setup.hold); });
  INFO("first writer's stderr: " << first.err());
  REQUIRE(held);
  auto second = Shell(std::string(ANNALS_INDEX_BIN) + " --db " + setup.db +
                      " " + setup.other);
  INFO("second writer's stderr: " << second.err);
  CHECK(second.status == 2);
  CHECK(second.err == "annals-index: " + setup.db +
                          ": database is locked by another writer\n");
  fs::remove(setup.hold);
  CHECK(first.Wait() == 0);
  Xapian::Database db(setup.db);
  CHECK(db.get_doccount() == kArticles + (existing ? 1 : 0));
  CHECK(db.get_termfreq("zzsecondwriter") == 0);
  CHECK(Leftovers(setup).empty());
}

}  // namespace

TEST_CASE("A second indexer meets a new database's writer at every stage",
          "[reliability][concurrency][stages]") {
  for (const char* stage : {"locked", "created", "tmp-made", "batch",
                            "before-rename", "after-rename", "done"}) {
    SecondWriterMeetsFirstAt(stage, false, "1");
  }
}

TEST_CASE("A second indexer meets a new sharded database's writer",
          "[reliability][concurrency][stages]") {
  for (const char* stage :
       {"locked", "tmp-made", "before-rename", "after-rename", "done"}) {
    SecondWriterMeetsFirstAt(stage, false, "2");
  }
}

TEST_CASE("A second indexer meets an existing database's writer at every stage",
          "[reliability][concurrency][stages]") {
  for (const char* stage : {"locked", "batch", "before-commit", "done"}) {
    SecondWriterMeetsFirstAt(stage, true, "1");
  }
}

TEST_CASE("A run killed while creating leaves a folder the next run removes",
          "[reliability][crash][stages]") {
  Setup setup(false);
  Child first(setup.FirstWriter("tmp-made", "1"), MakeTempDir("killed-tmp"));
  REQUIRE(annals::testing::WaitUntil(first,
                                     [&] { return fs::exists(setup.hold); }));
  std::string temp = setup.db + ".tmp-" + annals::testing::ReadFile(setup.hold);
  while (!temp.empty() && temp.back() == '\n') temp.pop_back();
  first.Signal(SIGKILL);
  first.Wait();
  REQUIRE(fs::is_directory(temp));
  // A folder named after a living process (this test) stays.
  std::string alive = setup.db + ".tmp-" + std::to_string(::getpid());
  fs::create_directories(alive + "/w0");
  auto rerun = Shell(std::string(ANNALS_INDEX_BIN) + " --db " + setup.db + " " +
                     setup.news);
  INFO(rerun.err);
  CHECK(rerun.status == 0);
  CHECK(!fs::exists(temp));
  CHECK(rerun.err.find(temp + ": removed") != std::string::npos);
  CHECK(fs::is_directory(alive));
  CHECK(Xapian::Database(setup.db).get_doccount() == kArticles);
}
