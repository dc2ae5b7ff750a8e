// The record parser's tolerance (docs/formats.md section 2): a record whose
// optional field is missing or mistyped is indexed with what is valid, and
// one warning names file, line, record, id and field path.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "indexer/sources/record_parser.h"
#include "tests/indexer/sources/record_json_text.h"

namespace annals::indexer {
namespace {

using namespace std::string_literals;
using testing::Extra;
using testing::kJson;
using testing::Rec;

// A record with one bad optional field: it is indexed with what is valid,
// the bad value's text is kept in extra, and ONE warning names file, line,
// record, id and field path.
TEST_CASE("ParseRecordsJson indexes a record whose optional field is bad",
          "[indexer][records]") {
  struct Case {
    const char* member;
    const char* warning;  // after "records/2018.json:1: record 1 (id "c-1"): "
    Extra extra;          // what record.extra keeps
  };
  const Case cases[] = {
      {R"("series": ["a"])",
       "field \"series\": expected a string, got an array",
       {{"series", "a"}}},
      {R"("edition": "3")",
       "field \"edition\": expected an integer, got a string",
       {{"edition", "3"}}},
      {R"("edition": 3.5)",
       "field \"edition\": 3.5 is not an integer",
       {{"edition", "3.5"}}},
      {R"("edition": 0)",
       "field \"edition\": 0 is out of range (1 to 2147483647)",
       {{"edition", "0"}}},
      {R"("edition": 1e300)",
       "field \"edition\": 1e+300 is out of range (1 to 2147483647)",
       {{"edition", "1e+300"}}},
      {R"("end": "2018-05-20")",
       "field \"end\": 2018-05-20 is before start 2018-05-21",
       {{"end", "2018-05-20"}}},
      {R"("end": "soon")",
       "field \"end\": \"soon\" is not an ISO date (YYYY-MM-DD)",
       {{"end", "soon"}}},
      {R"("type": " ")", "field \"type\": is empty", {{"type", " "}}},
      {R"("location": "Urumqi")",
       "field \"location\": expected an object, got a string",
       {{"location", "Urumqi"}}},
      {R"("location": {"country": "CHN", "city": "Kashgar"})",
       "field \"location.country\": \"CHN\" is not an ISO 3166-1 alpha-2 "
       "country code",
       {{"location.country", "CHN"}}},
      {R"("location": {"city": 1})",
       "field \"location.city\": expected a string, got a number",
       {{"location.city", "1"}}},
      {R"("topics": "EMR")",
       "field \"topics\": expected an array of strings, got a string",
       {{"topics", "EMR"}}},
      {R"("topics": ["EMR", 7])",
       "field \"topics[1]\": expected a string, got a number",
       {{"topics", "7"}}},
      {R"("people": {"name": "A"})",
       "field \"people\": expected an array of objects, got an object",
       {{"people", "A"}}},
      {R"("people": ["A"])",
       "field \"people[0]\": expected an object, got a string",
       {{"people", "A"}}},
      {R"("people": [{"name": "A"}, {"roles": ["chair"], "email": "b@x"}])",
       "field \"people[1].name\": missing",
       {{"people", "chair b@x"}}},
      {R"("people": [{"name": "A", "roles": "chair"}])",
       "field \"people[0].roles\": expected an array of strings, got a string",
       {{"people.roles", "chair"}}},
      {R"("people": [{"name": "A", "talks": ["T1", {"t": "T2"}]}])",
       "field \"people[0].talks[1]\": expected a string, got an object",
       {{"people.talks", "T2"}}},
      {R"("people": [{"name": "A", "country": 86}])",
       "field \"people[0].country\": expected a string, got a number",
       {{"people.country", "86"}}},
      {R"("trainees": [{"country": "TJ", "count": -1}])",
       "field \"trainees[0].count\": -1 is out of range (0 to 2147483647)",
       {{"trainees", "TJ -1"}}},
      {R"("trainees": [{"country": "TJ", "count": 99999999999}])",
       "field \"trainees[0].count\": 99999999999 is out of range (0 to "
       "2147483647)",
       {{"trainees", "TJ 99999999999"}}},
      {R"("trainees": [{"country": "TJ", "count": "4"}])",
       "field \"trainees[0].count\": expected an integer, got a string",
       {{"trainees", "TJ 4"}}},
      {R"("trainees": [{"country": "UZ"}, {"country": "KG", "count": 3}])",
       "field \"trainees[0].count\": missing",
       {{"trainees", "UZ"}}},
      {R"("trainees": [{"count": 4}])",
       "field \"trainees[0].country\": missing",
       {{"trainees", "4"}}},
      {R"("summary": true)",
       "field \"summary\": expected a string, got a boolean",
       {{"summary", "true"}}},
  };
  for (const Case& c : cases) {
    INFO(c.member);
    ParsedRecords parsed = ParseRecordsJson(Rec(c.member), kJson);
    CHECK(parsed.errors.empty());
    REQUIRE(parsed.records.size() == 1);
    const core::Record& r = parsed.records[0];
    CHECK(r.id == "c-1");
    CHECK(r.title == "Course");
    CHECK(r.published == "2018-05-21");
    CHECK(r.extra == c.extra);
    CHECK(parsed.warnings ==
          std::vector<std::string>{
              "records/2018.json:1: record 1 (id \"c-1\"): "s + c.warning +
              "; kept as text only"});
  }
}

TEST_CASE("ParseRecordsJson keeps the valid parts of a record",
          "[indexer][records]") {
  SECTION("the issue's trainee without a count: the others are counted") {
    core::Record r;
    ParsedRecords parsed = ParseRecordsJsonl(
        "\n" + Rec(R"("trainees": [{"country": "UZ"}, )"
                   R"({"country": "KG", "count": 3}], "people": [{"name": )"
                   R"("A", "country": "Kyrgyzstan", "roles": ["chair"]}], )"
                   R"("edition": "third", "summary": "Four days.")"),
        "records/2018.jsonl");
    REQUIRE(parsed.records.size() == 1);
    r = parsed.records[0];
    REQUIRE(r.trainees.size() == 1);
    CHECK(r.trainees[0].country == "KG");
    CHECK(r.trainees[0].count == 3);
    REQUIRE(r.people.size() == 1);
    CHECK(r.people[0].name == "A");
    CHECK(r.people[0].country.empty());
    CHECK(r.people[0].roles == std::vector<std::string>{"chair"});
    CHECK(r.edition == 0);
    CHECK(r.body == "Four days.");
    const std::string where = "records/2018.jsonl:2: record 1 (id \"c-1\"): ";
    CHECK(parsed.warnings ==
          std::vector<std::string>{
              where + "field \"trainees[0].count\": missing; kept as text only",
              where +
                  "field \"people[0].country\": \"Kyrgyzstan\" is not an ISO "
                  "3166-1 alpha-2 country code; kept as text only",
              where + "field \"edition\": expected an integer, got a string; "
                      "kept as text only"});
  }
  SECTION("warnings cite the line of each record in an array") {
    std::string json = "[\n" + Rec() + ",\n" +
                       R"({"id": "c-2", "title": "T", "start": "2020-01-01",)" +
                       "\n \"edition\": \"x\"}\n]";
    ParsedRecords parsed = ParseRecordsJson(json, kJson);
    CHECK(parsed.records.size() == 2);
    CHECK(parsed.errors.empty());
    CHECK(parsed.warnings ==
          std::vector<std::string>{
              "records/2018.json:3: record 2 (id \"c-2\"): field \"edition\": "
              "expected an integer, got a string; kept as text only"});
  }
}

}  // namespace
}  // namespace annals::indexer
