// Writing documents into the database.
#include "indexer/writer.h"

#include "core/database.h"
#include "core/glossary.h"

namespace annals::indexer {

core::Result<Writer> Writer::Open(const std::string& path,
                                  WriterOptions options) {
  auto db = core::OpenForWriting(path);
  if (!db.ok()) return db.status();
  return Writer(path, std::move(db).value(), options);
}

core::Status Writer::Add(const BuiltDocument& built, bool* replaced) {
  core::Status status = core::CatchXapian(path_, [&] {
    *replaced = db_.term_exists(built.id_term);
    db_.replace_document(built.id_term, built.document);
    for (const std::string& word : built.spelling_words) db_.add_spelling(word);
  });
  ANNALS_RETURN_IF_ERROR(status);
  if (++uncommitted_ >= options_.commit_every_documents) return Commit();
  return core::Status::Ok();
}

core::Status Writer::Commit() {
  uncommitted_ = 0;
  return core::CatchXapian(path_ + ": commit", [&] { db_.commit(); });
}

core::Status Writer::WriteSynonyms() {
  const core::Glossary& glossary = core::Glossary::Default();
  return core::CatchXapian(path_, [&] {
    for (const auto& forms : glossary.concepts()) {
      for (const std::string& key : forms) {
        db_.clear_synonyms(key);
        for (const std::string& other : forms) {
          if (other != key) db_.add_synonym(key, other);
        }
      }
    }
  });
}

}  // namespace annals::indexer
