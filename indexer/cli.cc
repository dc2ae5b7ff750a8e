// annals-index [--db PATH] [--quiet] [--threads T] [--shards K]
//              [--incremental] [--prune] [--report-terms] PATH...
#include "indexer/cli.h"

#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <exception>
#include <string>

#include "core/database.h"
#include "core/version.h"
#include "indexer/write/write_failure.h"

namespace annals::indexer {

namespace {

// CLI::PositiveNumber's own message for "0" reads as garbage ("Value 0 not in
// range ..." with a huge bound); say what the flag wants and what it got.
CLI::Validator OneOrMore() {
  return CLI::Validator(
      [](std::string& value) -> std::string {
        bool digits =
            !value.empty() && value.size() <= 9 &&
            value.find_first_not_of("0123456789") == std::string::npos;
        if (digits && value.find_first_not_of('0') != std::string::npos)
          return "";
        return "must be 1 or more, got " + value;
      },
      "1 or more");
}

}  // namespace

int Main(int argc, char** argv) {
  ExitCleanlyOnTerminate();
  try {
    CLI::App app{
        "Index news articles (*.txt) and course records (*.json, *.jsonl) "
        "into an Annals database.",
        "annals-index"};
    app.set_version_flag("--version", core::VersionText("annals-index"));
    Options options;
    std::string db_flag;
    app.add_option("--db", db_flag,
                   "Database folder (default $ANNALS_DB or ./annals.db)");
    app.add_flag("-q,--quiet", options.quiet,
                 "No progress line and no summary");
    app.add_option("--commit-every", options.commit_every,
                   "Commit after this many documents")
        ->check(OneOrMore());
    app.add_option("--threads", options.threads,
                   "Analysis threads (default: the number of cores)")
        ->check(OneOrMore());
    app.add_option("--shards", options.shards,
                   "Write a new database as this many shards listed by a "
                   "stub file at --db")
        ->check(OneOrMore());
    app.add_flag("--incremental", options.incremental,
                 "Skip sources whose size, mtime and content are unchanged "
                 "since they were indexed");
    app.add_flag("--prune", options.prune,
                 "Delete documents whose source file is gone");
    app.add_flag("--report-terms", options.report_terms,
                 "At the end, print on stdout the abbreviations the documents "
                 "write with their expansion (\"endoscopic ultrasound (EUS)\") "
                 "that the glossary lacks, with counts: COUNT<tab>ABBR = "
                 "EXPANSION<tab>NOTE. The glossary itself is never changed");
    app.add_option("paths", options.inputs, "Files and folders to index")
        ->required();
    try {
      app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
      int code = app.exit(e);
      return code == 0 ? 0 : 2;
    }
    options.db_path = core::ResolveDatabasePath(db_flag);
    Summary summary;
    int status = RunIndexer(options, stderr, &summary);
    for (const std::string& line : summary.term_report) {
      fmt::print(stdout, "{}\n", line);
    }
    return status;
  } catch (const std::exception& e) {
    fmt::print(stderr, "annals-index: internal error: {}\n", e.what());
    return 2;
  }
}

}  // namespace annals::indexer
