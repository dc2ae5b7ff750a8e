// serve-load DB QUERIES CLIENTS ROUNDS: the web server under load. Starts
// annals-query serve's WebServer in-process on DB (port chosen by the
// system), then CLIENTS threads each send every line of QUERIES (the bench
// mix: "search|person|facets TAB text") ROUNDS times as API requests, each
// client starting at its own place in the list. Prints requests per second
// and the latency percentiles of all requests, as seen by the clients.
#include <httplib.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "query/serve/web_server.h"
#include "tools/benchmark/bench_query.h"

namespace {

// The API request the web page would send for a line of the mix.
std::string Target(const annals::tools::MixQuery& q) {
  std::string text = httplib::detail::encode_query_param(q.text);
  if (q.kind == "person") return "/api/person?name=" + text;
  if (q.kind == "facets") return "/api/search?facets=1&q=" + text;
  return "/api/search?q=" + text;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 5) {
    std::fprintf(stderr, "usage: serve-load DB QUERIES CLIENTS ROUNDS\n");
    return 2;
  }
  std::vector<std::string> targets;
  for (const auto& q : annals::tools::ReadQueries(argv[2]))
    targets.push_back(Target(q));
  int clients = std::max(1, std::atoi(argv[3]));
  int rounds = std::max(1, std::atoi(argv[4]));
  if (targets.empty()) {
    std::fprintf(stderr, "serve-load: no queries in %s\n", argv[2]);
    return 2;
  }
  annals::query::WebServer server({argv[1], "127.0.0.1", 0});
  annals::core::Status started = server.Start();
  if (!started.ok()) {
    std::fprintf(stderr, "serve-load: %s\n", started.message().c_str());
    return 2;
  }
  std::thread serving([&] { server.Run(); });
  // One warm-up pass, as the in-process mix has.
  httplib::Client warm("127.0.0.1", server.port());
  for (const std::string& target : targets) warm.Get(target.c_str());

  std::mutex mutex;
  std::vector<double> latencies_ms;
  int failed = 0;
  auto start = std::chrono::steady_clock::now();
  std::vector<std::thread> threads;
  for (int c = 0; c < clients; ++c) {
    threads.emplace_back([&, c] {
      httplib::Client client("127.0.0.1", server.port());
      client.set_read_timeout(60, 0);
      std::vector<double> mine;
      int my_failed = 0;
      size_t offset = targets.size() * c / clients;
      for (int r = 0; r < rounds; ++r) {
        for (size_t i = 0; i < targets.size(); ++i) {
          const std::string& target = targets[(offset + i) % targets.size()];
          auto sent = std::chrono::steady_clock::now();
          auto response = client.Get(target.c_str());
          mine.push_back(std::chrono::duration<double, std::milli>(
                             std::chrono::steady_clock::now() - sent)
                             .count());
          if (!response || response->status != 200) ++my_failed;
        }
      }
      std::lock_guard<std::mutex> lock(mutex);
      latencies_ms.insert(latencies_ms.end(), mine.begin(), mine.end());
      failed += my_failed;
    });
  }
  for (std::thread& thread : threads) thread.join();
  double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
          .count();
  server.Stop();
  serving.join();
  annals::tools::Latency latency = annals::tools::Summarise(latencies_ms);
  std::printf(
      "%d clients: %zu requests in %.2f s, %.0f requests/s, p50 %.2f ms, "
      "p95 %.2f ms, p99 %.2f ms, %d failed\n",
      clients, latency.queries, seconds, latency.queries / seconds,
      latency.p50_ms, latency.p95_ms, latency.p99_ms, failed);
  return failed == 0 ? 0 : 1;
}
