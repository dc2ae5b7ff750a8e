// Readers and writers at the same time: queries keep answering while the
// indexer commits, and a second writer is turned away without touching the
// database.
#include <xapian.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <filesystem>
#include <string>
#include <thread>

#include "query/search/searcher.h"
#include "tests/e2e/fixture_db.h"
#include "tests/reliability/child_process.h"
#include "tests/reliability/news_files.h"

namespace {

using annals::testing::Child;
using annals::testing::MakeTempDir;
using annals::testing::Shell;

struct Archive {
  std::string dir = MakeTempDir("concurrent");
  std::string news = dir + "/news";
  std::string db = dir + "/db";
  explicit Archive(int articles) {
    std::filesystem::create_directories(news);
    annals::testing::WriteNewsFiles(news, articles);
    std::ofstream(dir + "/first.txt")
        << "The first article\ndate:2019/1/2\nAbout ERCP training.\n";
    REQUIRE(Shell(std::string(ANNALS_INDEX_BIN) + " --quiet --db " + db + " " +
                  dir + "/first.txt")
                .status == 0);
  }
};

}  // namespace

TEST_CASE("Queries keep answering while the indexer writes and commits",
          "[reliability][concurrency]") {
  Archive archive(2500);
  Child indexer({ANNALS_INDEX_BIN, "--quiet", "--db", archive.db,
                 "--commit-every", "50", archive.news},
                MakeTempDir("writer"));
  int queries = 0, failures = 0;
  std::string last_error;
  while (!indexer.Exited()) {
    auto run = Shell(std::string(ANNALS_QUERY_BIN) + " --db " + archive.db +
                     " --json --facets ERCP training");
    ++queries;
    if (run.status != 0) {
      ++failures;
      last_error = run.err;
    }
  }
  INFO(queries << " queries; last error: " << last_error
               << "; indexer stderr: " << indexer.err());
  CHECK(indexer.status() == 0);
  CHECK(queries > 1);
  CHECK(failures == 0);
}

TEST_CASE("A searcher that meets a modified database reopens and retries",
          "[reliability][concurrency]") {
  // One reader kept open while a writer commits many times, so the revision
  // it reads is gone (Xapian::DatabaseModifiedError) when it searches.
  Archive archive(0);
  Xapian::Database stale, reader;
  {
    Xapian::WritableDatabase writer(archive.db, Xapian::DB_OPEN);
    for (int commit = 0; commit < 8; ++commit) {
      // The readers open a database big enough that they must read blocks
      // from disk, which later commits reuse.
      if (commit == 1) {
        stale = Xapian::Database(archive.db);
        reader = Xapian::Database(archive.db);
      }
      for (int k = 0; k < 400; ++k) {
        Xapian::Document doc;
        for (int t = 0; t < 20; ++t) {
          doc.add_term("t" + std::to_string((k * 31 + t * 7 + commit) % 997));
        }
        doc.add_term("ercp");
        doc.set_data(std::string(200, 'x'));
        writer.replace_document("Qextra" + std::to_string(k), doc);
      }
      writer.commit();
    }
  }
  // The situation exists: a plain Xapian read of the old revision fails.
  bool modified = false;
  try {
    Xapian::Enquire enquire(stale);
    enquire.set_query(Xapian::Query("ercp"));
    for (const auto& id : enquire.get_mset(0, 10)) (void)id;
    Xapian::Document doc = stale.get_document(1);
    (void)doc.get_data();
    for (auto it = stale.allterms_begin(); it != stale.allterms_end(); ++it) {
    }
  } catch (const Xapian::DatabaseModifiedError&) {
    modified = true;
  }
  if (!modified) WARN("Xapian did not report the database as modified");
  auto result = annals::query::Search(reader, "ERCP training", {});
  INFO((result.ok() ? std::string() : result.status().message()));
  REQUIRE(result.ok());
  CHECK(result->total >= 1);
}

TEST_CASE("A second indexer on a database being written exits 2",
          "[reliability][concurrency]") {
  Archive archive(2500);
  Child first({ANNALS_INDEX_BIN, "--quiet", "--db", archive.db,
               "--commit-every", "50", archive.news},
              MakeTempDir("first-writer"));
  // Once it has committed, it holds the lock.
  annals::testing::WaitUntil(
      first, [&] { return annals::testing::DocCount(archive.db) > 1; });
  std::string other = MakeTempDir("other");
  std::ofstream(other + "/second.txt")
      << "A second writer's article\ndate:2020/1/2\nAbout zzsecondwriter.\n";
  auto second = Shell(std::string(ANNALS_INDEX_BIN) + " --db " + archive.db +
                      " " + other);
  bool first_still_running = !first.Exited();
  CHECK(first.Wait() == 0);
  // When the first had already finished, the second was free to write.
  if (first_still_running) {
    CHECK(second.status == 2);
    CHECK(second.err.find("database is locked by another writer") !=
          std::string::npos);
    Xapian::Database db(archive.db);
    CHECK(db.get_termfreq("zzsecondwriter") == 0);
  }
}

TEST_CASE("A second indexer on a database being created exits 2",
          "[reliability][concurrency]") {
  Archive archive(2500);
  std::string fresh = archive.dir + "/fresh.db";
  Child first({ANNALS_INDEX_BIN, "--quiet", "--db", fresh, archive.news},
              MakeTempDir("first-creator"));
  // Once the new database's folder exists, its creator holds the lock.
  annals::testing::WaitUntil(
      first, [&] { return std::filesystem::exists(fresh + "/iamglass"); });
  std::this_thread::sleep_for(std::chrono::milliseconds(100));
  auto second = Shell(std::string(ANNALS_INDEX_BIN) + " --db " + fresh + " " +
                      archive.dir + "/first.txt");
  bool first_still_running = !first.Exited();
  CHECK(first.Wait() == 0);
  if (first_still_running) {
    CHECK(second.status == 2);
    CHECK(second.err.find("database is locked by another writer") !=
          std::string::npos);
  }
  CHECK(Xapian::Database(fresh).get_doccount() == 2500);
}
