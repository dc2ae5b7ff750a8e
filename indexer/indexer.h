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
  unsigned threads = 0;             // analysis workers; 0: the core count
  size_t shards = 0;          // 0: keep the database's layout (new: 1 folder)
  bool incremental = false;   // skip sources unchanged since indexed
  bool prune = false;         // delete documents whose source file is gone
  bool report_terms = false;  // list abbreviations the glossary lacks
  // A new database is written in segments merged as they pile up (see
  // indexer/write/new_database.cc); tests make them small.
  size_t segment_documents = 1000;
  size_t merge_fan_in = 16;
};

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
