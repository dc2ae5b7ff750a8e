// Opening databases for reading and writing.
#include "core/database.h"

#include <cstdlib>
#include <filesystem>
#include <system_error>

#include "core/schema.h"

namespace annals::core {

std::string ResolveDatabasePath(const std::string& flag_value) {
  if (!flag_value.empty()) return flag_value;
  const char* env = std::getenv("ANNALS_DB");
  if (env != nullptr && *env != '\0') return env;
  return "annals.db";
}

Result<Xapian::WritableDatabase> OpenForWriting(const std::string& path) {
  Xapian::WritableDatabase db;
  Status status = CatchXapian(path, [&] {
    db = Xapian::WritableDatabase(path, Xapian::DB_CREATE_OR_OPEN);
    std::string version =
        db.get_metadata(std::string(schema::kMetaSchemaVersion));
    if (version.empty()) {
      db.set_metadata(std::string(schema::kMetaSchemaVersion),
                      std::to_string(schema::kSchemaVersion));
      db.set_metadata(std::string(schema::kMetaPersonTerms), "1");
      db.set_metadata(std::string(schema::kMetaConceptTerms), "1");
      db.set_metadata(std::string(schema::kMetaNameTerms), "1");
    }
  });
  if (!status.ok()) return status;
  std::string version =
      db.get_metadata(std::string(schema::kMetaSchemaVersion));
  if (version != std::to_string(schema::kSchemaVersion)) {
    return Status::Invalid(path + ": database has schema version " + version +
                           ", this program writes version " +
                           std::to_string(schema::kSchemaVersion) +
                           "; index into a new database");
  }
  return db;
}

Result<Xapian::Database> OpenForReading(const std::string& path) {
  std::error_code error;
  if (!std::filesystem::exists(path, error)) {
    return Status::NotFound(
        path + ": no such database; create one with: annals-index --db " +
        path + " FILES...");
  }
  // Opening reads the latest revision's tables; a writer that commits twice
  // meanwhile reuses their blocks, which Xapian 1.4 reports as
  // DatabaseModifiedError or, when it meets a reused block first, as
  // DatabaseCorruptError ("Expected block N to be level 1, not 0"). Both
  // pass by opening again; a truly corrupt database fails every attempt.
  constexpr int kOpenAttempts = 20;
  Xapian::Database db;
  Status status;
  for (int attempt = 1; attempt <= kOpenAttempts; ++attempt) {
    bool raced = false;
    status = CatchXapian(path, [&] {
      try {
        db = Xapian::Database(path);
      } catch (const Xapian::DatabaseModifiedError&) {
        if (attempt == kOpenAttempts) throw;
        raced = true;
      } catch (const Xapian::DatabaseCorruptError&) {
        if (attempt == kOpenAttempts) throw;
        raced = true;
      }
    });
    if (!raced) break;
  }
  if (!status.ok()) return status;
  return db;
}

}  // namespace annals::core
