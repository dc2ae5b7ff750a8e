// What an annals-index run is asked to do: the command line as cli.cc
// parsed it, with the tuning that tests set directly.
#pragma once

#include <cstddef>
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

}  // namespace annals::indexer
