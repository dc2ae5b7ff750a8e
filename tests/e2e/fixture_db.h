// A database built from tests/fixtures/e2e in a temporary folder, once per
// test run, shared by the end-to-end tests.
#pragma once

#include <signal.h>
#include <xapian.h>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <mutex>
#include <string>
#include <system_error>
#include <vector>

#include "indexer/indexer.h"

namespace annals::testing {

// The folders MakeTempDir made, removed when the test program ends (set
// ANNALS_KEEP_TEST_DIRS to keep them, and earlier runs' ones, for a look).
class TempDirs {
 public:
  ~TempDirs() {
    if (std::getenv("ANNALS_KEEP_TEST_DIRS") != nullptr) return;
    std::error_code ignored;
    for (const auto& dir : dirs_) std::filesystem::remove_all(dir, ignored);
  }
  void Add(const std::filesystem::path& dir) {
    std::lock_guard<std::mutex> lock(mutex_);
    dirs_.push_back(dir);
  }

 private:
  std::mutex mutex_;
  std::vector<std::filesystem::path> dirs_;
};

inline TempDirs& CreatedTempDirs() {
  static TempDirs dirs;
  return dirs;
}

// Removes the annals-test-PID-* folders of test programs that are gone
// without their exit-time cleanup (killed by a timeout, aborted by a
// sanitizer); those of living processes stay, and all of them while
// ANNALS_KEEP_TEST_DIRS is set.
inline void RemoveAbandonedTempDirs() {
  if (std::getenv("ANNALS_KEEP_TEST_DIRS") != nullptr) return;
  const std::string prefix = "annals-test-";
  std::error_code error;
  std::vector<std::filesystem::path> abandoned;
  std::filesystem::directory_iterator it(
      std::filesystem::temp_directory_path(error), error);
  for (; !error && it != std::filesystem::directory_iterator();
       it.increment(error)) {
    std::string name = it->path().filename().string();
    if (name.rfind(prefix, 0) != 0) continue;
    long pid = std::strtol(name.c_str() + prefix.size(), nullptr, 10);
    if (pid <= 0 || ::kill(static_cast<pid_t>(pid), 0) == 0 || errno != ESRCH)
      continue;
    abandoned.push_back(it->path());
  }
  for (const auto& dir : abandoned) std::filesystem::remove_all(dir, error);
}

// A fresh empty folder under the system temp dir, unique per call.
inline std::string MakeTempDir(const std::string& name) {
  static std::atomic<int> counter = 0;
  static const bool swept = (RemoveAbandonedTempDirs(), true);
  (void)swept;
  auto dir = std::filesystem::temp_directory_path() /
             ("annals-test-" + std::to_string(::getpid()) + "-" + name + "-" +
              std::to_string(counter++));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  CreatedTempDirs().Add(dir);
  return dir.string();
}

struct FixtureDb {
  std::string path;
  int exit_status = -1;
  indexer::Summary summary;
};

// `inputs` indexed into a new database in a temporary folder.
inline FixtureDb IndexFixture(const std::string& name,
                              std::vector<std::string> inputs) {
  FixtureDb db;
  db.path = MakeTempDir(name) + "/annals.db";
  indexer::Options options;
  options.db_path = db.path;
  options.quiet = true;
  options.inputs = std::move(inputs);
  std::FILE* sink = std::tmpfile();
  db.exit_status = indexer::RunIndexer(options, sink, &db.summary);
  std::fclose(sink);
  return db;
}

inline const FixtureDb& E2eDatabase() {
  static const FixtureDb kDb =
      IndexFixture("e2e", {std::string(ANNALS_FIXTURES_DIR) + "/e2e/news",
                           std::string(ANNALS_FIXTURES_DIR) + "/e2e/records"});
  return kDb;
}

// The sample corpus (corpus/), indexed once per test run.
inline const FixtureDb& SampleDatabase() {
  static const FixtureDb kDb =
      IndexFixture("sample", {std::string(ANNALS_CORPUS_DIR) + "/news",
                              std::string(ANNALS_CORPUS_DIR) + "/records"});
  return kDb;
}

}  // namespace annals::testing
