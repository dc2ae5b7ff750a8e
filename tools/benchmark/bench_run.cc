// Child processes and disk sizes for tools/bench.
#include "tools/benchmark/bench_run.h"

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>

namespace annals::tools {

RunStats RunChild(const std::vector<std::string>& argv, bool quiet) {
  RunStats stats;
  std::vector<char*> args;
  for (const std::string& arg : argv)
    args.push_back(const_cast<char*>(arg.c_str()));
  args.push_back(nullptr);
  auto start = std::chrono::steady_clock::now();
  pid_t pid = fork();
  if (pid < 0) return stats;
  if (pid == 0) {
    int null = open("/dev/null", O_WRONLY);
    dup2(null, 1);
    if (quiet) dup2(null, 2);
    execv(args[0], args.data());
    _exit(127);
  }
  int status = 0;
  struct rusage usage {};
  wait4(pid, &status, 0, &usage);
  stats.wall_seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
          .count();
  auto seconds = [](const timeval& t) { return t.tv_sec + t.tv_usec / 1e6; };
  stats.cpu_seconds = seconds(usage.ru_utime) + seconds(usage.ru_stime);
  stats.peak_rss_mb = usage.ru_maxrss / 1024.0;
  stats.exit_status = WIFEXITED(status) ? WEXITSTATUS(status) : 128;
  return stats;
}

double DiskBytes(const std::string& path) {
  namespace fs = std::filesystem;
  std::error_code error;
  if (fs::is_regular_file(path, error)) return fs::file_size(path, error);
  double total = 0;
  for (auto it = fs::recursive_directory_iterator(path, error);
       it != fs::recursive_directory_iterator(); it.increment(error)) {
    if (it->is_regular_file(error)) total += it->file_size(error);
  }
  return total;
}

}  // namespace annals::tools
