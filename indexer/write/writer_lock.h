// One annals-index at a time per database. Xapian's own lock lives inside a
// database folder, but a run that builds a new database publishes it by
// replacing that folder (and a sharded one writes its stub file last), so
// for a while no folder holds a lock a second writer would meet; a second
// writer that reads an existing database before asking for Xapian's lock
// meets the first one's commits instead (DatabaseModifiedError). This lock
// is a file beside the target, taken before the target is even looked at
// and held until the run ends, whatever happens to the folders meanwhile.
#pragma once

#include <string>

#include "core/status.h"

namespace annals::indexer {

class WriterLock {
 public:
  // Takes the lock of `target` (the --db path) without waiting. Errors:
  // kLocked "TARGET: database is locked by another writer" when another
  // process (or another run in this one) holds it; kIoError when the lock
  // file cannot be made for another reason than a read-only folder (there
  // the lock is skipped: nothing could be created beside the target, and
  // Xapian's lock still guards an existing database).
  static core::Result<WriterLock> Acquire(const std::string& target);

  WriterLock(WriterLock&& other) noexcept;
  WriterLock& operator=(WriterLock&& other) noexcept;
  WriterLock(const WriterLock&) = delete;
  WriterLock& operator=(const WriterLock&) = delete;
  // Removes the lock file, then releases the lock.
  ~WriterLock();

  // "TARGET.lock".
  static std::string PathFor(const std::string& target);

 private:
  WriterLock(std::string path, int fd) : path_(std::move(path)), fd_(fd) {}
  void Release();

  std::string path_;
  int fd_ = -1;  // -1: not held (moved from, or skipped on a read-only folder)
};

}  // namespace annals::indexer
