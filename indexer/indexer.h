// An indexing run: walk the sources, read them, build documents, write them,
// report progress and a summary. The exit status follows ripgrep's
// contract: 0 all indexed, 1 something failed, 2 could not run at all.
#pragma once

#include <cstdio>
#include <string>
#include <vector>

#include "indexer/options.h"

namespace annals::indexer {

struct Summary {
  size_t indexed = 0;    // new documents
  size_t replaced = 0;   // documents that replaced an earlier version
  size_t skipped = 0;    // files of other kinds
  size_t failed = 0;     // documents or files not indexed because of errors
  size_t unchanged = 0;  // sources skipped by --incremental
  size_t pruned = 0;     // documents deleted by --prune
  size_t bytes = 0;
  double seconds = 0;
  bool interrupted = false;
  // With report_terms: "COUNT\tABBR = EXPANSION\tNOTE" per pair the
  // glossary lacks, most frequent first (TermReport::Lines).
  std::vector<std::string> term_report;
};

// Runs the indexer; diagnostics go to `err`. Returns the exit status.
int RunIndexer(const Options& options, std::FILE* err, Summary* summary);

}  // namespace annals::indexer
