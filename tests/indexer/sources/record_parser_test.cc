// Specification of the record parser: docs/formats.md section 2 and bad inputs.
#include "indexer/sources/record_parser.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>
#include <string>

#include "tests/indexer/sources/record_json_text.h"

namespace annals::indexer {
namespace {

using namespace std::string_literals;
using testing::Extra;
using testing::kJson;
using testing::Rec;

const std::string kJsonl = "records/2018.jsonl";

std::string ReadFixture(const std::string& name) {
  std::ifstream in(std::string(ANNALS_FIXTURES_DIR) + "/parsers/" + name,
                   std::ios::binary);
  REQUIRE(in);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

core::Record One(const std::string& json) {
  ParsedRecords parsed = ParseRecordsJson(json, kJson);
  INFO((parsed.errors.empty() ? "" : parsed.errors[0]));
  REQUIRE(parsed.errors.empty());
  REQUIRE(parsed.records.size() == 1);
  return parsed.records[0];
}

// The single error of a file (and no records).
std::string OnlyError(const ParsedRecords& parsed) {
  CHECK(parsed.records.empty());
  REQUIRE(parsed.errors.size() == 1);
  REQUIRE(parsed.error_details.size() == 1);
  return parsed.errors[0];
}

std::string ErrorFor(const std::string& more) {
  return OnlyError(ParseRecordsJson(Rec(more), kJson));
}

TEST_CASE("ParseRecordsJson reads a record with every field",
          "[indexer][records]") {
  ParsedRecords parsed =
      ParseRecordsJson(ReadFixture("urumqi-colon-3.json"), "u.json");
  REQUIRE(parsed.errors.empty());
  REQUIRE(parsed.records.size() == 1);
  const core::Record& r = parsed.records[0];
  CHECK(r.id == "urumqi-colon-3");
  CHECK(r.type == core::DocType::kCourse);
  CHECK(r.type_name == "course");
  CHECK(r.title == "The 3rd Silk Road Colonoscopy Workshop");
  CHECK(r.series == "Silk Road Colonoscopy Workshop");
  CHECK(r.edition == 3);
  CHECK(r.event_date == "2018-05-21");
  CHECK(r.published == "2018-05-21");
  CHECK(r.end_date == "2018-05-24");
  CHECK(r.language == "en");
  CHECK(r.host == "People's Hospital of Xinjiang Uygur Autonomous Region");
  CHECK(r.city == "Urumqi");
  CHECK(r.country == "CN");
  CHECK(r.programme == "Technical Training Course for Developing Countries");
  CHECK(r.topics ==
        std::vector<std::string>{"colonoscopy", "polypectomy", "EMR"});
  REQUIRE(r.people.size() == 1);
  const core::Person& p = r.people[0];
  CHECK(p.name == "Nguyen Thi Lan");
  CHECK(p.names == std::vector<std::string>{"Nguyễn Thị Lan"});
  CHECK(p.honorific == "Prof.");
  CHECK(p.roles == std::vector<std::string>{"speaker", "visiting-professor"});
  CHECK(p.position == "Head of Endoscopy Unit");
  CHECK(p.affiliation == "Bach Mai Hospital");
  CHECK(p.country == "VN");
  CHECK(p.talks.size() == 1);
  CHECK(p.line == 1);
  REQUIRE(r.trainees.size() == 2);
  CHECK(r.trainees[1].country == "KG");
  CHECK(r.trainees[1].count == 3);
  CHECK(r.body == "Four-day hands-on course on colonoscopy simulators ...");
  CHECK(r.source == "u.json");
  CHECK(r.source_line == 1);
  CHECK(r.extra.empty());
}

TEST_CASE("ParseRecordsJson reads one object or an array of objects",
          "[indexer][records]") {
  SECTION("array: source_line is where each object starts") {
    std::string json = "[\n  " + Rec() + ",\n\n  {\"id\": \"x\\\"]{\", " +
                       "\"title\": \"[{,\", \"start\": \"2018-01-02\"},\n" +
                       "  {\n    \"id\": \"c-3\", \"title\": \"T\",\n" +
                       "    \"start\": \"2019-02-03\"}\n]\n";
    ParsedRecords parsed = ParseRecordsJson(json, kJson);
    REQUIRE(parsed.records.size() == 2);
    CHECK(parsed.records[0].source_line == 2);
    CHECK(parsed.records[1].id == "c-3");
    CHECK(parsed.records[1].source_line == 5);
    // The record in between has a bad id; its error cites its line.
    REQUIRE(parsed.errors.size() == 1);
    CHECK(parsed.errors[0].starts_with("records/2018.json:4: record 2 (id "));
  }
  SECTION("a single object starting on a later line") {
    CHECK(One("\n\n  " + Rec()).source_line == 3);
  }
  SECTION("an empty array gives nothing and no error") {
    ParsedRecords parsed = ParseRecordsJson("[]", kJson);
    CHECK(parsed.records.empty());
    CHECK(parsed.errors.empty());
  }
  SECTION("an element that is not an object") {
    ParsedRecords parsed = ParseRecordsJson("[" + Rec() + ", 42]", kJson);
    CHECK(parsed.records.size() == 1);
    CHECK(parsed.errors ==
          std::vector<std::string>{"records/2018.json:1: record 2: expected a "
                                   "record object, got a number"});
  }
  SECTION("a top level that is neither") {
    CHECK(OnlyError(ParseRecordsJson("\"text\"", kJson)) ==
          "records/2018.json:1: record 1: expected a record object, got a "
          "string");
  }
}

TEST_CASE("ParseRecordsJson applies defaults and conversions",
          "[indexer][records]") {
  SECTION("type defaults to course; a given type is kept") {
    CHECK(One(Rec()).type_name == "course");
    core::Record r = One(Rec(R"("type": "workshop")"));
    CHECK(r.type_name == "workshop");
    CHECK(r.type == core::DocType::kCourse);
  }
  SECTION("countries are upper-cased") {
    core::Record r = One(Rec(R"("location": {"country": "cn"},
        "people": [{"name": "A", "country": "vn"}],
        "trainees": [{"country": "tj", "count": 0}])"));
    CHECK(r.country == "CN");
    CHECK(r.people[0].country == "VN");
    CHECK(r.trainees[0].country == "TJ");
    CHECK(r.trainees[0].count == 0);
  }
  SECTION("nulls count as absent") {
    core::Record r = One(Rec(R"("series": null, "edition": null,
        "topics": [null, "ERCP"], "people": null, "extra": null)"));
    CHECK(r.series.empty());
    CHECK(r.edition == 0);
    CHECK(r.topics == std::vector<std::string>{"ERCP"});
    CHECK(r.extra.empty());
  }
  SECTION("a whole-number double is an integer") {
    CHECK(One(Rec(R"("edition": 3.0)")).edition == 3);
  }
  SECTION("end equal to start is fine") {
    CHECK(One(Rec(R"("end": "2018-05-21")")).end_date == "2018-05-21");
  }
  SECTION("a UTF-8 BOM is allowed") {
    CHECK(One("\xEF\xBB\xBF" + Rec()).id == "c-1");
  }
}

TEST_CASE("ParseRecordsJson keeps unknown fields as text",
          "[indexer][records]") {
  core::Record r = One(Rec(R"("funding": "MOFCOM", "hours": 32,
      "ratio": 0.5, "online": false,
      "partners": ["WHO", {"name": "WEO", "since": 2001}, [null, "APAGE"]],
      "location": {"city": "Urumqi", "region": "Xinjiang"},
      "people": [{"name": "A", "email": "a@x.org"}],
      "trainees": [{"country": "TJ", "count": 4, "note": "doctors"}],
      "empty": {})"));
  CHECK(r.extra == Extra{{"funding", "MOFCOM"},
                         {"hours", "32"},
                         {"ratio", "0.5"},
                         {"online", "false"},
                         {"partners", "WHO WEO 2001 APAGE"},
                         {"location.region", "Xinjiang"},
                         {"people.email", "a@x.org"},
                         {"trainees.note", "doctors"}});
}

TEST_CASE("ParseRecordsJson requires id, title and start",
          "[indexer][records]") {
  auto error = [](const std::string& json) {
    return OnlyError(ParseRecordsJson(json, kJson));
  };
  CHECK(error(R"({"title": "T", "start": "2018-05-21"})") ==
        "records/2018.json:1: record 1: missing required field \"id\"");
  CHECK(error(R"({"id": "a", "start": "2018-05-21"})") ==
        "records/2018.json:1: record 1 (id \"a\"): missing required field "
        "\"title\"");
  CHECK(error(R"({"id": "a", "title": null, "start": "2018-05-21"})")
            .ends_with("missing required field \"title\""));
  CHECK(error(R"({"id": "a", "title": "T"})")
            .ends_with("missing required field \"start\""));
  CHECK(error(R"({"id": "a", "title": "  ", "start": "2018-05-21"})")
            .ends_with("field \"title\": is empty"));
  CHECK(error(R"({"id": "a b", "title": "T", "start": "2018-05-21"})") ==
        "records/2018.json:1: record 1 (id \"a b\"): field \"id\": \"a b\" is "
        "not an id (letters, digits, '.', '_', '-')");
  CHECK(error(R"({"id": "", "title": "T", "start": "2018-05-21"})")
            .ends_with("\"\" is not an id (letters, digits, '.', '_', '-')"));
}

TEST_CASE("ParseRecordsJson checks dates", "[indexer][records]") {
  auto bad_start = [](const std::string& start) {
    return OnlyError(ParseRecordsJson(
        R"({"id": "a", "title": "T", "start": ")" + start + "\"}", kJson));
  };
  CHECK(bad_start("2018-02-30") ==
        "records/2018.json:1: record 1 (id \"a\"): field \"start\": "
        "\"2018-02-30\" is not a date of the calendar");
  CHECK(bad_start("2018/05/21").ends_with("is not an ISO date (YYYY-MM-DD)"));
  CHECK(bad_start("2018-05").ends_with("is not a full date YYYY-MM-DD"));
}

TEST_CASE("ParseRecordsJson rejects a record whose required field is bad",
          "[indexer][records]") {
  CHECK(ErrorFor(R"("title": 42)") ==
        "records/2018.json:1: record 1 (id \"c-1\"): field \"title\": "
        "expected a string, got a number");
  CHECK(ErrorFor(R"("start": 20180521)") ==
        "records/2018.json:1: record 1 (id \"c-1\"): field \"start\": "
        "expected a string, got a number");
}

TEST_CASE("ParseRecordsJson drops only the record with the error",
          "[indexer][records]") {
  std::string json = "[\n" + Rec() + ",\n" + Rec(R"("start": "x")") + ",\n" +
                     R"({"id": "c-3", "title": "T", "start": "2020-01-01"})" +
                     "\n]";
  ParsedRecords parsed = ParseRecordsJson(json, kJson);
  REQUIRE(parsed.records.size() == 2);
  CHECK(parsed.records[1].id == "c-3");
  CHECK(parsed.records[1].source_line == 4);
  REQUIRE(parsed.error_details.size() == 1);
  CHECK(parsed.error_details[0].line == 3);
  CHECK(parsed.error_details[0].column == 0);
  CHECK(parsed.errors[0].starts_with(
      "records/2018.json:3: record 2 (id \"c-1\")"));
}

TEST_CASE("ParseRecordsJson rejects a whole file that does not parse",
          "[indexer][records]") {
  SECTION("empty file") {
    CHECK(OnlyError(ParseRecordsJson("", kJson)) ==
          "records/2018.json: empty file");
    CHECK(OnlyError(ParseRecordsJson("\xEF\xBB\xBF \n", kJson)) ==
          "records/2018.json: empty file");
  }
  SECTION("malformed: line and column in code points") {
    ParsedRecords parsed = ParseRecordsJson(
        "[" + Rec() + ",\n {\"title\": \"结肠镜\" \"start\": 1}]", kJson);
    CHECK(OnlyError(parsed) ==
          "records/2018.json:2:18: missing a comma or '}' after an object "
          "member");
    CHECK(parsed.error_details[0].line == 2);
    CHECK(parsed.error_details[0].column == 18);
  }
  SECTION("truncated") {
    CHECK(OnlyError(ParseRecordsJson("[\n" + Rec() + ",\n{\"id\": \"c", kJson))
              .starts_with("records/2018.json:3:10: unexpected end of file: "));
  }
  SECTION("trailing junk after the document") {
    CHECK(OnlyError(ParseRecordsJson(Rec() + " x", kJson))
              .starts_with("records/2018.json:1:"));
  }
  SECTION("invalid UTF-8 names the line") {
    CHECK(OnlyError(
              ParseRecordsJson("[\n" + Rec("\"host\": \"a\xFF\"") + "]", kJson))
              .starts_with("records/2018.json:2:"));
    CHECK(OnlyError(ParseRecordsJson(Rec("\"host\": \"\xC0\xAF\""), kJson))
              .ends_with("invalid UTF-8 in string"));
  }
  SECTION("a NUL byte") {
    CHECK(OnlyError(ParseRecordsJson(Rec() + "\0 junk"s, kJson)) ==
          "records/2018.json:1:56: NUL byte (binary content)");
  }
  SECTION("a number too big for a double") {
    CHECK(OnlyError(ParseRecordsJson(Rec(R"("edition": 1e400)"), kJson))
              .starts_with("records/2018.json:1:"));
  }
  SECTION("100,000 nested arrays do not crash") {
    ParsedRecords open = ParseRecordsJson(std::string(100000, '['), kJson);
    CHECK(OnlyError(open).starts_with("records/2018.json:1:100001: "));
    std::string deep = std::string(100000, '[') + std::string(100000, ']');
    CHECK(OnlyError(ParseRecordsJson(deep, kJson))
              .ends_with("expected a record object, got an array"));
    std::string field = "\"deep\": " + std::string(100000, '[') + "\"leaf\"" +
                        std::string(100000, ']');
    CHECK(One(Rec(field)).extra == Extra{{"deep", "leaf"}});
  }
}

TEST_CASE("ParseRecordsJsonl reads one record per line", "[indexer][records]") {
  SECTION("blank lines allowed, source_line is the line, CRLF accepted") {
    ParsedRecords parsed = ParseRecordsJsonl(
        "\xEF\xBB\xBF" + Rec() + "\r\n\r\n  \n" +
            R"({"id": "c-2", "title": "T", "start": "2019-01-01"})",
        kJsonl);
    REQUIRE(parsed.errors.empty());
    REQUIRE(parsed.records.size() == 2);
    CHECK(parsed.records[0].source_line == 1);
    CHECK(parsed.records[1].source_line == 4);
    CHECK(parsed.records[1].source == kJsonl);
  }
  SECTION("a bad line is an error for that line only") {
    std::string jsonl =
        Rec() + "\n{\"id\": \"c-2\", \n" + Rec(R"("start": "2018-13-01")") +
        "\n[1]\n" + R"({"id": "c-5", "title": "Т", "start": "2020-01-01"})" +
        "\n\xFF\n";
    ParsedRecords parsed = ParseRecordsJsonl(jsonl, kJsonl);
    REQUIRE(parsed.records.size() == 2);
    CHECK(parsed.records[1].id == "c-5");
    CHECK(parsed.records[1].source_line == 5);
    REQUIRE(parsed.errors.size() == 4);
    CHECK(parsed.errors[0] ==
          "records/2018.jsonl:2:15: unexpected end of file: missing a name for "
          "object member");
    CHECK(parsed.errors[1].starts_with(
        "records/2018.jsonl:3: record 3 (id \"c-1\"): field \"start\""));
    CHECK(parsed.errors[2] ==
          "records/2018.jsonl:4: record 4: expected a record object, got an "
          "array");
    CHECK(parsed.errors[3].starts_with("records/2018.jsonl:6:1: "));
  }
  SECTION("empty file") {
    CHECK(OnlyError(ParseRecordsJsonl("", kJsonl)) ==
          "records/2018.jsonl: empty file");
    CHECK(OnlyError(ParseRecordsJsonl("\n\r\n", kJsonl)) ==
          "records/2018.jsonl: empty file");
  }
}

}  // namespace
}  // namespace annals::indexer
