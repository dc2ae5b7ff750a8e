// Bad input, file by file and query by query, through the real binaries:
// each case here is a row of the bad-input table in docs/reliability.md.
// Big inputs are generated in temporary folders, never committed.
#include <rapidjson/document.h>
#include <xapian.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <string>

#include "tests/e2e/fixture_db.h"
#include "tests/reliability/child_process.h"

namespace {

using annals::testing::MakeTempDir;
using annals::testing::Run;
using annals::testing::Shell;

const std::string kGood =
    "A good headline\ndate:2020/1/2\nA paragraph about EUS.\n";

// Indexes one file named `name` holding `bytes` (plus a good article) into a
// new database; returns the run.
Run IndexOne(const std::string& name, const std::string& bytes,
             std::string* db_out = nullptr) {
  std::string dir = MakeTempDir("bad");
  std::filesystem::create_directories(dir + "/in");
  std::ofstream(dir + "/in/" + name, std::ios::binary) << bytes;
  std::ofstream(dir + "/in/good.txt") << kGood;
  if (db_out != nullptr) *db_out = dir + "/db";
  return Shell(std::string(ANNALS_INDEX_BIN) + " --db " + dir + "/db " + dir +
               "/in");
}

bool Has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

// The good article was indexed and the run says how many failed.
void CheckSkippedOnly(const Run& run, const std::string& name) {
  INFO(run.err);
  CHECK(run.status == 1);
  CHECK(Has(run.err, name));
  CHECK(Has(run.err, "1 indexed"));
  CHECK(Has(run.err, "1 failed"));
}

std::string Query(const std::string& args) {
  return std::string(ANNALS_QUERY_BIN) + " --db " +
         annals::testing::E2eDatabase().path + " " + args;
}

bool IsJsonObject(const std::string& text) {
  rapidjson::Document doc;
  doc.Parse(text.c_str());
  return !doc.HasParseError() && doc.IsObject();
}

}  // namespace

// ---- files ----

TEST_CASE("Bad input: invalid UTF-8 in news and records",
          "[reliability][bad]") {
  auto news = IndexOne("latin1.txt", "Caf\xe9 headline\ndate:2020/1/2\nx\n");
  CheckSkippedOnly(news, "latin1.txt:1:");
  CHECK(Has(news.err, "UTF-8"));
  auto json = IndexOne("latin1.json",
                       "{\"id\": \"a\", \"title\": \"Caf\xe9\", "
                       "\"start\": \"2020-01-02\"}");
  CheckSkippedOnly(json, "latin1.json:1:");
}

TEST_CASE("Bad input: NUL bytes", "[reliability][bad]") {
  auto news =
      IndexOne("nul.txt", std::string("Head\0line\ndate:2020/1/2\n", 24));
  CheckSkippedOnly(news, "nul.txt");
  auto json = IndexOne("nul.json", std::string("{\"id\": \"a\"\0}", 12));
  CheckSkippedOnly(json, "nul.json:1:");
  // An escaped NUL inside a string is text, not an error.
  auto escaped = IndexOne("escaped.json",
                          "{\"id\": \"a\", \"title\": \"x\\u0000y\", "
                          "\"start\": \"2020-01-02\"}");
  INFO(escaped.err);
  CHECK(escaped.status == 0);
}

TEST_CASE("Bad input: control characters", "[reliability][bad]") {
  // A few are kept as text; mostly control characters is a binary file.
  auto few =
      IndexOne("bell.txt", "Head\aline\ndate:2020/1/2\nBody\x1b text.\n");
  INFO(few.err);
  CHECK(few.status == 0);
  auto many = IndexOne("controls.txt", std::string(200, '\x01') + "\nx\n");
  CheckSkippedOnly(many, "controls.txt");
}

TEST_CASE("Bad input: empty, whitespace-only and binary files",
          "[reliability][bad]") {
  CheckSkippedOnly(IndexOne("empty.txt", ""), "empty.txt");
  CheckSkippedOnly(IndexOne("blank.txt", "  \n\n \r\n"), "blank.txt");
  CheckSkippedOnly(IndexOne("empty.json", ""), "empty.json");
  CheckSkippedOnly(IndexOne("empty.jsonl", ""), "empty.jsonl");
  CheckSkippedOnly(IndexOne("elf.txt", std::string("\x7f"
                                                   "ELF\x02\x01\x01\0\0\0",
                                                   10)),
                   "elf.txt");
  CheckSkippedOnly(IndexOne("elf.json", std::string("\x7f"
                                                    "ELF\x02\x01\x01\0\0\0",
                                                    10)),
                   "elf.json");
}

TEST_CASE("Bad input: unreadable and missing paths", "[reliability][bad]") {
  std::string dir = MakeTempDir("unreadable");
  std::filesystem::create_directories(dir + "/in");
  std::ofstream(dir + "/in/good.txt") << kGood;
  std::filesystem::create_symlink(dir + "/nowhere.txt",
                                  dir + "/in/dangling.txt");
  auto run =
      Shell(std::string(ANNALS_INDEX_BIN) + " --db " + dir + "/db " + dir +
            "/in " + dir + "/missing-folder " + dir + "/in/dangling.txt");
  INFO(run.err);
  CHECK(run.status == 1);
  CHECK(Has(run.err, "in/dangling.txt: cannot read: broken symbolic link"));
  CHECK(Has(run.err, "in/dangling.txt: no such file or folder"));
  CHECK(Has(run.err, "missing-folder: no such file or folder"));
  CHECK(Has(run.err, "1 indexed"));
  CHECK(Has(run.err, "3 failed"));
}

TEST_CASE("Bad input: a 50 MB single-line file", "[reliability][bad]") {
  std::string line;
  line.reserve(50 << 20);
  while (line.size() < (50u << 20)) line += "endoscopy training ERCP ";
  auto start = std::chrono::steady_clock::now();
  std::string db;
  auto run = IndexOne("huge.txt", line, &db);
  double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
          .count();
  INFO(run.err << " in " << seconds << " s");
  CHECK(run.status <= 1);
  CHECK(Has(run.err, "huge.txt"));
}

TEST_CASE("Bad input: deeply nested JSON", "[reliability][bad]") {
  std::string deep = std::string(100000, '[') + std::string(100000, ']');
  CheckSkippedOnly(IndexOne("deep.json", deep), "deep.json");
  std::string deep_field =
      "{\"id\": \"a\", \"title\": \"t\", \"start\": "
      "\"2020-01-02\", \"x\": " +
      std::string(50000, '[') + std::string(50000, ']') + "}";
  auto run = IndexOne("deep-field.json", deep_field);
  INFO(run.err);
  CHECK(run.status <= 1);
  CHECK(Has(run.err, "deep-field.json") == (run.status == 1));
}

TEST_CASE("Bad input: a record with 10,000 fields", "[reliability][bad]") {
  std::string record =
      "{\"id\": \"wide\", \"title\": \"Wide record\", "
      "\"start\": \"2020-01-02\"";
  for (int k = 0; k < 10000; ++k) {
    record += ", \"field" + std::to_string(k) + "\": \"value" +
              std::to_string(k) + "\"";
  }
  record += "}";
  std::string db;
  auto run = IndexOne("wide.json", record, &db);
  INFO(run.err);
  CHECK(run.status == 0);
  CHECK(Xapian::Database(db).get_doccount() == 2);
}

TEST_CASE("Bad input: numbers out of range", "[reliability][bad]") {
  auto index = [](const std::string& field) {
    return IndexOne("numbers.json",
                    std::string("{\"id\": \"n\", \"title\": \"t\", "
                                "\"start\": \"2020-01-02\", ") +
                        field + "}");
  };
  // Too big for a double: the file does not parse.
  auto unparsed = index("\"edition\": 1e400");
  INFO(unparsed.err);
  CHECK(unparsed.status == 1);
  CHECK(Has(unparsed.err, "numbers.json:1:"));
  // In an optional field: a warning, the record is indexed without it.
  for (const char* field :
       {"\"edition\": -3", "\"edition\": 2.5",
        "\"edition\": 99999999999999999999999",
        "\"trainees\": [{\"country\": \"TH\", \"count\": -7}]",
        "\"trainees\": [{\"country\": \"TH\", \"count\": 1e20}]"}) {
    auto run = index(field);
    INFO(field << ": " << run.err);
    CHECK(run.status == 0);
    CHECK(Has(run.err, "warning: "));
    CHECK(Has(run.err, "numbers.json:1: record 1 (id \"n\"): field "));
  }
}

TEST_CASE("Bad input: impossible dates", "[reliability][bad]") {
  // In a news metadata line: a warning, the article is still indexed.
  auto news = IndexOne("date.txt", "Headline\ndate:2024/13/45\nAbout ERCP.\n");
  INFO(news.err);
  CHECK(news.status == 0);
  CHECK(Has(news.err, "warning: "));
  CHECK(Has(news.err, "date.txt:2:"));
  // A record's start date: that record is dropped.
  for (const char* start :
       {"2024-13-45", "2023-02-29", "2024/01/02", "0000-00-00"}) {
    auto run =
        IndexOne("date.json", std::string("{\"id\": \"d\", \"title\": \"t\", "
                                          "\"start\": \"") +
                                  start + "\"}");
    INFO(start << ": " << run.err);
    CHECK(run.status == 1);
    CHECK(Has(run.err, "\"start\""));
  }
}

// ---- queries ----

TEST_CASE("Bad query: 10,000 terms", "[reliability][bad]") {
  std::string words, ors;
  for (int k = 0; k < 10000; ++k) {
    words += "w" + std::to_string(k) + " ";
    ors += "w" + std::to_string(k) + " OR ";
  }
  auto and_run = Shell(Query("--json " + words));
  INFO(and_run.err.substr(0, 300));
  CHECK(and_run.status == 1);
  CHECK(IsJsonObject(and_run.out));
  auto or_run = Shell(Query("--json " + ors + "ERCP"));
  INFO(or_run.err.substr(0, 300));
  CHECK(or_run.status == 0);
  CHECK(IsJsonObject(or_run.out));
}

TEST_CASE("Bad query: unbalanced quotes and brackets", "[reliability][bad]") {
  for (const char* query :
       {"'\"Li Xun'", "'“Li Xun'", "'(ERCP OR EUS'", "'ERCP)'", "'((('"}) {
    auto run = Shell(Query(std::string("--json ") + query));
    INFO(query << ": " << run.err);
    CHECK(run.status == 2);
    CHECK(Has(run.err, "annals-query: query:"));
    CHECK(IsJsonObject(run.out));
  }
  std::string deep = std::string(10000, '(') + "ERCP" + std::string(10000, ')');
  auto run = Shell(Query("'" + deep + "'"));
  CHECK(run.status == 2);
  CHECK(Has(run.err, "nest"));
}

TEST_CASE("Bad query: unknown fields and bad field values",
          "[reliability][bad]") {
  for (const char* query : {"'foo:bar'", "'year:20x4'", "'date:2024/13/45'",
                            "'year:2021..2019'", "'country:Atlantis'"}) {
    auto run = Shell(Query(query));
    INFO(query << ": " << run.err);
    CHECK(run.status == 2);
    CHECK(Has(run.err, "annals-query: "));
  }
}

TEST_CASE("Bad query: control characters, invalid UTF-8, empty",
          "[reliability][bad]") {
  auto controls = Shell(Query("\"$(printf 'ERCP\\001\\tEUS\\033')\""));
  INFO(controls.err);
  CHECK(controls.status <= 1);  // control characters count as spaces
  auto invalid = Shell(Query("\"$(printf 'ERCP \\377\\376')\""));
  CHECK(invalid.status == 2);
  CHECK(Has(invalid.err, "UTF-8"));
  auto empty = Shell(Query("''"));
  CHECK(empty.status == 2);
  auto spaces = Shell(Query("'   '"));
  CHECK(spaces.status == 2);
}
