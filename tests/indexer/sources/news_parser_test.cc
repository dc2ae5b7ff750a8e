// Specification of the news parser: docs/formats.md section 1, quirk by quirk.
#include "indexer/sources/news_parser.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>
#include <string>

namespace annals::indexer {
namespace {

using namespace std::string_literals;

const std::string kPath = "news/2018-05.txt";

ParsedNews MustParse(std::string_view bytes) {
  core::Result<ParsedNews> news = ParseNews(bytes, kPath, "news/2018-05");
  INFO((news.ok() ? "" : news.status().message()));
  REQUIRE(news.ok());
  return std::move(news).value();
}

std::string ErrorOf(std::string_view bytes) {
  core::Result<ParsedNews> news = ParseNews(bytes, kPath, "news/2018-05");
  REQUIRE_FALSE(news.ok());
  CHECK(news.status().code() == core::StatusCode::kInvalidInput);
  return news.status().message();
}

std::string ReadFixture(const std::string& name) {
  std::ifstream in(std::string(ANNALS_FIXTURES_DIR) + "/parsers/" + name,
                   std::ios::binary);
  REQUIRE(in);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

TEST_CASE("ParseNews reads a complete example article", "[indexer][news]") {
  ParsedNews news = MustParse(ReadFixture("silk-road-2018.txt"));
  const core::Record& r = news.record;
  CHECK(r.id == "news/2018-05");
  CHECK(r.type == core::DocType::kNews);
  CHECK(r.source == kPath);
  CHECK(r.title ==
        "The 3rd Silk Road Colonoscopy Workshop Opens in Urumqi with Trainees "
        "from Five Countries and Re");
  CHECK(r.published == "2018-05-23");
  CHECK(r.published_time == "08:15:00");
  CHECK(r.event_date == "2018-05-23");
  CHECK(r.views == 1203);
  CHECK(r.extra.empty());
  CHECK(news.warnings.empty());
  CHECK(news.body_lines == std::vector<int>{3, 4, 5});
  CHECK(r.body.starts_with("On May 21, the Digestive"));
  CHECK(r.body.ends_with("attended the opening ceremony."));
}

TEST_CASE("ParseNews keeps a cut headline as it is", "[indexer][news]") {
  SECTION("cut in the middle of a word, spaces around trimmed") {
    ParsedNews news = MustParse(
        "  Trainees from Five Countries and Re \n"
        "date:2018/5/23\nBody.");
    CHECK(news.record.title == "Trainees from Five Countries and Re");
  }
  SECTION("cut before a closing quote") {
    ParsedNews news =
        MustParse("Prof. Ma: “Endoscopy is a team\ndate:2018/5/23\n");
    CHECK(news.record.title == "Prof. Ma: “Endoscopy is a team");
  }
  SECTION("full-width spaces around a Chinese headline are trimmed") {
    ParsedNews news =
        MustParse("\u3000丝绸之路结肠镜培训班开班\u3000\n日期：2018-05-23\n");
    CHECK(news.record.title == "丝绸之路结肠镜培训班开班");
  }
}

TEST_CASE("ParseNews reads every form of the metadata line",
          "[indexer][news]") {
  SECTION("date with a time after a space, and hot") {
    ParsedNews news = MustParse("T\ndate:2018/5/23 08:15:00 hot:1203\nP");
    CHECK(news.record.published == "2018-05-23");
    CHECK(news.record.published_time == "08:15:00");
    CHECK(news.record.views == 1203);
  }
  SECTION("date without a time") {
    ParsedNews news = MustParse("T\ndate:2018/5/3\nP");
    CHECK(news.record.published == "2018-05-03");
    CHECK(news.record.published_time.empty());
  }
  SECTION("a short time is normalised") {
    CHECK(MustParse("T\ndate:2018/5/23 8:15\n").record.published_time ==
          "08:15:00");
  }
  SECTION("full-width colon, ISO date, 点击") {
    ParsedNews news = MustParse("T\n日期：2018-05-23 点击：1203\nP");
    CHECK(news.record.published == "2018-05-23");
    CHECK(news.record.views == 1203);
    CHECK(news.warnings.empty());
  }
  SECTION("发布时间 with a Chinese date") {
    ParsedNews news = MustParse("T\n发布时间：2018年5月23日\nP");
    CHECK(news.record.published == "2018-05-23");
    CHECK(news.record.views == -1);
  }
  SECTION("a value after a space following the colon") {
    ParsedNews news = MustParse("T\ndate: 2018/5/23 08:15:00 hot: 1,203\nP");
    CHECK(news.record.published == "2018-05-23");
    CHECK(news.record.published_time == "08:15:00");
    CHECK(news.record.views == 1203);
  }
  SECTION("keys are case-insensitive and fields separated by U+3000") {
    ParsedNews news = MustParse("T\nDate:2018-05-23\u3000HOT:7\nP");
    CHECK(news.record.published == "2018-05-23");
    CHECK(news.record.views == 7);
  }
  SECTION("unknown keys go to extra, in order, not fatal") {
    ParsedNews news = MustParse(
        "T\n来源：新华网 date:2018/5/23 author:Li url:http://x.cn/a\nP");
    CHECK(news.record.published == "2018-05-23");
    using Extra = std::vector<std::pair<std::string, std::string>>;
    CHECK(news.record.extra == Extra{{"来源", "新华网"},
                                     {"author", "Li"},
                                     {"url", "http://x.cn/a"}});
    CHECK(news.warnings.empty());
  }
  SECTION("event date is the publication date for now") {
    CHECK(MustParse("T\ndate:2018/5/23\n").record.event_date == "2018-05-23");
  }
}

TEST_CASE("ParseNews warns about a missing or bad date but keeps the article",
          "[indexer][news]") {
  SECTION("date that is not a calendar day") {
    ParsedNews news = MustParse("T\ndate:2019/13/40 hot:5\nP");
    CHECK(news.record.published.empty());
    CHECK(news.record.event_date.empty());
    CHECK(news.record.views == 5);
    REQUIRE(news.warnings.size() == 1);
    CHECK(news.warnings[0] ==
          "news/2018-05.txt:2: date \"2019/13/40\" is not a date of the "
          "calendar; publication date unknown");
  }
  SECTION("date that is not a date at all") {
    ParsedNews news = MustParse("T\ndate:yesterday\nP");
    REQUIRE(news.warnings.size() == 1);
    CHECK(news.warnings[0].starts_with("news/2018-05.txt:2: date "));
  }
  SECTION("metadata line without a date") {
    ParsedNews news = MustParse("T\nhot:12\nP");
    CHECK(news.record.views == 12);
    CHECK(news.warnings == std::vector<std::string>{
                               "news/2018-05.txt:2: metadata line has no date; "
                               "publication date unknown"});
  }
  SECTION("bad time and bad count are warnings too") {
    ParsedNews news = MustParse("T\ndate:2018/5/23 25:00:00 hot:many\nP");
    CHECK(news.record.published == "2018-05-23");
    CHECK(news.record.published_time.empty());
    CHECK(news.record.views == -1);
    CHECK(news.warnings.size() == 2);
  }
}

TEST_CASE("ParseNews treats a line 2 without key:value as the first paragraph",
          "[indexer][news]") {
  SECTION("plain paragraph") {
    ParsedNews news =
        MustParse("Headline\nOn May 21, the course opened.\nMore.");
    CHECK(news.record.body == "On May 21, the course opened.\nMore.");
    CHECK(news.body_lines == std::vector<int>{2, 3});
    CHECK(news.record.published.empty());
    CHECK(news.warnings ==
          std::vector<std::string>{"news/2018-05.txt:2: no metadata line; "
                                   "publication date unknown"});
  }
  SECTION("a paragraph with a colon in it is still a paragraph") {
    ParsedNews news = MustParse("Headline\nSpeakers: Prof. Ma and Dr. Li.\n");
    CHECK(news.record.body == "Speakers: Prof. Ma and Dr. Li.");
    CHECK(news.record.extra.empty());
  }
  SECTION("a Chinese paragraph led by one unknown key is still a paragraph") {
    ParsedNews news = MustParse("标题\n记者：李华报道，5月21日培训班开班。\n");
    CHECK(news.record.body == "记者：李华报道，5月21日培训班开班。");
    CHECK(news.record.extra.empty());
    CHECK(news.body_lines == std::vector<int>{2});
  }
  SECTION("two unknown fields make a metadata line") {
    ParsedNews news = MustParse("T\n来源：新华网 作者：李华\nP");
    CHECK(news.record.extra.size() == 2);
    CHECK(news.record.body == "P");
  }
  SECTION("headline only") {
    ParsedNews news = MustParse("Headline only");
    CHECK(news.record.body.empty());
    CHECK(news.warnings ==
          std::vector<std::string>{"news/2018-05.txt: no metadata line; "
                                   "publication date unknown"});
  }
}

TEST_CASE("ParseNews joins paragraphs and maps them to file lines",
          "[indexer][news]") {
  SECTION("blank lines are skipped, last line without newline") {
    ParsedNews news =
        MustParse("T\n\ndate:2018/5/23\n\nOne\n  \nTwo\n\n\nThree");
    CHECK(news.record.published == "2018-05-23");
    CHECK(news.record.body == "One\nTwo\nThree");
    CHECK(news.body_lines == std::vector<int>{5, 7, 10});
  }
  SECTION("CRLF line ends") {
    ParsedNews news =
        MustParse("T\r\ndate:2018/5/23 08:15:00\r\nOne\r\n\r\nTwo\r\n");
    CHECK(news.record.title == "T");
    CHECK(news.record.published_time == "08:15:00");
    CHECK(news.record.body == "One\nTwo");
    CHECK(news.body_lines == std::vector<int>{3, 5});
  }
  SECTION("a UTF-8 BOM is stripped") {
    ParsedNews news = MustParse("\xEF\xBB\xBFHeadline\ndate:2018/5/23\nP");
    CHECK(news.record.title == "Headline");
    CHECK(news.record.published == "2018-05-23");
  }
  SECTION("mixed scripts, typographic quotes, full-width punctuation kept") {
    std::string text =
        "马林教授（新疆）说：“ERCP、EUS、ESD” — Проф. Иванов, ‘ไทย’";
    ParsedNews news = MustParse("T\n日期：2018-05-23\n　" + text + "　\n");
    CHECK(news.record.body == text);
  }
}

TEST_CASE("ParseNews rejects what is not an article", "[indexer][news]") {
  SECTION("empty file") {
    CHECK(ErrorOf("") == "news/2018-05.txt: empty file");
    CHECK(ErrorOf("\xEF\xBB\xBF") == "news/2018-05.txt: empty file");
  }
  SECTION("whitespace-only file") {
    CHECK(ErrorOf(" \r\n\t\n\u3000\n") ==
          "news/2018-05.txt: file has only white space");
  }
  SECTION("invalid UTF-8 names the line and byte offset") {
    CHECK(ErrorOf("Title\ndate:2018/5/23\nab\xFF") ==
          "news/2018-05.txt:3: invalid UTF-8 at byte offset 23 (byte 0xFF)");
    // The offset counts from the start of the file, BOM included.
    CHECK(ErrorOf("\xEF\xBB\xBFT\n\xFF") ==
          "news/2018-05.txt:2: invalid UTF-8 at byte offset 5 (byte 0xFF)");
    CHECK(ErrorOf("Title\xC0\xAF\n")
              .starts_with("news/2018-05.txt:1: invalid "
                           "UTF-8 at byte offset 5"));
    CHECK(ErrorOf("T\n\xED\xA0\x80\n").starts_with("news/2018-05.txt:2:"));
    CHECK(ErrorOf("T\n\xE4\xB8").starts_with("news/2018-05.txt:2:"));
  }
  SECTION("binary content: a NUL byte") {
    CHECK(ErrorOf("Title\nbody\0more"s) ==
          "news/2018-05.txt:2: binary content (NUL byte at byte offset 10)");
  }
  SECTION("binary content: mostly control characters") {
    CHECK(ErrorOf("\x01\x02\x03\x04T\x05\x06\n")
              .starts_with("news/2018-05.txt: binary content"));
  }
  SECTION("no headline: only blank lines before the metadata line") {
    CHECK(ErrorOf("\ndate:2018/5/23\nBody") ==
          "news/2018-05.txt:2: no headline (line 2 is a metadata line and no "
          "text comes before it)");
  }
  SECTION("no headline: line 1 is the metadata line") {
    CHECK(ErrorOf("date:2018/5/23 hot:3\nBody") ==
          "news/2018-05.txt:1: no headline (line 1 is a metadata line and no "
          "text comes before it)");
  }
  SECTION("no headline: nothing but page chrome") {
    CHECK(ErrorOf("\n当前位置：首页 > 新闻\n\n字号:\n+-14\n") ==
          "news/2018-05.txt: no headline (the first 20 lines are blank or page "
          "chrome)");
  }
}

}  // namespace
}  // namespace annals::indexer
