// A database built from tests/fixtures/e2e in a temporary folder, once per
// test run, shared by the end-to-end tests.
#pragma once

#include <xapian.h>

#include <cstdio>
#include <filesystem>
#include <string>

#include "indexer/indexer.h"

namespace annals::testing {

// A fresh empty folder under the system temp dir, unique per call.
inline std::string MakeTempDir(const std::string& name) {
  static int counter = 0;
  auto dir = std::filesystem::temp_directory_path() /
             ("annals-test-" + std::to_string(::getpid()) + "-" + name + "-" +
              std::to_string(counter++));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir.string();
}

struct FixtureDb {
  std::string path;
  int exit_status = -1;
  indexer::Summary summary;
};

inline const FixtureDb& E2eDatabase() {
  static const FixtureDb kDb = [] {
    FixtureDb db;
    db.path = MakeTempDir("e2e") + "/annals.db";
    indexer::Options options;
    options.db_path = db.path;
    options.quiet = true;
    options.inputs = {std::string(ANNALS_FIXTURES_DIR) + "/e2e/news",
                      std::string(ANNALS_FIXTURES_DIR) + "/e2e/records"};
    std::FILE* sink = std::tmpfile();
    db.exit_status = indexer::RunIndexer(options, sink, &db.summary);
    std::fclose(sink);
    return db;
  }();
  return kDb;
}

}  // namespace annals::testing
