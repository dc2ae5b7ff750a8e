// Opening Annals databases: the boundary where Xapian's exceptions become
// Status values, and where the schema version is checked.
#pragma once

#include <xapian.h>

#include <string>

#include "core/status.h"

namespace annals::core {

// The database path: `flag_value` if set, else $ANNALS_DB, else "annals.db".
std::string ResolveDatabasePath(const std::string& flag_value);

// Opens (creating if needed) a database for writing. Errors: kLocked when
// another writer holds it ("database is locked by another writer"),
// kIoError when the folder cannot be created or written.
Result<Xapian::WritableDatabase> OpenForWriting(const std::string& path);

// Opens an existing database (a folder, or a stub file listing shards) for
// reading. Errors: kNotFound with a hint on how to create one.
Result<Xapian::Database> OpenForReading(const std::string& path);

// A query that matches every document, made afresh. Not the shared
// Xapian::Query::MatchAll: copying a Query bumps a reference count that is
// not atomic, so threads of the web server copying that one static object
// at once corrupt it (a crash seen under a flood of /api/stats requests).
inline Xapian::Query MatchEverything() { return Xapian::Query(std::string()); }

// Runs `body`, turning any Xapian::Error into a Status "context: message".
template <typename Body>
Status CatchXapian(const std::string& context, Body&& body) {
  try {
    body();
    return Status::Ok();
  } catch (const Xapian::DatabaseLockError& e) {
    return Status(StatusCode::kLocked,
                  context + ": database is locked by another writer");
  } catch (const Xapian::Error& e) {
    return Status(StatusCode::kIoError, context + ": " + e.get_description());
  }
}

}  // namespace annals::core
