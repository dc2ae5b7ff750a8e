// Where a database's documents live: one folder, or K shard folders listed
// by a Xapian stub database file ("auto PATH" lines, PATH relative to the
// stub) that annals-query opens as one database. Also the compaction that
// merges temporary worker databases into them.
#pragma once

#include <string>
#include <vector>

#include "core/status.h"

namespace annals::indexer {

struct ShardLayout {
  std::string target;               // the --db path (a folder or a stub)
  bool stub = false;                // target is a stub file
  std::vector<std::string> shards;  // database folders, in shard order
  // A stub's document-less database holding the glossary synonyms, listed
  // first: remote shards (xapian-tcpsrv) serve no synonyms, so a stub that
  // points at them keeps this one local. "" for a plain folder.
  std::string lexicon;
};

// The layout of `target`: an existing stub's shards, an existing folder, or
// for a new target `requested` shards (0 or 1: a plain folder; K > 1: a stub
// and folders TARGET.shards/NN, plus TARGET.shards/lexicon). Errors:
// kInvalidInput when `requested` contradicts an existing target or a stub entry
// is not a local folder.
core::Result<ShardLayout> ResolveShardLayout(const std::string& target,
                                             size_t requested);

// Writes the stub file listing the layout's lexicon and shards.
core::Status WriteStub(const ShardLayout& layout);

// True when no shard holds a document (or none exists yet).
bool LayoutIsEmpty(const ShardLayout& layout);

// Merges `sources` (databases, docids renumbered in order) into a new
// database at `destination` (which must not exist) with Xapian compaction.
core::Status CompactInto(const std::vector<std::string>& sources,
                         const std::string& destination);

}  // namespace annals::indexer
