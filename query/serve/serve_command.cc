// annals-query serve: the web page and its JSON API until SIGINT/SIGTERM.
#include <fmt/format.h>
#include <pthread.h>
#include <signal.h>

#include <atomic>
#include <thread>

#include "query/commands.h"
#include "query/serve/web_server.h"

namespace annals::query {

int RunServe(int /*argc*/, char** /*argv*/, const CommonOptions& common,
             const std::string& host, int port) {
  if (port < 0 || port > 65535) {
    fmt::print(stderr, "annals-query: --port: {} is not a port (0..65535)\n",
               port);
    return 2;
  }
  ServeOptions options;
  options.db_path = common.db_path;
  options.host = host;
  options.port = port;
  WebServer server(options);
  if (core::Status started = server.Start(); !started.ok()) {
    fmt::print(stderr, "annals-query: {}\n", started.message());
    return 2;
  }
  // SIGINT and SIGTERM go to one waiting thread (the server's threads inherit
  // the mask), which stops the server: no work in a signal handler.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);
  std::atomic<bool> done{false};
  std::thread waiter([&] {
    int signal_number = 0;
    sigwait(&signals, &signal_number);
    if (!done) server.Stop();
  });
  std::string shown_host =
      host.find(':') != host.npos ? "[" + host + "]" : host;
  fmt::print(stderr, "annals-query: serving {} on http://{}:{}/\n",
             common.db_path, shown_host, server.port());
  std::fflush(stderr);
  server.Run();
  done = true;
  pthread_kill(waiter.native_handle(), SIGTERM);  // wakes it if still waiting
  waiter.join();
  return 0;
}

}  // namespace annals::query
