// Writing documents into the database (or its shards).
#include "indexer/write/writer.h"

#include <utility>
#include <vector>

#include "core/database.h"
#include "core/glossary.h"
#include "core/schema.h"
#include "indexer/write/writer_test_hold.h"

namespace annals::indexer {

template <typename Body>
core::Status Writer::Guarded(const std::string& context, Body&& body) {
  core::Status status = core::CatchXapian(context, std::forward<Body>(body));
  if (!status.ok()) failed_ = true;
  return status;
}

size_t ShardOf(const std::string& id_term, size_t shards) {
  uint64_t hash = 0xcbf29ce484222325ULL;
  for (unsigned char c : id_term) hash = (hash ^ c) * 0x100000001b3ULL;
  return shards <= 1 ? 0 : static_cast<size_t>(hash % shards);
}

core::Status WriteLexicon(const std::string& path) {
  auto writer = Writer::Open(path, {});
  if (!writer.ok()) return writer.status();
  ANNALS_RETURN_IF_ERROR(writer->WriteSynonyms());
  return writer->Close();
}

core::Result<Writer> Writer::Open(const std::vector<std::string>& paths,
                                  WriterOptions options) {
  std::vector<Xapian::WritableDatabase> dbs;
  for (const std::string& path : paths) {
    auto db = core::OpenForWriting(path);
    if (!db.ok()) return db.status();
    dbs.push_back(std::move(db).value());
  }
  return Writer(paths, std::move(dbs), options);
}

core::Status Writer::Add(const BuiltDocument& built, bool* replaced,
                         size_t source_bytes) {
  size_t shard = ShardOf(built.id_term, dbs_.size());
  Xapian::WritableDatabase& db = dbs_[shard];
  core::Status status = Guarded(paths_[shard], [&] {
    *replaced = db.term_exists(built.id_term);
    if (*replaced) {
      db.replace_document(built.id_term, built.document);
    } else {
      db.add_document(built.document);
    }
  });
  ANNALS_RETURN_IF_ERROR(status);
  // The same counts add_spelling once per word per document would give.
  for (const std::string& word : built.spelling_words) ++spelling_[shard][word];
  uncommitted_bytes_ += source_bytes;
  if (++uncommitted_ >= options_.commit_every_documents ||
      uncommitted_bytes_ >= options_.commit_every_bytes)
    return Commit();
  return core::Status::Ok();
}

core::Result<size_t> Writer::DeleteByTerm(const std::string& term) {
  size_t count = 0;
  for (size_t shard = 0; shard < dbs_.size(); ++shard) {
    Xapian::WritableDatabase& db = dbs_[shard];
    core::Status status = Guarded(paths_[shard], [&] {
      count += db.get_termfreq(term);
      if (db.term_exists(term)) db.delete_document(term);
    });
    if (!status.ok()) return status;
  }
  ++uncommitted_;
  return count;
}

core::Status Writer::DeleteStale(const std::string& source_term,
                                 const std::set<std::string>& keep) {
  const std::string id_prefix(core::schema::kPrefixId);
  for (size_t shard = 0; shard < dbs_.size(); ++shard) {
    Xapian::WritableDatabase& db = dbs_[shard];
    core::Status status = Guarded(paths_[shard], [&] {
      std::vector<Xapian::docid> stale;
      for (auto it = db.postlist_begin(source_term);
           it != db.postlist_end(source_term); ++it) {
        auto term = db.termlist_begin(*it);
        term.skip_to(id_prefix);
        bool kept = term != db.termlist_end(*it) && keep.count(*term) > 0;
        if (!kept) stale.push_back(*it);
      }
      for (Xapian::docid id : stale) db.delete_document(id);
    });
    ANNALS_RETURN_IF_ERROR(status);
  }
  return core::Status::Ok();
}

core::Status Writer::Commit() {
  uncommitted_ = 0;
  uncommitted_bytes_ = 0;
  for (size_t shard = 0; shard < dbs_.size(); ++shard) {
    Xapian::WritableDatabase& db = dbs_[shard];
    core::Status status = Guarded(paths_[shard] + ": commit", [&] {
      for (const auto& [word, count] : spelling_[shard])
        db.add_spelling(word, count);
      spelling_[shard].clear();
      db.commit();
    });
    ANNALS_RETURN_IF_ERROR(status);
  }
  HoldForTest("batch");
  return core::Status::Ok();
}

namespace {

// See schema::kMetaKeyWordsPrefix.
void WriteKeyWords(const std::string& key, const std::string& spaced,
                   Xapian::WritableDatabase* db) {
  std::string name = std::string(core::schema::kMetaKeyWordsPrefix) + key;
  if (spaced.empty() || name.size() > core::schema::kMaxTermBytes) return;
  db->set_metadata(name, spaced);
}

}  // namespace

core::Status Writer::WriteSynonyms() {
  const core::Glossary& glossary = core::Glossary::Default();
  for (size_t shard = 0; shard < dbs_.size(); ++shard) {
    Xapian::WritableDatabase& db = dbs_[shard];
    core::Status status = Guarded(paths_[shard], [&] {
      for (const auto& forms : glossary.concepts()) {
        for (const std::string& key : forms) {
          db.clear_synonyms(key);
          for (const std::string& other : forms) {
            if (other != key) db.add_synonym(key, other);
          }
          WriteKeyWords(key, glossary.SpacedKey(key), &db);
        }
      }
    });
    ANNALS_RETURN_IF_ERROR(status);
  }
  return core::Status::Ok();
}

size_t Writer::DocumentCount() const {
  size_t count = 0;
  for (const auto& db : dbs_) count += db.get_doccount();
  return count;
}

Writer::~Writer() {
  if (failed_) {
    // Reachable until exit, so leak checkers do not count it.
    static auto* abandoned = new std::vector<Xapian::WritableDatabase>();
    for (Xapian::WritableDatabase& db : dbs_) abandoned->push_back(db);
    return;
  }
  for (Xapian::WritableDatabase& db : dbs_) {
    try {
      db.close();
    } catch (const Xapian::Error&) {
      // Close() was not called and the implicit commit failed; the last
      // commit stands.
    }
  }
}

core::Status Writer::Close() {
  ANNALS_RETURN_IF_ERROR(Commit());
  for (size_t shard = 0; shard < dbs_.size(); ++shard) {
    ANNALS_RETURN_IF_ERROR(
        Guarded(paths_[shard], [&] { dbs_[shard].close(); }));
  }
  return core::Status::Ok();
}

}  // namespace annals::indexer
