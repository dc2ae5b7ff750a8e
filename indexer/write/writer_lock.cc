// The writer lock file: flock() on TARGET.lock.
#include "indexer/write/writer_lock.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <utility>

namespace annals::indexer {

std::string WriterLock::PathFor(const std::string& target) {
  std::string path = target;
  while (path.size() > 1 && path.back() == '/') path.pop_back();
  return path + ".lock";
}

core::Result<WriterLock> WriterLock::Acquire(const std::string& target) {
  std::string path = PathFor(target);
  // The holder removes the file as it finishes; a lock taken on a file that
  // was removed meanwhile guards nothing, so check the name still leads to
  // the locked file, and start again if not.
  for (int attempt = 0; attempt < 1000; ++attempt) {
    int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0) {
      if (errno == EACCES || errno == EROFS) return WriterLock("", -1);
      return core::Status::IoError(target + ": " + std::strerror(errno));
    }
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
      int error = errno;
      ::close(fd);
      if (error == EWOULDBLOCK)
        return core::Status(core::StatusCode::kLocked,
                            target + ": database is locked by another writer");
      return core::Status::IoError(path + ": " + std::strerror(error));
    }
    struct stat held {};
    struct stat named {};
    if (::fstat(fd, &held) == 0 && ::stat(path.c_str(), &named) == 0 &&
        held.st_dev == named.st_dev && held.st_ino == named.st_ino) {
      return WriterLock(std::move(path), fd);
    }
    ::close(fd);
  }
  return core::Status::IoError(path + ": the lock file keeps changing");
}

WriterLock::WriterLock(WriterLock&& other) noexcept
    : path_(std::move(other.path_)), fd_(std::exchange(other.fd_, -1)) {}

WriterLock& WriterLock::operator=(WriterLock&& other) noexcept {
  if (this != &other) {
    Release();
    path_ = std::move(other.path_);
    fd_ = std::exchange(other.fd_, -1);
  }
  return *this;
}

WriterLock::~WriterLock() { Release(); }

void WriterLock::Release() {
  if (fd_ < 0) return;
  // Removed while still held, so that no one locks a file about to vanish.
  ::unlink(path_.c_str());
  ::close(fd_);
  fd_ = -1;
}

}  // namespace annals::indexer
