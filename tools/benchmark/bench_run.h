// Running a child program for tools/bench: wall time, CPU time and peak RSS
// from wait4's rusage of that child.
#pragma once

#include <string>
#include <vector>

namespace annals::tools {

struct RunStats {
  int exit_status = -1;
  double wall_seconds = 0;
  double cpu_seconds = 0;  // user + system of the child
  double peak_rss_mb = 0;
};

// Runs argv[0] with stdout and stderr sent to /dev/null (unless `quiet` is
// false, then stderr is kept).
RunStats RunChild(const std::vector<std::string>& argv, bool quiet = true);

// Total size in bytes of the regular files under `path` (a file or folder).
double DiskBytes(const std::string& path);

}  // namespace annals::tools
