// Links a browser can use: /?q=... reaches the page that turns it into a
// search (the browser test checks the search itself), and /opensearch.xml
// describes that URL for a browser's search-engine list.
#include <httplib.h>

#include <catch2/catch.hpp>
#include <string>

#include "query/serve/opensearch.h"
#include "tests/query/serve/web_fixture.h"

namespace {

annals::testing::RunningServer& Server() {
  static std::string db = annals::testing::BuildWebDb();
  static annals::testing::RunningServer server{db};
  return server;
}

}  // namespace

TEST_CASE("/?q= serves the page, which links the OpenSearch description",
          "[web][release]") {
  for (const char* target :
       {"/?q=ERCP", "/?q=ERCP&sort=date&year=2019", "/?q=%E6%9D%8E%E6%B1%9B"}) {
    INFO(target);
    auto answer = annals::testing::RawGet(Server().port(), target);
    CHECK(answer.status == 200);
    CHECK(answer.head.find("text/html") != std::string::npos);
    CHECK(answer.body.find("application/opensearchdescription+xml") !=
          std::string::npos);
    CHECK(answer.body.find("href=\"/opensearch.xml\"") != std::string::npos);
  }
}

TEST_CASE("/opensearch.xml gives the search URL of the address asked",
          "[web][release]") {
  httplib::Client client("127.0.0.1", Server().port());
  client.set_read_timeout(10, 0);
  auto plain = client.Get("/opensearch.xml", {{"Host", "annals.lan:8080"}});
  REQUIRE(plain);
  CHECK(plain->status == 200);
  CHECK(plain->get_header_value("Content-Type") ==
        "application/opensearchdescription+xml; charset=utf-8");
  CHECK(plain->body.find("<ShortName>Annals</ShortName>") != std::string::npos);
  CHECK(plain->body.find(
            "template=\"http://annals.lan:8080/?q={searchTerms}\"") !=
        std::string::npos);

  auto proxied = client.Get(
      "/opensearch.xml",
      {{"Host", "annals.example.org"}, {"X-Forwarded-Proto", "https"}});
  REQUIRE(proxied);
  CHECK(proxied->body.find(
            "template=\"https://annals.example.org/?q={searchTerms}\"") !=
        std::string::npos);

  // A Host header that is not a plain host name is not echoed.
  auto odd = client.Get("/opensearch.xml", {{"Host", "x\"><script>"}});
  REQUIRE(odd);
  CHECK(odd->body.find("<script>") == std::string::npos);
  CHECK(odd->body.find("http://127.0.0.1:" + std::to_string(Server().port()) +
                       "/?q=") != std::string::npos);
}

TEST_CASE("BaseUrl keeps plain host names and falls back on others",
          "[web][release]") {
  using annals::query::BaseUrl;
  CHECK(BaseUrl("[::1]:8080", "", "127.0.0.1:1") == "http://[::1]:8080");
  CHECK(BaseUrl("", "https", "127.0.0.1:1") == "https://127.0.0.1:1");
  CHECK(BaseUrl("a b", "http", "127.0.0.1:1") == "http://127.0.0.1:1");
}

TEST_CASE("a person without a known country has an empty list, never null",
          "[web][release]") {
  httplib::Client client("127.0.0.1", Server().port());
  client.set_read_timeout(10, 0);
  auto answer = client.Get(
      "/api/person?name=%E0%B8%AA%E0%B8%A1%E0%B8%8A%E0%B8%B2%E0%B8%A2%20"
      "%E0%B9%83%E0%B8%88%E0%B8%94%E0%B8%B5");  // สมชาย ใจดี
  REQUIRE(answer);
  CHECK(answer->status == 200);
  CHECK(answer->body.find("\"countries\":[]") != std::string::npos);
  CHECK(answer->body.find("null") == std::string::npos);
}
