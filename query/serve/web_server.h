// The HTTP server of `annals-query serve`: the JSON API (web_api.h) and the
// embedded page (web_assets.h) over one read-only database.
#pragma once

#include <memory>
#include <string>

#include "core/status.h"

namespace annals::query {

struct ServeOptions {
  std::string db_path;             // resolved
  std::string host = "127.0.0.1";  // loopback unless told otherwise
  int port = 8080;                 // 0: a free port, see WebServer::port()
};

// Thread-safe: requests are served from a pool of threads, API requests on
// sets of database handles of their own, up to one set per core (2 to 8);
// a set's database is reopened (to the indexer's last commit) before each
// API request.
class WebServer {
 public:
  explicit WebServer(ServeOptions options);
  ~WebServer();
  WebServer(const WebServer&) = delete;
  WebServer& operator=(const WebServer&) = delete;

  // Opens the database and binds the socket. Errors: kNotFound for a
  // missing database, kIoError when the address cannot be bound.
  core::Status Start();
  // The port bound. REQUIRES: Start() succeeded.
  int port() const;
  // Serves until Stop(). REQUIRES: Start() succeeded.
  void Run();
  // Ends Run() (from any thread), also when it has not begun yet.
  // REQUIRES: Run() is called, or Start() failed.
  void Stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace annals::query
