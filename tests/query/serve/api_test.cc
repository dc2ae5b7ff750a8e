// annals-query serve: the JSON API answers byte for byte as the CLI's --json,
// bad input gets 400/404 with a JSON error, static routes serve only the
// embedded files, and a flood of requests gets no failed answer.
#include <httplib.h>
#include <rapidjson/document.h>

#include <atomic>
#include <catch2/catch.hpp>
#include <fstream>
#include <iterator>
#include <string>
#include <thread>
#include <vector>

#include "tests/query/serve/web_fixture.h"

namespace {

using annals::testing::CliJson;
using annals::testing::RawGet;

struct Served {
  std::string db = annals::testing::BuildWebDb();
  annals::testing::RunningServer server{db};
};

// One database and server for the whole test process.
Served& Shared() {
  static Served served;
  return served;
}

httplib::Client Client() {
  httplib::Client client("127.0.0.1", Shared().server.port());
  client.set_read_timeout(10, 0);
  return client;
}

rapidjson::Document Parse(const std::string& body) {
  rapidjson::Document doc;
  doc.Parse(body.c_str());
  REQUIRE_FALSE(doc.HasParseError());
  REQUIRE(doc.IsObject());
  return doc;
}

// The API's answer to `target`, checked for status and JSON type.
std::string ApiBody(const std::string& target, int status = 200) {
  auto client = Client();
  auto response = client.Get(target.c_str());
  REQUIRE(response);
  INFO(target << " -> " << response->body);
  CHECK(response->status == status);
  CHECK(response->get_header_value("Content-Type") ==
        "application/json; charset=utf-8");
  return response->body;
}

std::string Encode(const std::string& text) {
  return httplib::detail::encode_query_param(text);
}

std::string SourceFile(const std::string& path) {
  std::ifstream in(std::string(ANNALS_FIXTURES_DIR) + "/../../" + path,
                   std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

}  // namespace

TEST_CASE("serve answers each endpoint as the CLI with --json", "[web][api]") {
  const std::string& db = Shared().db;
  struct Case {
    std::string target;
    std::vector<std::string> cli;
  };
  const std::vector<Case> cases = {
      {"/api/search?q=ERCP", {"search", "ERCP"}},
      {"/api/search?q=ERCP&limit=2&offset=1&sort=date&facets=1",
       {"search", "--limit", "2", "--offset", "1", "--sort", "date", "--facets",
        "ERCP"}},
      {"/api/search?q=" + Encode("李汛"), {"search", "李汛"}},
      {"/api/search?q=" + Encode("ЭРХПГ country:TH"),
       {"search", "ЭРХПГ country:TH"}},
      {"/api/search?q=" + Encode("การส่องกล้อง"), {"search", "การส่องกล้อง"}},
      {"/api/search?q=ERCPP", {"search", "ERCPP"}},  // corrected
      {"/api/search?q=ERCPP&correct=0", {"search", "--no-correct", "ERCPP"}},
      {"/api/search?q=zzzzqqq", {"search", "zzzzqqq"}},
      {"/api/person?name=" + Encode("Li Xun"), {"person", "Li Xun"}},
      {"/api/person?name=" + Encode("Ma Lin"), {"person", "Ma Lin"}},
      {"/api/person?name=" + Encode("Chen Jun") + "&limit=1&offset=1",
       {"person", "--limit", "1", "--offset", "1", "Chen Jun"}},
      {"/api/person?name=" + Encode("Chen Jun") + "&limit=0",
       {"person", "--limit", "0", "Chen Jun"}},
      {"/api/year?y=2019", {"year", "2019"}},
      {"/api/year?y=1999", {"year", "1999"}},
      {"/api/topic?t=EUS", {"topic", "EUS"}},
      {"/api/topic?t=EUS&limit=2&offset=1",
       {"topic", "--limit", "2", "--offset", "1", "EUS"}},
      {"/api/stats", {"stats"}},
  };
  for (const Case& c : cases) {
    INFO(c.target);
    auto cli = CliJson(db, c.cli);
    REQUIRE(cli.status <= 1);
    CHECK(ApiBody(c.target) == cli.out);
  }
}

TEST_CASE("serve answers a query without match with its correction",
          "[web][api][correction]") {
  auto corrected = Parse(ApiBody("/api/search?q=ERCPP"));
  REQUIRE(corrected.HasMember("corrected"));
  CHECK(std::string(corrected["corrected"].GetString()) == "ercp");
  CHECK(std::string(corrected["query"].GetString()) == "ERCPP");
  CHECK(corrected["total"].GetUint64() >= 1);
  auto as_typed = Parse(ApiBody("/api/search?q=ERCPP&correct=0"));
  CHECK_FALSE(as_typed.HasMember("corrected"));
  CHECK(as_typed["total"].GetUint64() == 0);
  CHECK(std::string(as_typed["suggestion"].GetString()) == "ercp");
  // The page shows the correction and links to the words as typed.
  std::string script = SourceFile("query/serve/web/app.js");  // served as is
  CHECK(script.find("Showing results for ") != std::string::npos);
  CHECK(script.find("params.set(\"correct\", \"0\")") != std::string::npos);
}

TEST_CASE("serve answers a query syntax error as the CLI does and with 400",
          "[web][api]") {
  auto cli = CliJson(Shared().db, {"search", "\"Li Xun"});
  CHECK(cli.status == 2);
  std::string body = ApiBody("/api/search?q=" + Encode("\"Li Xun"), 400);
  CHECK(body == cli.out);
  CHECK(Parse(body).HasMember("error"));
}

TEST_CASE("serve answers bad parameters with 400 and a JSON error",
          "[web][api]") {
  const std::vector<std::string> bad = {
      "/api/search",
      "/api/search?q=",
      "/api/search?q=%20%20",
      "/api/search?q=ERCP&limit=0",
      "/api/search?q=ERCP&limit=101",
      "/api/search?q=ERCP&limit=ten",
      "/api/search?q=ERCP&limit=99999999999999999999999",
      "/api/search?q=ERCP&offset=-1",
      "/api/search?q=ERCP&offset=1000000",
      "/api/search?q=ERCP&sort=random",
      "/api/search?q=" + std::string(5000, 'a'),
      "/api/person",
      "/api/year?y=abc",
      "/api/year?y=1800",
      "/api/year?y=2019x",
      "/api/year",
      "/api/topic?t=",
      "/api/person?name=%FF",
      "/api/person?name=Li%20Xun&limit=-1",
      "/api/person?name=Li%20Xun&offset=x",
      "/api/topic?t=%C0%AF",
      "/api/search?q=%FF%FE",
  };
  for (const std::string& target : bad) {
    INFO(target);
    auto doc = Parse(ApiBody(target, 400));
    CHECK(doc["error"].IsString());
  }
  CHECK(Parse(ApiBody("/api/nothing", 404)).HasMember("error"));
  CHECK(Parse(ApiBody("/api", 404)).HasMember("error"));
  auto client = Client();
  auto post = client.Post("/api/search", "q=ERCP", "text/plain");
  REQUIRE(post);
  CHECK(post->status >= 400);
  CHECK(post->status < 500);
  CHECK(Parse(post->body).HasMember("error"));
}

TEST_CASE("serve returns a markup title as a JSON string and not as HTML",
          "[web][api][security]") {
  auto client = Client();
  auto response = client.Get("/api/search?q=alert");
  REQUIRE(response);
  CHECK(response->get_header_value("X-Content-Type-Options") == "nosniff");
  auto doc = Parse(response->body);
  REQUIRE(doc["total"].GetInt() == 1);
  CHECK(std::string(doc["hits"][0]["title"].GetString()) ==
        "<script>alert(1)</script>");
  CHECK(response->body == CliJson(Shared().db, {"search", "alert"}).out);
}

TEST_CASE("serve answers a 100 KB query string with 400 or 414",
          "[web][api][security]") {
  int port = Shared().server.port();
  auto answer = RawGet(port, "/api/search?q=" + std::string(100 * 1024, 'x'));
  CHECK((answer.status == 400 || answer.status == 414));
  auto path = RawGet(port, "/" + std::string(100 * 1024, 'a'));
  CHECK((path.status == 404 || path.status == 414));
  CHECK(RawGet(port, "/api/stats").status == 200);  // still serving
}

TEST_CASE("serve gives 404 to path traversal on static routes",
          "[web][api][security]") {
  int port = Shared().server.port();
  const std::vector<std::string> attempts = {
      "/../../etc/passwd",
      "/%2e%2e/%2e%2e/etc/passwd",
      "/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd",
      "//etc/passwd",
      "/app.js/../../../etc/passwd",
      "/..%2f..%2fetc%2fpasswd",
      "/index.html%00",
      "/web/app.js",
      "/query/serve/web/app.js",
      "/.%2e/.%2e/etc/passwd",
      "/%252e%252e/etc/passwd",
      "/api/../../etc/passwd",
      "/CMakeLists.txt",
  };
  for (const std::string& target : attempts) {
    INFO(target);
    auto answer = RawGet(port, target);
    CHECK((answer.status == 404 || answer.status == 400));
    CHECK(answer.body.find("root:") == std::string::npos);
  }
}

TEST_CASE("serve serves the embedded page with its content types",
          "[web][api]") {
  struct Asset {
    std::string target, file, type;
  };
  const std::vector<Asset> assets = {
      {"/", "query/serve/web/index.html", "text/html; charset=utf-8"},
      {"/index.html", "query/serve/web/index.html", "text/html; charset=utf-8"},
      {"/app.css", "query/serve/web/app.css", "text/css; charset=utf-8"},
      {"/app.js", "query/serve/web/app.js", "text/javascript; charset=utf-8"},
  };
  auto client = Client();
  for (const Asset& asset : assets) {
    INFO(asset.target);
    auto response = client.Get(asset.target.c_str());
    REQUIRE(response);
    CHECK(response->status == 200);
    CHECK(response->get_header_value("Content-Type") == asset.type);
    CHECK(response->body == SourceFile(asset.file));
    CHECK(response->has_header("Content-Security-Policy"));
  }
}

TEST_CASE("serve answers a flood of 1000 requests without a failure",
          "[web][api][load]") {
  // Answered at once on several sets of database handles, each the same
  // as when asked alone.
  const std::vector<std::string> targets = {"/api/search?q=ERCP&facets=1",
                                            "/api/person?name=Li%20Xun",
                                            "/api/year?y=2019",
                                            "/api/stats",
                                            "/app.js",
                                            "/api/search?q=training&sort=date"};
  std::vector<std::string> alone;
  for (const std::string& target : targets) {
    auto response = Client().Get(target.c_str());
    REQUIRE(response);
    REQUIRE(response->status == 200);
    alone.push_back(response->body);
  }
  constexpr int kThreads = 4;
  constexpr int kEach = 250;  // 1,000 in all, bounded
  std::atomic<int> ok{0}, failed{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      httplib::Client client("127.0.0.1", Shared().server.port());
      client.set_read_timeout(10, 0);
      for (int i = 0; i < kEach; ++i) {
        size_t which = (t + i) % targets.size();
        auto response = client.Get(targets[which].c_str());
        bool same = response && response->status == 200 &&
                    response->body == alone[which];
        (same ? ok : failed)++;
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  CHECK(failed == 0);
  CHECK(ok == kThreads * kEach);
}

TEST_CASE("serve sees what the indexer commits while it runs", "[web][api]") {
  std::string db = annals::testing::BuildWebDb();
  annals::testing::RunningServer server(db);
  httplib::Client client("127.0.0.1", server.port());
  auto before = client.Get("/api/stats");
  REQUIRE(before);
  size_t documents = Parse(before->body)["documents"].GetUint();
  std::string more = annals::testing::MakeTempDir("web-more");
  std::ofstream(more + "/extra.txt")
      << "Extra ERCP course\ndate:2021/4/2 10:00:00 hot:1\nOn April 1, an "
         "extra ERCP course.\n";
  auto run = annals::testing::RunCommand(std::string(ANNALS_INDEX_BIN) +
                                         " --quiet --db " + db + " " + more);
  REQUIRE(run.status == 0);
  auto after = client.Get("/api/stats");
  REQUIRE(after);
  CHECK(Parse(after->body)["documents"].GetUint() == documents + 1);
}
