// The two ways a run writes its documents, both with parallel analysis:
// into a new (or empty) database, each worker writing its own temporary
// databases that are compacted into the target at the end; or into a
// database that has documents, one writer replacing documents by id.
#pragma once

#include <functional>
#include <map>
#include <string>

#include "core/status.h"
#include "indexer/document_builder.h"
#include "indexer/file_job.h"
#include "indexer/indexer.h"
#include "indexer/sources/walk.h"
#include "indexer/write/incremental.h"
#include "indexer/write/shards.h"

namespace annals::indexer {

struct IndexRun {
  const Options& options;
  const std::vector<SourceFile>& files;
  const ShardLayout& layout;
  const std::map<std::string, StoredSource>& stored;  // empty when new
  const DocumentBuilder& builder;
  unsigned threads = 1;
  // Called in file order once a file is written: reports its messages and
  // progress; returns false to stop starting files (interrupted).
  std::function<bool(const FileOutcome&)> report;
};

// REQUIRES: LayoutIsEmpty(run.layout). Adds to summary's indexed/replaced.
core::Status IndexIntoNewDatabase(const IndexRun& run, Summary* summary);

// Replaces by id into the existing shards; skips unchanged sources when
// options.incremental, deletes documents of vanished sources with
// options.prune.
core::Status IndexIntoExistingDatabase(const IndexRun& run, Summary* summary);

}  // namespace annals::indexer
