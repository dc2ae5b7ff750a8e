// The CLI contract: the real binaries, their exit statuses, stderr text and
// JSON that parses.
#include <rapidjson/document.h>
#include <sys/wait.h>

#include <array>
#include <catch2/catch.hpp>
#include <cstdio>
#include <fstream>
#include <memory>
#include <string>

#include "tests/e2e/fixture_db.h"
#include "tests/reliability/child_process.h"

namespace {

using annals::testing::Shell;

std::string Query(const std::string& args) {
  return std::string(ANNALS_QUERY_BIN) + " --db " +
         annals::testing::E2eDatabase().path + " " + args;
}

bool ParsesAsJson(const std::string& text) {
  rapidjson::Document doc;
  doc.Parse(text.c_str());
  return !doc.HasParseError() && doc.IsObject();
}

}  // namespace

TEST_CASE("annals-query exits 0 with hits, 1 without, 2 on errors", "[cli]") {
  CHECK(Shell(Query("search ERCP")).status == 0);
  CHECK(Shell(Query("ERCP")).status == 0);  // `search` may be left out
  auto none = Shell(Query("zzzzqqq"));
  CHECK(none.status == 1);
  auto bad = Shell(Query("'\"Li Xun'"));
  CHECK(bad.status == 2);
  CHECK(bad.err.find("annals-query: query:1:") != std::string::npos);
  auto unknown = Shell(Query("'foo:bar'"));
  CHECK(unknown.status == 2);
  CHECK(unknown.err.find("unknown field") != std::string::npos);
  // A count must be a whole number: "-1" is not read as a huge one.
  for (const char* args : {"search ERCP --limit -1", "person --offset x Li",
                           "topic EUS --limit 1.5"}) {
    INFO(args);
    auto count = Shell(Query(args));
    CHECK(count.status == 2);
    CHECK(count.err.find("expects a whole number") != std::string::npos);
  }
  auto past = Shell(Query("topic EUS --offset 1000"));
  CHECK(past.status == 1);
  CHECK(past.out.find("no events after the 1000 newest") != std::string::npos);
}

TEST_CASE("annals-query search answers the correction of a query without match",
          "[cli][correction]") {
  auto text = Shell(Query("search sphincterotmy"));
  CHECK(text.status == 0);
  CHECK(text.out.rfind(
            "Showing results for sphincterotomy (no match for sphincterotmy)\n"
            "1 match for sphincterotomy\n",
            0) == 0);
  auto json = Shell(Query("search --json sphincterotmy"));
  CHECK(json.status == 0);
  rapidjson::Document doc;
  doc.Parse(json.out.c_str());
  REQUIRE(doc.IsObject());
  CHECK(std::string(doc["corrected"].GetString()) == "sphincterotomy");
  CHECK(std::string(doc["query"].GetString()) == "sphincterotmy");
  auto help = Shell(std::string(ANNALS_QUERY_BIN) + " search --help");
  CHECK(help.status == 0);
  CHECK(help.out.find("--no-correct") != std::string::npos);
  CHECK(help.out.find("Concepts: words that write any name") !=
        std::string::npos);
  auto as_typed = Shell(Query("search --no-correct sphincterotmy"));
  CHECK(as_typed.status == 1);
  CHECK(as_typed.out.rfind("Did you mean: sphincterotomy\n", 0) == 0);
}

TEST_CASE("A missing database says how to create one", "[cli]") {
  auto run = Shell(std::string(ANNALS_QUERY_BIN) +
                   " --db /nonexistent/annals.db ERCP");
  CHECK(run.status == 2);
  CHECK(run.err.find("annals-index --db") != std::string::npos);
}

TEST_CASE("JSON output (--json) is one valid JSON document for any input",
          "[cli]") {
  for (const char* q : {"ERCP", "'结肠息肉 year:2018..2024'", "zzzzqqq",
                        "'\"unbalanced'", "'person:\"Li Xun\"'"}) {
    auto run = Shell(Query(std::string("--json ") + q));
    INFO(q << " -> " << run.out);
    CHECK(ParsesAsJson(run.out));
  }
  auto run = Shell(Query("--json ERCP"));
  rapidjson::Document doc;
  doc.Parse(run.out.c_str());
  REQUIRE(doc.IsObject());
  CHECK(doc["hits"].IsArray());
  CHECK(doc["total"].GetUint64() >= 1);
  for (const char* key : {"rank", "id", "type", "title", "date", "published",
                          "lang", "source", "score", "snippet"}) {
    CHECK(doc["hits"][0].HasMember(key));
  }
}

TEST_CASE("annals-index reports bad input, goes on, and exits 1", "[cli]") {
  std::string dir = annals::testing::MakeTempDir("bad-input");
  std::ofstream(dir + "/empty.txt").close();
  std::ofstream(dir + "/broken.json") << "{\"id\": \"x\", \"title\": \n";
  std::ofstream(dir + "/binary.txt") << std::string(
      "\x7f"
      "ELF\0\0\0\x01",
      8);
  std::ofstream(dir + "/notes.md") << "not an input";
  std::ofstream(dir + "/good.txt")
      << "A good headline\ndate:2020/1/2\nA paragraph about EUS.\n";
  auto run =
      Shell(std::string(ANNALS_INDEX_BIN) + " --db " + dir + "/db " + dir);
  CHECK(run.status == 1);
  CHECK(run.err.find("empty.txt") != std::string::npos);
  CHECK(run.err.find("broken.json:") != std::string::npos);
  CHECK(run.err.find("binary.txt") != std::string::npos);
  CHECK(run.err.find("notes.md: skipped") != std::string::npos);
  CHECK(run.err.find("1 indexed") != std::string::npos);
  auto found =
      Shell(std::string(ANNALS_QUERY_BIN) + " --db " + dir + "/db EUS");
  CHECK(found.status == 0);
}

TEST_CASE("Re-indexing replaces documents instead of duplicating them",
          "[cli]") {
  std::string dir = annals::testing::MakeTempDir("reindex");
  std::ofstream(dir + "/a.txt")
      << "Headline\ndate:2020/1/2\nBody about ERCP.\n";
  std::string index =
      std::string(ANNALS_INDEX_BIN) + " --db " + dir + "/db " + dir + "/a.txt";
  CHECK(Shell(index).status == 0);
  auto second = Shell(index);
  CHECK(second.status == 0);
  CHECK(second.err.find("0 indexed, 1 replaced") != std::string::npos);
}

TEST_CASE("A second writer is told the database is locked", "[cli]") {
  std::string dir = annals::testing::MakeTempDir("lock");
  std::ofstream(dir + "/a.txt") << "Headline\ndate:2020/1/2\nBody.\n";
  std::string db = dir + "/db";
  REQUIRE(Shell(std::string(ANNALS_INDEX_BIN) + " --db " + db + " " + dir +
                "/a.txt")
              .status == 0);
  // Hold the lock with a writer that waits on a fifo, then try a second.
  Xapian::WritableDatabase holder(db, Xapian::DB_OPEN);
  auto run = Shell(std::string(ANNALS_INDEX_BIN) + " --db " + db + " " + dir +
                   "/a.txt");
  CHECK(run.status == 2);
  CHECK(run.err.find("database is locked by another writer") !=
        std::string::npos);
}

TEST_CASE(
    "person, year, topic and stats answer in JSON with the documented keys",
    "[cli]") {
  auto person = Shell(Query("person --json 'Li Xun'"));
  CHECK(person.status == 0);
  rapidjson::Document doc;
  doc.Parse(person.out.c_str());
  REQUIRE(doc.IsObject());
  CHECK(doc["person"]["name"].IsString());
  CHECK(doc["person"]["aliases"].IsArray());
  CHECK(doc["person"]["countries"].IsArray());
  REQUIRE(doc["events"].IsArray());
  REQUIRE(doc["events"].Size() >= 1);
  for (const char* key :
       {"date", "title", "roles", "talks", "affiliation", "docs"}) {
    CHECK(doc["events"][0].HasMember(key));
  }
  CHECK(doc["candidates"].IsArray());

  auto year = Shell(Query("year 2019 --json"));
  CHECK(year.status == 0);
  doc.Parse(year.out.c_str());
  REQUIRE(doc.IsObject());
  CHECK(doc["year"].GetInt() == 2019);
  REQUIRE(doc["events"].Size() >= 1);
  for (const char* key :
       {"date", "title", "city", "country", "people", "trainees", "docs"}) {
    CHECK(doc["events"][0].HasMember(key));
  }
  CHECK(doc["trainees"].IsObject());

  auto topic = Shell(Query("topic EUS --json --limit 2"));
  CHECK(topic.status == 0);
  doc.Parse(topic.out.c_str());
  REQUIRE(doc.IsObject());
  for (const char* key : {"topic", "key", "documents", "documents_by_year",
                          "offset", "older", "years"}) {
    CHECK(doc.HasMember(key));
  }
  CHECK(doc["older"].IsBool());
  REQUIRE(doc["years"].IsArray());
  size_t events = 0;
  for (const auto& y : doc["years"].GetArray()) events += y["events"].Size();
  CHECK(events >= 1);
  CHECK(events <= 2);
  CHECK(ParsesAsJson(Shell(Query("stats --json")).out));
  CHECK(Shell(Query("year 1066")).status == 2);
  CHECK(Shell(Query("person 'Nobody Atall'")).status == 1);
}

TEST_CASE(
    "Explanations (--explain) cite the file and line of the matching name",
    "[cli]") {
  auto run = Shell(Query("--explain 'person:李汛'"));
  CHECK(run.status == 0);
  CHECK(run.out.find("why: names \"李汛\"") != std::string::npos);
  CHECK(run.out.find("ercp-lanzhou-zh.txt:") != std::string::npos);
}

TEST_CASE("annals-index says what a count flag wants when it gets 0", "[cli]") {
  std::string dir = annals::testing::MakeTempDir("zero-count");
  for (const char* flag : {"--shards", "--threads", "--commit-every"}) {
    INFO(flag);
    auto run = Shell(std::string(ANNALS_INDEX_BIN) + " --db " + dir +
                     "/annals.db " + flag + " 0 " + dir);
    CHECK(run.status == 2);
    CHECK(run.err.find(std::string(flag) + ": must be 1 or more, got 0") !=
          std::string::npos);
  }
}
