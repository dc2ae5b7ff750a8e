// Running the real binaries from reliability tests: a shell command to
// completion, or a child process in the background that a test signals.
#pragma once

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <catch2/catch.hpp>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "tests/e2e/fixture_db.h"

extern char** environ;

namespace annals::testing {

struct Run {
  int status = -1;  // exit status, or 128 + signal number
  std::string out;
  std::string err;
};

// The exit status of a waitpid() result, shells' way: 128 + N for signal N.
inline int ExitStatus(int raw) {
  if (WIFEXITED(raw)) return WEXITSTATUS(raw);
  if (WIFSIGNALED(raw)) return 128 + WTERMSIG(raw);
  return -1;
}

inline std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

// Runs a /bin/sh command line to completion, capturing stdout and stderr.
inline Run Shell(const std::string& command) {
  std::string err_path = MakeTempDir("stderr") + "/stderr";
  Run run;
  std::unique_ptr<FILE, int (*)(FILE*)> pipe(
      popen((command + " 2>" + err_path).c_str(), "r"), pclose);
  REQUIRE(pipe);
  std::array<char, 4096> buffer{};
  size_t n;
  while ((n = fread(buffer.data(), 1, buffer.size(), pipe.get())) > 0) {
    run.out.append(buffer.data(), n);
  }
  int raw = pclose(pipe.release());
  // popen runs `sh -c`, which reports a signalled child as 128 + N itself.
  run.status = ExitStatus(raw);
  run.err = ReadFile(err_path);
  return run;
}

// A child process running in the background, stdout and stderr to files.
class Child {
 public:
  Child(const std::vector<std::string>& argv, const std::string& log_dir)
      : out_path_(log_dir + "/stdout"), err_path_(log_dir + "/stderr") {
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, out_path_.c_str(),
                                     O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_addopen(&actions, 2, err_path_.c_str(),
                                     O_WRONLY | O_CREAT | O_TRUNC, 0644);
    std::vector<char*> args;
    for (const std::string& arg : argv) {
      args.push_back(const_cast<char*>(arg.c_str()));
    }
    args.push_back(nullptr);
    int error =
        posix_spawn(&pid_, args[0], &actions, nullptr, args.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    REQUIRE(error == 0);
  }
  ~Child() {
    if (pid_ > 0) {
      ::kill(pid_, SIGKILL);
      Wait();
    }
  }
  Child(const Child&) = delete;
  Child& operator=(const Child&) = delete;

  void Signal(int signal_number) const { ::kill(pid_, signal_number); }

  // True when the child has exited (then status() is set).
  bool Exited() {
    if (pid_ <= 0) return true;
    int raw = 0;
    if (waitpid(pid_, &raw, WNOHANG) != pid_) return false;
    status_ = ExitStatus(raw);
    pid_ = -1;
    return true;
  }
  // Waits for the child; returns its exit status (128 + N for signal N).
  int Wait() {
    if (pid_ > 0) {
      int raw = 0;
      waitpid(pid_, &raw, 0);
      status_ = ExitStatus(raw);
      pid_ = -1;
    }
    return status_;
  }
  int status() const { return status_; }
  std::string out() const { return ReadFile(out_path_); }
  std::string err() const { return ReadFile(err_path_); }

 private:
  std::string out_path_, err_path_;
  pid_t pid_ = -1;
  int status_ = -1;
};

// Polls `ready()` every 20 ms while `child` runs: true once it holds, false
// when the child exited first or a minute went by.
template <typename Ready>
bool WaitUntil(Child& child, Ready&& ready) {
  for (int k = 0; k < 3000; ++k) {
    if (ready()) return true;
    if (child.Exited()) return false;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  return false;
}

}  // namespace annals::testing
