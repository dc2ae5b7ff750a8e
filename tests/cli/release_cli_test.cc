// What a new user meets first: --version on both programs, annals-query
// alone printing its usage, the hidden `complete person` that bash
// completion asks, and the data folder rule.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <string>

#include "core/data_directory.h"
#include "core/schema.h"
#include "core/version.h"
#include "tests/e2e/fixture_db.h"
#include "tests/reliability/child_process.h"

namespace {

using annals::testing::Shell;

std::string Complete(const std::string& typed) {
  return Shell(std::string(ANNALS_QUERY_BIN) + " complete --db " +
               annals::testing::E2eDatabase().path + " person '" + typed + "'")
      .out;
}

}  // namespace

TEST_CASE("Both programs print the release and database format on --version",
          "[cli][release]") {
  std::string format =
      "database format " + std::to_string(annals::core::schema::kSchemaVersion);
  for (const char* program : {ANNALS_QUERY_BIN, ANNALS_INDEX_BIN}) {
    INFO(program);
    auto run = Shell(std::string(program) + " --version");
    CHECK(run.status == 0);
    std::string name = std::filesystem::path(program).filename().string();
    CHECK(run.out.starts_with(
        name + " " + std::string(annals::core::ReleaseVersion()) + "\n"));
    CHECK(run.out.find(format) != std::string::npos);
  }
  CHECK(annals::core::ReleaseVersion().find('.') != std::string::npos);
}

TEST_CASE("annals-query alone prints its usage with the subcommands, exit 2",
          "[cli][release]") {
  auto run = Shell(ANNALS_QUERY_BIN);
  CHECK(run.status == 2);
  CHECK(run.out.empty());
  for (const char* subcommand :
       {"search", "person", "year", "topic", "stats", "serve"}) {
    CHECK(run.err.find(subcommand) != std::string::npos);
  }
  CHECK(run.err.find("complete") == std::string::npos);  // hidden
  CHECK(run.err.find("is required") == std::string::npos);
}

TEST_CASE("complete person offers the names that start with what was typed",
          "[cli][release]") {
  CHECK(Complete("Li X") == "Li Xun\n");
  CHECK(Complete("li x") == "li xun\n");
  CHECK(Complete("李").find("李汛\n") != std::string::npos);
  CHECK(Complete("Zzzq").empty());
  std::string all = Complete("");
  CHECK(all.find("Li Xun\n") != std::string::npos);
  CHECK(Complete("L").find("Li Xun\n") != std::string::npos);
  // A search whose first word is "complete" is still a search.
  auto search = Shell(std::string(ANNALS_QUERY_BIN) + " --db " +
                      annals::testing::E2eDatabase().path + " complete zzzqqq");
  CHECK(search.status == 1);
  auto missing = Shell(std::string(ANNALS_QUERY_BIN) +
                       " complete --db /nonexistent/annals.db person Li");
  CHECK(missing.status == 2);
  CHECK(missing.out.empty());
}

TEST_CASE(
    "the data folder: $ANNALS_DATA_DIR, else beside the installed "
    "program, else the build's",
    "[core][release]") {
  using annals::core::ChooseDataDirectory;
  std::string prefix = annals::testing::MakeTempDir("prefix");
  std::filesystem::create_directories(prefix + "/bin");
  std::filesystem::create_directories(prefix + "/share/annals");
  std::string program = prefix + "/bin/annals-query";
  CHECK(ChooseDataDirectory(nullptr, program, "/built") == "/built");
  std::ofstream(prefix + "/share/annals/glossary.txt") << "ERCP\n";
  CHECK(ChooseDataDirectory(nullptr, program, "/built") ==
        prefix + "/share/annals");
  CHECK(ChooseDataDirectory("", program, "/built") == prefix + "/share/annals");
  CHECK(ChooseDataDirectory("/mine", program, "/built") == "/mine");
  CHECK(ChooseDataDirectory(nullptr, "", "/built") == "/built");
}
