// Removing the temporary folders of dead runs.
#include "indexer/write/writer_leftovers.h"

#include <signal.h>

#include <cerrno>
#include <charconv>
#include <filesystem>

namespace annals::indexer {
namespace fs = std::filesystem;

namespace {

// True unless the system says no process has that id. kill(pid, 0) fails
// with EPERM for a living process of another user: alive too.
bool ProcessIsAlive(long pid) {
  if (pid <= 0) return true;
  return ::kill(static_cast<pid_t>(pid), 0) == 0 || errno != ESRCH;
}

}  // namespace

std::string TempFolderFor(const std::string& target, long pid) {
  std::string path = target;
  while (path.size() > 1 && path.back() == '/') path.pop_back();
  return path + ".tmp-" + std::to_string(pid);
}

std::vector<std::string> RemoveAbandonedTempFolders(const std::string& target) {
  fs::path pattern = TempFolderFor(target, 0);
  std::string prefix = pattern.filename().string();
  prefix.pop_back();  // "NAME.tmp-"
  fs::path base = pattern.parent_path();
  // Gathered first, removed after: a folder changing under a directory
  // iterator may or may not be listed.
  std::vector<fs::path> abandoned;
  std::error_code error;
  fs::directory_iterator it(base.empty() ? fs::path(".") : base, error);
  for (; !error && it != fs::directory_iterator(); it.increment(error)) {
    std::string name = it->path().filename().string();
    if (name.size() <= prefix.size() ||
        name.compare(0, prefix.size(), prefix) != 0)
      continue;
    long pid = 0;
    const char* last = name.data() + name.size();
    auto [end, parse_error] =
        std::from_chars(name.data() + prefix.size(), last, pid);
    if (parse_error != std::errc() || end != last || ProcessIsAlive(pid))
      continue;
    std::error_code kind_error;
    if (it->is_directory(kind_error)) abandoned.push_back(it->path());
  }
  std::vector<std::string> removed;
  for (const fs::path& folder : abandoned) {
    std::error_code remove_error;
    fs::remove_all(folder, remove_error);
    if (!remove_error) removed.push_back(folder.string());
  }
  return removed;
}

}  // namespace annals::indexer
