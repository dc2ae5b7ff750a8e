// For the web tests: a small database (tests/fixtures/e2e plus
// tests/fixtures/web) built in a temp folder, an in-process server on a free
// loopback port, raw HTTP requests, and the CLI's --json answers.
#pragma once

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "query/serve/web_server.h"
#include "tests/e2e/fixture_db.h"

namespace annals::testing {

struct CommandRun {
  int status = -1;
  std::string out;
  std::string err;
};

// Runs a /bin/sh command line, capturing stdout and stderr.
inline CommandRun RunCommand(const std::string& command) {
  std::string err_path = MakeTempDir("web-stderr") + "/stderr";
  CommandRun run;
  FILE* pipe = popen((command + " 2>" + err_path).c_str(), "r");
  REQUIRE(pipe != nullptr);
  char buffer[4096];
  size_t n;
  while ((n = fread(buffer, 1, sizeof buffer, pipe)) > 0)
    run.out.append(buffer, n);
  int raw = pclose(pipe);
  run.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  std::ifstream err(err_path);
  run.err.assign(std::istreambuf_iterator<char>(err), {});
  return run;
}

// Single-quoted for /bin/sh.
inline std::string ShellQuote(const std::string& text) {
  std::string quoted = "'";
  for (char c : text)
    quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return quoted + "'";
}

// A database of the e2e and web fixtures, built by the real indexer.
inline std::string BuildWebDb() {
  std::string path = MakeTempDir("web") + "/annals.db";
  std::string fixtures = ANNALS_FIXTURES_DIR;
  CommandRun run = RunCommand(std::string(ANNALS_INDEX_BIN) + " --quiet --db " +
                              path + " " + fixtures + "/e2e/news " + fixtures +
                              "/e2e/records " + fixtures + "/web/news");
  INFO(run.err);
  REQUIRE(run.status <= 1);  // e2e/records has one bad record on purpose
  return path;
}

// annals-query ARGS --json over `db`, word by word.
inline CommandRun CliJson(const std::string& db,
                          const std::vector<std::string>& args) {
  std::string command = std::string(ANNALS_QUERY_BIN) + " --db " + db;
  for (const std::string& arg : args) command += " " + ShellQuote(arg);
  return RunCommand(command + " --json");
}

// A WebServer running on its own thread until destroyed.
class RunningServer {
 public:
  explicit RunningServer(const std::string& db_path)
      : server_(query::ServeOptions{db_path, "127.0.0.1", 0}) {
    core::Status started = server_.Start();
    INFO(started.message());
    REQUIRE(started.ok());
    thread_ = std::thread([this] { server_.Run(); });
  }
  ~RunningServer() {
    server_.Stop();
    thread_.join();
  }
  int port() const { return server_.port(); }

 private:
  query::WebServer server_;
  std::thread thread_;
};

struct RawAnswer {
  int status = 0;  // 0: no answer
  std::string head;
  std::string body;
};

// Sends `target` as is (no client-side normalising) in a GET request to
// 127.0.0.1:port and reads the whole answer.
inline RawAnswer RawGet(int port, const std::string& target) {
  RawAnswer answer;
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  if (fd < 0) return answer;
  timeval timeout{5, 0};
  ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
  ::setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, sizeof timeout);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(static_cast<uint16_t>(port));
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) ==
      0) {
    std::string request = "GET " + target +
                          " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                          "Connection: close\r\n\r\n";
    size_t sent = 0;
    while (sent < request.size()) {
      ssize_t n = ::send(fd, request.data() + sent, request.size() - sent,
                         MSG_NOSIGNAL);
      if (n <= 0) break;
      sent += static_cast<size_t>(n);
    }
    std::string raw;
    char buffer[4096];
    ssize_t n;
    while ((n = ::recv(fd, buffer, sizeof buffer, 0)) > 0) {
      raw.append(buffer, static_cast<size_t>(n));
    }
    size_t end = raw.find("\r\n\r\n");
    if (raw.starts_with("HTTP/1.1 ") && end != raw.npos) {
      answer.status = std::stoi(raw.substr(9, 3));
      answer.head = raw.substr(0, end);
      answer.body = raw.substr(end + 4);
    }
  }
  ::close(fd);
  return answer;
}

}  // namespace annals::testing
