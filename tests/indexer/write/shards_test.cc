// annals-index --shards K: K databases behind a stub file, searched as one
// (locally, and through xapian-tcpsrv as remote shards) with the same results
// as one database.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <thread>

#include "core/database.h"
#include "indexer/indexer.h"
#include "query/search/searcher.h"
#include "tests/e2e/fixture_db.h"

namespace {

const char* const kQueries[] = {"ERCP",
                                "training course",
                                "\"hands-on workshop\"",
                                "person:\"Li Xun\"",
                                "country:TH",
                                "year:2018..2020",
                                "结肠息肉",
                                "ERCP type:course",
                                "EUS OR ESD"};

int Index(const std::string& db, size_t shards) {
  annals::indexer::Options options;
  options.db_path = db;
  options.quiet = true;
  options.shards = shards;
  options.inputs = {std::string(ANNALS_CORPUS_DIR) + "/news",
                    std::string(ANNALS_CORPUS_DIR) + "/records"};
  annals::indexer::Summary summary;
  return annals::indexer::RunIndexer(options, stderr, &summary);
}

// id -> score of every hit, and the total.
std::pair<size_t, std::map<std::string, double>> Hits(const std::string& db,
                                                      const std::string& q) {
  auto opened = annals::core::OpenForReading(db);
  REQUIRE(opened.ok());
  annals::query::SearchOptions options;
  options.limit = 1000;
  auto result = annals::query::Search(*opened, q, options);
  REQUIRE(result.ok());
  std::map<std::string, double> hits;
  for (const auto& hit : result->hits) hits[hit.id] = hit.score;
  return {result->total, hits};
}

void CheckSameResults(const std::string& single, const std::string& sharded) {
  for (const char* q : kQueries) {
    INFO(q);
    auto [total_one, hits_one] = Hits(single, q);
    auto [total_many, hits_many] = Hits(sharded, q);
    CHECK(total_one == total_many);
    REQUIRE(hits_one.size() == hits_many.size());
    for (const auto& [id, score] : hits_one) {
      INFO(id);
      REQUIRE(hits_many.count(id) == 1);
      CHECK(hits_many[id] == Approx(score));
    }
  }
}

int FreePort() {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address);
  socklen_t size = sizeof address;
  getsockname(fd, reinterpret_cast<sockaddr*>(&address), &size);
  close(fd);
  return ntohs(address.sin_port);
}

bool Accepting(int port) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(static_cast<uint16_t>(port));
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  bool ok =
      connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0;
  close(fd);
  return ok;
}

// xapian-tcpsrv serving one shard on 127.0.0.1; stopped when destroyed.
class TcpServer {
 public:
  TcpServer(const std::string& shard, int port) : port_(port) {
    std::string port_text = std::to_string(port);
    pid_ = fork();
    if (pid_ > 0) setpgid(pid_, pid_);  // no race with kill(-pid_)
    if (pid_ == 0) {
      // Its own process group: on SIGTERM xapian-tcpsrv signals its group.
      setpgid(0, 0);
      std::freopen("/dev/null", "w", stdout);
      std::freopen("/dev/null", "w", stderr);  // "Got exception" on stop
      execlp("xapian-tcpsrv", "xapian-tcpsrv", "--quiet", "--interface",
             "127.0.0.1", "--port", port_text.c_str(), "--timeout", "10000",
             shard.c_str(), static_cast<char*>(nullptr));
      _exit(127);
    }
  }
  ~TcpServer() {
    if (pid_ <= 0) return;
    kill(-pid_, SIGTERM);  // the server and its connection children
    waitpid(pid_, nullptr, 0);
  }
  // Waits (at most 10 s) until the server accepts connections.
  bool Ready() const {
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (std::chrono::steady_clock::now() < deadline) {
      if (Accepting(port_)) return true;
      if (waitpid(pid_, nullptr, WNOHANG) == pid_) return false;
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    return false;
  }

 private:
  int port_;
  pid_t pid_ = -1;
};

}  // namespace

TEST_CASE("A sharded database answers like a single one", "[indexer][shards]") {
  std::string dir = annals::testing::MakeTempDir("shards");
  REQUIRE(Index(dir + "/single.db", 1) == 0);
  REQUIRE(Index(dir + "/sharded.db", 3) == 0);
  REQUIRE(std::filesystem::is_regular_file(dir + "/sharded.db"));
  size_t documents = 0;
  for (const char* shard : {"/sharded.db.shards/00", "/sharded.db.shards/01",
                            "/sharded.db.shards/02"}) {
    size_t count = Xapian::Database(dir + shard).get_doccount();
    CHECK(count > 0);
    documents += count;
  }
  CHECK(documents == Xapian::Database(dir + "/single.db").get_doccount());
  CheckSameResults(dir + "/single.db", dir + "/sharded.db");

  SECTION("indexing again keeps the layout and replaces by id") {
    REQUIRE(Index(dir + "/sharded.db", 0) == 0);
    CHECK(Xapian::Database(dir + "/sharded.db").get_doccount() == documents);
    CheckSameResults(dir + "/single.db", dir + "/sharded.db");
  }
  SECTION("a different shard count is refused") {
    CHECK(Index(dir + "/sharded.db", 2) == 2);
  }
}

TEST_CASE("Remote shards served by xapian-tcpsrv answer like local ones",
          "[indexer][shards][remote]") {
  if (std::system("command -v xapian-tcpsrv >/dev/null 2>&1") != 0) {
    WARN("xapian-tcpsrv is not installed (xapian-tools); skipped");
    return;
  }
  std::string dir = annals::testing::MakeTempDir("remote");
  REQUIRE(Index(dir + "/single.db", 1) == 0);
  REQUIRE(Index(dir + "/local.db", 2) == 0);
  int port0 = FreePort(), port1 = FreePort();
  TcpServer server0(dir + "/local.db.shards/00", port0);
  TcpServer server1(dir + "/local.db.shards/01", port1);
  REQUIRE(server0.Ready());
  REQUIRE(server1.Ready());
  // The lexicon (synonyms) stays local: remote shards serve none.
  std::ofstream(dir + "/remote.db")
      << "auto local.db.shards/lexicon\n"
      << "remote 127.0.0.1:" << port0 << "\nremote 127.0.0.1:" << port1 << "\n";
  CheckSameResults(dir + "/single.db", dir + "/remote.db");
}
