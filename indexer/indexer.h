// An indexing run: walk the sources, read them, build documents, write them,
// report progress and a summary. The exit status follows ripgrep's
// contract: 0 all indexed, 1 something failed, 2 could not run at all.
#pragma once

#include <cstdio>
#include <string>
#include <vector>

namespace annals::indexer {

struct Options {
  std::string db_path;              // resolved database path
  std::vector<std::string> inputs;  // files and folders
  bool quiet = false;               // no progress, no summary
  size_t commit_every = 2000;       // documents between commits
};

struct Summary {
  size_t indexed = 0;   // new documents
  size_t replaced = 0;  // documents that replaced an earlier version
  size_t skipped = 0;   // files of other kinds
  size_t failed = 0;    // documents or files not indexed because of errors
  size_t bytes = 0;
  double seconds = 0;
  bool interrupted = false;
};

// Runs the indexer; diagnostics go to `err`. Returns the exit status.
int RunIndexer(const Options& options, std::FILE* err, Summary* summary);

}  // namespace annals::indexer
