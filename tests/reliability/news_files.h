// Many small, valid news articles written into a temporary folder, for tests
// that need an indexing run long enough to interrupt.
#pragma once

#include <xapian.h>

#include <cstdio>
#include <fstream>
#include <string>

#include "core/schema.h"

namespace annals::testing {

// The id (path without extension) of the k-th generated article.
inline std::string NewsId(int k) {
  char name[32];
  std::snprintf(name, sizeof name, "n%05d", k);
  return name;
}

// Writes `count` articles n00000.txt ... into `dir`.
inline void WriteNewsFiles(const std::string& dir, int count) {
  for (int k = 0; k < count; ++k) {
    std::ofstream(dir + "/" + NewsId(k) + ".txt")
        << "Workshop number " << k << " on ERCP and EUS\n"
        << "date:2020/" << 1 + k % 12 << "/" << 1 + k % 28 << " hot:" << k
        << "\nOn May 3 the endoscopy centre held training session " << k
        << " for trainees from Thailand.\n";
  }
}

// How many documents have the id term of `id` (0, or 1 when present once).
inline Xapian::doccount IdCount(const Xapian::Database& db,
                                const std::string& id) {
  return db.get_termfreq(std::string(core::schema::kPrefixId) + id);
}

// The document count of the database at `path`, 0 when it cannot be opened
// (yet).
inline Xapian::doccount DocCount(const std::string& path) {
  try {
    return Xapian::Database(path).get_doccount();
  } catch (const Xapian::Error&) {
    return 0;
  }
}

}  // namespace annals::testing
