// A writer of one database or of the shards of one: replace-by-id into the
// shard chosen by a hash of the id, spelling words added once per batch with
// their counts, commits every N documents or M bytes of input, statistics.
// Every Xapian call of the indexer's write path is here and in shards.cc.
#pragma once

#include <xapian.h>

#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "core/status.h"
#include "indexer/document_builder.h"

namespace annals::indexer {

struct WriterOptions {
  size_t commit_every_documents = 2000;  // commit after this many changes
  size_t commit_every_bytes = 64 << 20;  // ... or this much source text
};

class Writer {
 public:
  // Opens or creates the databases, one per shard (documents go to shard
  // ShardOf(id term)). Errors: kLocked, kIoError, kInvalidInput.
  static core::Result<Writer> Open(const std::vector<std::string>& paths,
                                   WriterOptions options);
  static core::Result<Writer> Open(const std::string& path,
                                   WriterOptions options) {
    return Open(std::vector<std::string>{path}, options);
  }

  // Adds or replaces the document with the same id term; sets *replaced.
  // `source_bytes` counts towards the commit threshold.
  core::Status Add(const BuiltDocument& built, bool* replaced,
                   size_t source_bytes = 0);
  // Deletes every document indexed with `term` (an id or a source term);
  // returns how many there were.
  core::Result<size_t> DeleteByTerm(const std::string& term);
  // Deletes the documents with `source_term` whose id term is not in `keep`.
  core::Status DeleteStale(const std::string& source_term,
                           const std::set<std::string>& keep);
  // Makes everything added so far durable.
  core::Status Commit();
  // Records the glossary's synonym sets in every shard (idempotent).
  core::Status WriteSynonyms();
  // Documents in all shards (committed or not).
  size_t DocumentCount() const;
  // Closes the databases (after a commit), releasing their locks.
  core::Status Close();

  const std::string& path() const { return paths_.front(); }

  Writer(Writer&&) = default;
  Writer& operator=(Writer&&) = default;
  // Closes what Close() did not. After a failed write the handles are kept
  // open until the process ends: Xapian 1.4 retries the failed flush when a
  // database is closed or destroyed, and the exception it throws there ends
  // the process (std::terminate). The last commit stands either way.
  ~Writer();

 private:
  Writer(std::vector<std::string> paths,
         std::vector<Xapian::WritableDatabase> dbs, WriterOptions options)
      : paths_(std::move(paths)),
        dbs_(std::move(dbs)),
        options_(options),
        spelling_(dbs_.size()) {}

  // core::CatchXapian that remembers a failure: see ~Writer.
  template <typename Body>
  core::Status Guarded(const std::string& context, Body&& body);

  std::vector<std::string> paths_;
  std::vector<Xapian::WritableDatabase> dbs_;
  bool failed_ = false;
  WriterOptions options_;
  std::vector<std::map<std::string, Xapian::termcount>> spelling_;
  size_t uncommitted_ = 0;
  size_t uncommitted_bytes_ = 0;
};

// Creates or updates a document-less database holding the glossary's
// synonyms (a sharded layout's lexicon).
core::Status WriteLexicon(const std::string& path);

// The shard of a document: a stable hash (FNV-1a) of its id term, modulo
// `shards`.
size_t ShardOf(const std::string& id_term, size_t shards);

}  // namespace annals::indexer
