// Specification of the query language: query text -> Describe() of the tree,
// or the exact error message with its code point position.
#include "query/language/query_parser.h"

#include <catch2/catch.hpp>
#include <chrono>
#include <random>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "query/language/describe.h"

namespace annals::query {
namespace {

// The tree's description, or "error: <message>".
std::string Parse(std::string_view text) {
  auto result = ParseQuery(text);
  if (!result.ok()) {
    CHECK(result.status().code() == core::StatusCode::kInvalidInput);
    return "error: " + result.status().message();
  }
  return Describe(*result);
}

using Golden = std::vector<std::pair<std::string, std::string>>;

void CheckGolden(const Golden& table) {
  for (const auto& [query, expected] : table) {
    INFO("query: " << query);
    CHECK(Parse(query) == expected);
  }
}

TEST_CASE("ParseQuery joins free words with AND, in any script",
          "[query][parser]") {
  CheckGolden({
      {"ERCP", "word\"ERCP\""},
      {"ERCP training", "AND(word\"ERCP\" word\"training\")"},
      {"  ERCP   training  ", "AND(word\"ERCP\" word\"training\")"},
      {"结肠息肉", "word\"结肠息肉\""},
      {"结肠\u3000息肉", "AND(word\"结肠\" word\"息肉\")"},
      {"การส่องกล้อง ERCP", "AND(word\"การส่องกล้อง\" word\"ERCP\")"},
      {"эндоскопия Москва", "AND(word\"эндоскопия\" word\"Москва\")"},
      {"ERCP and EUS", "AND(word\"ERCP\" word\"and\" word\"EUS\")"},
      {"COVID-19", "word\"COVID-19\""},
  });
}

TEST_CASE("ParseQuery keeps colons that are not field prefixes in words",
          "[query][parser]") {
  CheckGolden({
      {"http://example.org/a", "word\"http://example.org/a\""},
      {"08:15 ERCP", "AND(word\"08:15\" word\"ERCP\")"},
      {"std::vector", "word\"std::vector\""},
      {"covid19:x", "word\"covid19:x\""},
      {"李汛:讲座", "word\"李汛:讲座\""},
  });
}

TEST_CASE(
    "ParseQuery reads phrases in straight, typographic and full-width "
    "quotes",
    "[query][parser]") {
  CheckGolden({
      {"\"Li Xun\"", "phrase\"Li Xun\""},
      {"“Li Xun”", "phrase\"Li Xun\""},
      {"＂Li Xun＂", "phrase\"Li Xun\""},
      {"“Li Xun\"", "phrase\"Li Xun\""},
      {"\"  Li \t  Xun \"", "phrase\"Li Xun\""},
      {"ERCP \"Li Xun\" 2019",
       "AND(word\"ERCP\" phrase\"Li Xun\" word\"2019\")"},
      {"a\"b c\"d", "AND(word\"a\" phrase\"b c\" word\"d\")"},
      {"\"结肠 息肉\"", "phrase\"结肠 息肉\""},
      {"\"AND OR NOT ( ) *\"", "phrase\"AND OR NOT ( ) *\""},
  });
}

TEST_CASE("ParseQuery gives NOT over AND over OR", "[query][parser]") {
  CheckGolden({
      {"a OR b c", "OR(word\"a\" AND(word\"b\" word\"c\"))"},
      {"a b OR c", "OR(AND(word\"a\" word\"b\") word\"c\")"},
      {"a AND b OR c AND d",
       "OR(AND(word\"a\" word\"b\") AND(word\"c\" word\"d\"))"},
      {"a AND b", "AND(word\"a\" word\"b\")"},
      {"a -b", "AND(word\"a\" NOT(word\"b\"))"},
      {"a NOT b", "AND(word\"a\" NOT(word\"b\"))"},
      {"a AND NOT b", "AND(word\"a\" NOT(word\"b\"))"},
      {"NOT a b", "AND(NOT(word\"a\") word\"b\")"},
      {"a NOT b OR c", "OR(AND(word\"a\" NOT(word\"b\")) word\"c\")"},
      {"NOT NOT a", "word\"a\""},
      {"+a b", "AND(+word\"a\" word\"b\")"},
      {"a OR +b", "OR(word\"a\" +word\"b\")"},
      {"-\"Li Xun\" ERCP", "AND(NOT(phrase\"Li Xun\") word\"ERCP\")"},
      {"a - b +", "AND(word\"a\" word\"b\")"},
      {"-NOT a", "AND(NOT(word\"NOT\") word\"a\")"},
  });
}

TEST_CASE("ParseQuery groups with parentheses and flattens simple nesting",
          "[query][parser]") {
  CheckGolden({
      {"(a OR b) c", "AND(OR(word\"a\" word\"b\") word\"c\")"},
      {"a (b c)", "AND(word\"a\" word\"b\" word\"c\")"},
      {"a OR (b OR c)", "OR(word\"a\" word\"b\" word\"c\")"},
      {"((a))", "word\"a\""},
      {"(a)(b)", "AND(word\"a\" word\"b\")"},
      {"+(a b) c", "AND(+AND(word\"a\" word\"b\") word\"c\")"},
      {"-(a OR b) c", "AND(NOT(OR(word\"a\" word\"b\")) word\"c\")"},
      {"a (NOT b NOT c)", "AND(word\"a\" NOT(word\"b\") NOT(word\"c\"))"},
      {"NOT(a OR b) c", "AND(NOT(OR(word\"a\" word\"b\")) word\"c\")"},
      {"(title:ERCP)", "title:word\"ERCP\""},
  });
}

TEST_CASE("ParseQuery reads trailing wildcards", "[query][parser]") {
  CheckGolden({
      {"endosc*", "wildcard\"endosc*\""},
      {"endosc* ERCP", "AND(wildcard\"endosc*\" word\"ERCP\")"},
      {"-endosc* ERCP", "AND(NOT(wildcard\"endosc*\") word\"ERCP\")"},
      {"title:endo*", "title:wildcard\"endo*\""},
      {"结肠*", "wildcard\"结肠*\""},
      {"\"endo*\"", "phrase\"endo*\""},
  });
}

TEST_CASE("ParseQuery reads title:, person:, country:, topic:, type:, lang:",
          "[query][parser]") {
  CheckGolden({
      {"title:ERCP", "title:word\"ERCP\""},
      {"TITLE:ERCP", "title:word\"ERCP\""},
      {"title:\"a phrase\"", "title:phrase\"a phrase\""},
      {"title:“结肠 息肉”", "title:phrase\"结肠 息肉\""},
      {"person:\"Li Xun\"", "field:person\"Li Xun\""},
      {"person:李汛", "field:person\"李汛\""},
      {"Person:“Li Xun”", "field:person\"Li Xun\""},
      {"country:Thailand", "field:country\"Thailand\""},
      {"country:TH", "field:country\"TH\""},
      {"topic:EUS", "field:topic\"EUS\""},
      {"type:course", "field:type\"course\""},
      {"type:NEWS", "field:type\"news\""},
      {"type:course|news", "OR(field:type\"course\" field:type\"news\")"},
      {"lang:zh", "field:lang\"zh\""},
      {"lang:ZH", "field:lang\"zh\""},
      {"lang:tha", "field:lang\"tha\""},
      {"title:AND", "title:word\"AND\""},
      {"ERCP person:\"Li Xun\" -type:news year:2019..2021",
       "AND(word\"ERCP\" field:person\"Li Xun\" NOT(field:type\"news\") "
       "range:year[20190101..20211231])"},
      {"+type:course|news ERCP",
       "AND(+OR(field:type\"course\" field:type\"news\") word\"ERCP\")"},
  });
}

TEST_CASE("ParseQuery normalises year: and date: to YYYYMMDD bounds",
          "[query][parser]") {
  CheckGolden({
      {"year:2024", "range:year[20240101..20241231]"},
      {"year:2019..2021", "range:year[20190101..20211231]"},
      {"year:2019..", "range:year[20190101..]"},
      {"year:..2021", "range:year[..20211231]"},
      {"year:2020..2020", "range:year[20200101..20201231]"},
      {"YEAR:1900..2100", "range:year[19000101..21001231]"},
      {"date:2024-03-01..2024-03-31", "range:date[20240301..20240331]"},
      {"date:2024-03", "range:date[20240301..20240331]"},
      {"date:2024-03-01", "range:date[20240301..20240301]"},
      {"date:2024", "range:date[20240101..20241231]"},
      {"date:2024-02", "range:date[20240201..20240229]"},
      {"date:2023-02", "range:date[20230201..20230228]"},
      {"date:2000-02-29", "range:date[20000229..20000229]"},
      {"date:2024-3-1", "range:date[20240301..20240301]"},
      {"date:2024-03..", "range:date[20240301..]"},
      {"date:..2024-04", "range:date[..20240430]"},
      {"date:2023-11..2024-02", "range:date[20231101..20240229]"},
      {"date:\"2024-03\"", "range:date[20240301..20240331]"},
  });
}

TEST_CASE("ParseQuery records positions and the origin of negations",
          "[query][parser]") {
  auto result = ParseQuery("结肠 -news NOT old person:\"Li Xun\"");
  REQUIRE(result.ok());
  const QueryNode& root = *result;
  REQUIRE(root.kind == NodeKind::kAnd);
  REQUIRE(root.children.size() == 4);
  CHECK(root.position == 1);
  CHECK(root.children[1].kind == NodeKind::kNot);
  CHECK(root.children[1].excluded);
  CHECK(root.children[1].position == 4);
  CHECK(root.children[1].children[0].position == 5);
  CHECK_FALSE(root.children[2].excluded);
  CHECK(root.children[2].position == 10);
  CHECK(root.children[3].kind == NodeKind::kField);
  CHECK(root.children[3].position == 18);
  CHECK(root.children[3].text == "Li Xun");
}

TEST_CASE("ParseQuery reports syntax errors with their position",
          "[query][parser][errors]") {
  CheckGolden({
      {"", "error: query:1: empty query"},
      {" \t\n ", "error: query:1: empty query"},
      {"ERCP person:\"Li Xun", "error: query:13: unbalanced quote: \"Li Xun"},
      {"\"", "error: query:1: unbalanced quote: \""},
      {"\"\"", "error: query:1: empty phrase"},
      {"(a b", "error: query:1: unbalanced parenthesis: \"(\" is never closed"},
      {"a (", "error: query:3: unbalanced parenthesis: \"(\" is never closed"},
      {"a b)",
       "error: query:4: unbalanced parenthesis: \")\" has no matching \"(\""},
      {") a",
       "error: query:1: unbalanced parenthesis: \")\" has no matching \"(\""},
      {"a ()", "error: query:3: empty parentheses"},
      {"ERCP AND", "error: query:6: AND has no operand after it"},
      {"AND x", "error: query:1: AND has no operand before it"},
      {"OR x", "error: query:1: OR has no operand before it"},
      {"a OR", "error: query:3: OR has no operand after it"},
      {"a NOT", "error: query:3: NOT has no operand after it"},
      {"a AND OR b", "error: query:3: AND has no operand after it"},
      {"(a OR) b", "error: query:4: OR has no operand after it"},
      {"*", "error: query:1: a wildcard needs a prefix: \"*\""},
      {"a *abc",
       "error: query:3: \"*\" is allowed only at the end of a word: "
       "\"*abc\""},
      {"结肠 en*do",
       "error: query:6: \"*\" is allowed only at the end of a word: "
       "\"en*do\""},
  });
}

TEST_CASE("ParseQuery rejects queries without a positive term",
          "[query][parser][errors]") {
  CheckGolden({
      {"-foo", "error: query:1: a query needs at least one positive term"},
      {"NOT foo", "error: query:1: a query needs at least one positive term"},
      {"-a -b", "error: query:1: a query needs at least one positive term"},
      {"(NOT a)", "error: query:2: a query needs at least one positive term"},
      {"a OR -b", "error: query:6: each side of OR needs a positive term"},
      {"NOT a OR b", "error: query:1: each side of OR needs a positive term"},
  });
}

TEST_CASE("ParseQuery reports field errors with their position",
          "[query][parser][errors]") {
  const std::string known =
      " (known: title, person, country, topic, type, lang, year, date)";
  CheckGolden({
      {"foo:bar", "error: query:1: unknown field \"foo\"" + known},
      {"李汛 Foo:bar", "error: query:4: unknown field \"Foo\"" + known},
      {"-foo:bar x", "error: query:2: unknown field \"foo\"" + known},
      {"person:", "error: query:1: empty value for field \"person\""},
      {"a person: b", "error: query:3: empty value for field \"person\""},
      {"person:\"\"", "error: query:1: empty value for field \"person\""},
      {"person:li*",
       "error: query:10: wildcards work only in free text and title: "
       "(\"person:li*\")"},
      {"title:*", "error: query:7: a wildcard needs a prefix: \"*\""},
      {"year:24",
       "error: query:6: year \"24\" is not a 4-digit year from 1900 to 2100"},
      {"year:1899",
       "error: query:6: year \"1899\" is not a 4-digit year from 1900 to "
       "2100"},
      {"year:2101",
       "error: query:6: year \"2101\" is not a 4-digit year from 1900 to "
       "2100"},
      {"year:2019..21",
       "error: query:12: year \"21\" is not a 4-digit year from 1900 to 2100"},
      {"year:2019...2021",
       "error: query:12: year \".2021\" is not a 4-digit year from 1900 to "
       "2100"},
      {"year:2021..2019",
       "error: query:6: year range \"2021..2019\" runs backwards (low > "
       "high)"},
      {"year:..", "error: query:6: year range \"..\" needs a bound"},
      {"date:2024-02-30", "error: query:6: date \"2024-02-30\" is not a date"},
      {"date:2023-02-29", "error: query:6: date \"2023-02-29\" is not a date"},
      {"date:1900-02-29", "error: query:6: date \"1900-02-29\" is not a date"},
      {"date:2024-13", "error: query:6: date \"2024-13\" is not a date"},
      {"date:2024-00-10", "error: query:6: date \"2024-00-10\" is not a date"},
      {"date:2024/03/01",
       "error: query:6: date \"2024/03/01\" is not a date (want YYYY, "
       "YYYY-MM or YYYY-MM-DD)"},
      {"date:2024-03-01-02",
       "error: query:6: date \"2024-03-01-02\" is not a date (want YYYY, "
       "YYYY-MM or YYYY-MM-DD)"},
      {"date:1899-12",
       "error: query:6: date \"1899-12\" is not from 1900 to 2100"},
      {"date:2024-03-31..2024-03-01",
       "error: query:6: date range \"2024-03-31..2024-03-01\" runs backwards "
       "(low > high)"},
      {"type:video",
       "error: query:6: type \"video\" is not one of: course, news"},
      {"type:course|",
       "error: query:13: type \"\" is not one of: course, news"},
      {"lang:english",
       "error: query:6: lang \"english\" is not a 2-3 letter language tag"},
      {"lang:z", "error: query:6: lang \"z\" is not a 2-3 letter language tag"},
      {"lang:z1",
       "error: query:6: lang \"z1\" is not a 2-3 letter language tag"},
  });
}

TEST_CASE("ParseQuery rejects invalid UTF-8 without crashing",
          "[query][parser][robustness]") {
  using namespace std::string_literals;
  CheckGolden({
      {"ERCP \xFF", "error: query:6: invalid UTF-8 (byte 0xFF at byte 6)"},
      {"结\xFF", "error: query:2: invalid UTF-8 (byte 0xFF at byte 4)"},
      {"a \xE7\xBB", "error: query:3: invalid UTF-8 (byte 0xE7 at byte 3)"},
      {"\xC0\xAF", "error: query:1: invalid UTF-8 (byte 0xC0 at byte 1)"},
      {"\xED\xA0\x80", "error: query:1: invalid UTF-8 (byte 0xED at byte 1)"},
      {"\xF4\x90\x80\x80",
       "error: query:1: invalid UTF-8 (byte 0xF4 at byte 1)"},
      {"\x80", "error: query:1: invalid UTF-8 (byte 0x80 at byte 1)"},
  });
  SECTION("control characters and NUL count as spaces") {
    CHECK(Parse("ERCP\x01\x1F"
                "EUS"s +
                '\0' + "x"s) == "AND(word\"ERCP\" word\"EUS\" word\"x\")");
    CHECK(Parse("\"Li\x07Xun\"") == "phrase\"Li Xun\"");
  }
}

TEST_CASE("ParseQuery handles 10,000-term queries in linear time",
          "[query][parser][robustness]") {
  std::string words, ors, nots;
  for (int i = 0; i < 10000; ++i) {
    words += "t" + std::to_string(i) + " ";
    ors += "t" + std::to_string(i) + " OR ";
    nots += "NOT ";
  }
  const auto start = std::chrono::steady_clock::now();
  auto and_result = ParseQuery(words);
  REQUIRE(and_result.ok());
  CHECK(and_result->children.size() == 10000);
  auto or_result = ParseQuery(ors + "last");
  REQUIRE(or_result.ok());
  CHECK(or_result->children.size() == 10001);
  CHECK(Parse(nots + "x") == "word\"x\"");
  CHECK(Parse("x -(" + words + ")").rfind("AND(word\"x\" NOT(AND(", 0) == 0);
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(5));
}

TEST_CASE("ParseQuery limits nesting to kMaxQueryDepth levels",
          "[query][parser][robustness]") {
  const auto nested = [](size_t depth, const std::string& open) {
    std::string text;
    for (size_t i = 0; i < depth; ++i) text += open;
    text += "a";
    for (size_t i = 0; i < depth; ++i) text += ")";
    return text;
  };
  CHECK(Parse(nested(kMaxQueryDepth, "(")) == "word\"a\"");
  CHECK(Parse(nested(kMaxQueryDepth + 1, "(")) ==
        "error: query:101: parentheses nested deeper than 100 levels");
  CHECK(Parse(std::string(100000, '(')) ==
        "error: query:101: parentheses nested deeper than 100 levels");
  CHECK(Parse(nested(5000, "-(")).rfind("error: query:", 0) == 0);
  CHECK(Parse(nested(5000, "x (")).rfind("error: query:", 0) == 0);
}

TEST_CASE("ParseQuery cuts long pieces in messages",
          "[query][parser][robustness]") {
  const std::string message = Parse("\"" + std::string(1000, 'x'));
  CHECK(message ==
        "error: query:1: unbalanced quote: \"" + std::string(39, 'x') + "...");
}

TEST_CASE("ParseQuery survives random input", "[query][parser][robustness]") {
  const std::vector<std::string> pieces = {
      "a",     "AND",   "OR",   "NOT", "(",    ")",      "\"",
      "“",     "”",     "-",    "+",   "*",    "title:", "year:",
      "date:", "type:", "foo:", "..",  "2024", "-03",    "|",
      ":",     " ",     "\xFF", "结",  "\t",   "course", "http://"};
  std::mt19937 random(20240301);
  for (int round = 0; round < 20000; ++round) {
    std::string text;
    const size_t length = random() % 12;
    for (size_t i = 0; i < length; ++i)
      text += pieces[random() % pieces.size()];
    auto result = ParseQuery(text);
    INFO("query: " << text);
    if (result.ok()) {
      CHECK_FALSE(Describe(*result).empty());
    } else {
      CHECK(result.status().message().rfind("query:", 0) == 0);
    }
  }
}

}  // namespace
}  // namespace annals::query
