// The one writer of a database: replace-by-id, batched commits, statistics.
// Every Xapian call of the indexer's write path is here.
#pragma once

#include <xapian.h>

#include <string>

#include "core/status.h"
#include "indexer/document_builder.h"

namespace annals::indexer {

struct WriterOptions {
  size_t commit_every_documents = 2000;  // commit after this many changes
};

class Writer {
 public:
  // Opens or creates the database. Errors: kLocked, kIoError.
  static core::Result<Writer> Open(const std::string& path,
                                   WriterOptions options);

  // Adds or replaces the document with the same id term; sets *replaced.
  core::Status Add(const BuiltDocument& built, bool* replaced);
  // Makes everything added so far durable.
  core::Status Commit();
  // Records the glossary's synonym sets (idempotent).
  core::Status WriteSynonyms();

  const std::string& path() const { return path_; }

 private:
  Writer(std::string path, Xapian::WritableDatabase db, WriterOptions options)
      : path_(std::move(path)), db_(std::move(db)), options_(options) {}

  std::string path_;
  Xapian::WritableDatabase db_;
  WriterOptions options_;
  size_t uncommitted_ = 0;
};

}  // namespace annals::indexer
