// The clock of a tool that times only a part of its run for tools/bench
// (writer_ceiling, analysis_floor: their reading of the documents is left
// out), and the line it hands back.
#pragma once

#include <sys/resource.h>

#include <chrono>
#include <cstddef>
#include <cstdio>

namespace annals::tools {

class SelfTiming {
 public:
  SelfTiming()
      : wall_start_(std::chrono::steady_clock::now()),
        cpu_start_(CpuSeconds()) {}

  // Writes "documents wall-seconds CPU-seconds" (since construction) to the
  // file `path`, as tools/bench reads it. False, said on stderr with
  // `tool`'s name, when the file cannot be written.
  bool Report(const char* tool, const char* path, size_t documents) const {
    double wall = std::chrono::duration<double>(
                      std::chrono::steady_clock::now() - wall_start_)
                      .count();
    double cpu = CpuSeconds() - cpu_start_;
    std::FILE* out = std::fopen(path, "w");
    if (!out) {
      std::fprintf(stderr, "%s: cannot write %s\n", tool, path);
      return false;
    }
    std::fprintf(out, "%zu %.3f %.3f\n", documents, wall, cpu);
    return std::fclose(out) == 0;
  }

 private:
  static double CpuSeconds() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec +
           (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
  }

  std::chrono::steady_clock::time_point wall_start_;
  double cpu_start_;
};

}  // namespace annals::tools
