// Tests of indexer/extract/event_date: one section per rule, robustness, and
// precision/recall on the labelled set
// tests/fixtures/extraction/event_dates.tsv.
#include "indexer/extract/event_date.h"

#include <catch2/catch.hpp>
#include <chrono>
#include <fstream>
#include <iostream>
#include <random>
#include <string>
#include <utility>

#include "core/dates.h"

namespace annals::indexer {
namespace {

core::PartialDate Date(std::string_view iso) {
  if (iso.empty()) return {};
  auto date = core::ParseDate(iso);
  REQUIRE(date.ok());
  return *date;
}

// The ISO event date found, or "-".
std::string Find(std::string_view body, std::string_view published,
                 std::string_view language = "") {
  auto found = FindEventDate(body, Date(published), language);
  return found ? found->date.Iso() : "-";
}

TEST_CASE("date_words.txt loads", "[indexer][event_date]") {
  core::Status status = CheckEventDateWords();
  INFO(status.message());
  REQUIRE(status.ok());
}

TEST_CASE("FindEventDate reads English dates", "[indexer][event_date]") {
  SECTION("month-day resolves against the publication date") {
    auto found = FindEventDate(
        "On May 21, the Digestive Endoscopy Center opened the 3rd workshop.",
        Date("2018-05-23"), "en");
    REQUIRE(found);
    CHECK(found->date.Iso() == "2018-05-21");
    CHECK(found->rule == "en:month-day relative to publication");
    CHECK(found->evidence == "May 21");
    CHECK(found->paragraph == 0);
  }
  SECTION("last + month name") {
    CHECK(Find("The course was held last November.", "2021-01-10") ==
          "2020-11");
    CHECK(Find("The course was held last March.", "2021-05-10") == "2021-03");
  }
  SECTION("a month-day without year goes to the closest year, past first") {
    CHECK(Find("The course was held on December 28.", "2019-01-08") ==
          "2018-12-28");
    CHECK(Find("The course opened on January 3.", "2018-12-20") ==
          "2019-01-03");
    CHECK(Find("The course was held on December 28.", "2018-07-01") ==
          "2017-12-28");
  }
  SECTION("explicit years win") {
    CHECK(Find("The course was held on May 21, 2017.", "2018-05-23") ==
          "2017-05-21");
    CHECK(Find("The course was held on 21 May 2017.", "2018-05-23") ==
          "2017-05-21");
  }
  SECTION("abbreviations and ordinals") {
    CHECK(Find("On Sept. 5 the workshop opened.", "2019-09-10") ==
          "2019-09-05");
    CHECK(Find("The workshop opened on the 5th of Sept.", "2019-09-10") ==
          "2019-09-05");
  }
  SECTION("ranges give their start") {
    CHECK(Find("The course ran from 12 to 15 March.", "2019-03-20") ==
          "2019-03-12");
    CHECK(Find("The course ran March 12–15, 2019.", "2019-03-20") ==
          "2019-03-12");
    CHECK(Find("Held May 30 – June 2, 2019.", "2019-06-20") == "2019-05-30");
  }
  SECTION("month-year and year give partial dates") {
    CHECK(Find("The course was held in November 2020.", "2020-12-10") ==
          "2020-11");
    CHECK(Find("The course was held in 2020.", "2020-12-10") == "2020");
  }
  SECTION("yesterday is the day before publication") {
    auto found = FindEventDate("Yesterday the workshop opened.",
                               Date("2018-03-01"), "en");
    REQUIRE(found);
    CHECK(found->date.Iso() == "2018-02-28");
    CHECK(found->rule == "en:yesterday");
  }
  SECTION("vague or lower-case words are not dates") {
    CHECK(Find("Last week the workshop opened on Monday.", "2018-03-01") ==
          "-");
    CHECK(Find("Trainees may 21 times repeat the exercise.", "2018-03-01") ==
          "-");
  }
}

TEST_CASE("FindEventDate reads Chinese dates", "[indexer][event_date]") {
  CHECK(Find("5月21日，培训班开班。", "2018-05-23", "zh") == "2018-05-21");
  CHECK(Find("5月21号，培训班开班。", "2018-05-23", "zh") == "2018-05-21");
  CHECK(Find("2019年3月12日至15日，培训班在昆明举办。", "2019-03-20") ==
        "2019-03-12");
  CHECK(Find("2020年11月，医院举办培训班。", "2020-12-10") == "2020-11");
  CHECK(Find("去年11月，医院举办培训班。", "2021-01-10") == "2020-11");
  CHECK(Find("今年3月5日，医院举办培训班。", "2021-04-10") == "2021-03-05");
  CHECK(Find("研讨会于８月２８日召开。", "2017-09-05") == "2017-08-28");
  auto found = FindEventDate("昨天，培训班结业。", Date("2022-10-20"), "zh-CN");
  REQUIRE(found);
  CHECK(found->date.Iso() == "2022-10-19");
  CHECK(found->evidence == "昨天");
}

TEST_CASE("FindEventDate reads Russian dates", "[indexer][event_date]") {
  auto found = FindEventDate("21 мая 2018 года состоялся мастер-класс.",
                             Date("2018-05-23"), "ru");
  REQUIRE(found);
  CHECK(found->date.Iso() == "2018-05-21");
  CHECK(found->rule == "ru:day-month");
  CHECK(found->evidence == "21 мая 2018");
  CHECK(Find("21 мая состоялся курс.", "2018-05-23") == "2018-05-21");
  CHECK(Find("С 12 по 15 марта прошёл семинар.", "2019-03-20") == "2019-03-12");
  CHECK(Find("В НОЯБРЕ 2020 ГОДА прошло обучение.", "2020-12-05") == "2020-11");
  CHECK(Find("Церемония состоялась 16.12.2019.", "2019-12-20") == "2019-12-16");
}

TEST_CASE("FindEventDate reads Thai dates", "[indexer][event_date]") {
  auto found = FindEventDate("จัดอบรมเมื่อวันที่ 15 มกราคม 2566 ณ ห้องประชุม",
                             Date("2023-01-20"), "th");
  REQUIRE(found);
  CHECK(found->date.Iso() == "2023-01-15");
  CHECK(found->rule == "th:buddhist-era");
  CHECK(Find("พิธีเปิดเมื่อวันที่ 15 ม.ค. 66", "2023-01-20") == "2023-01-15");
  CHECK(Find("ระหว่างวันที่ 26-28 สิงหาคม พ.ศ. 2562 จัดประชุม", "2019-08-30") ==
        "2019-08-26");
  CHECK(Find("ในเดือนพฤศจิกายน 2565 จัดอบรม", "2022-12-10") == "2022-11");
  CHECK(Find("จัดอบรมเมื่อวันที่ 11/03/2567", "2024-03-15") == "2024-03-11");
  CHECK(Find("จัดอบรมเมื่อวันที่ ๑๕ มกราคม ๒๕๖๖", "2023-01-20") == "2023-01-15");
}

TEST_CASE("FindEventDate chooses the event date", "[indexer][event_date]") {
  SECTION("a sentence with an event cue beats one without") {
    CHECK(Find("Nurses arrived on April 20.\nThe course began on April 22.",
               "2019-04-30") == "2019-04-22");
  }
  SECTION("an early paragraph beats a late one") {
    CHECK(Find("The course opened on May 21.\nA\nB\nC\nThe course closed on "
               "May 25.",
               "2018-05-28") == "2018-05-21");
  }
  SECTION("negative cues and far years are ignored") {
    CHECK(Find("The hospital was founded in 1952.", "2018-05-23") == "-");
    CHECK(Find("Since 2017 the center has held courses.", "2018-05-23") == "-");
    CHECK(Find("自2017年以来，中心举办培训班。", "2018-05-23") == "-");
    CHECK(Find("In 2010 the center held its first course.", "2018-05-23") ==
          "-");
    CHECK(Find("The hospital, founded in 1952, held a course on May 6.",
               "2019-05-10") == "2019-05-06");
  }
  SECTION("without a publication date only explicit years count") {
    CHECK(Find("The course opened on May 21.", "") == "-");
    CHECK(Find("The course opened on May 21, 2018.", "") == "2018-05-21");
    CHECK(Find("Yesterday the course opened.", "") == "-");
  }
  SECTION("a language tag limits the words to that language") {
    CHECK(Find("The course opened on May 21.", "2018-05-23", "ru") == "-");
    CHECK(Find("The course opened on May 21.", "2018-05-23", "en-GB") ==
          "2018-05-21");
  }
}

TEST_CASE("FindEventDate: recently and background years",
          "[indexer][event_date]") {
  SECTION("recently gives the publication month") {
    auto found = FindEventDate(
        "Recently, a delegation led by Dean Zhou visited the hospital.",
        Date("2019-10-29"), "en");
    REQUIRE(found);
    CHECK(found->date.Iso() == "2019-10");
    CHECK(found->rule == "en:recently (publication month)");
    CHECK(Find("近日，我院代表团赴英国进行学术交流。", "2019-10-30", "zh") ==
          "2019-10");
    CHECK(Find("日前，医院举办培训班。", "2021-04-10", "zh") == "2021-04");
    CHECK(Find("Недавно делегация посетила больницу.", "2020-02-11", "ru") ==
          "2020-02");
  }
  SECTION("a bare year in a background sentence does not replace it") {
    CHECK(Find("Recently, the delegation visited the hospital.\nIn 2019, "
               "the hospital admitted four surgeons from Lanzhou.",
               "2019-10-29") == "2019-10");
    CHECK(Find("近日，代表团赴爱丁堡访问。\n2019年，该学院接收了4名外科医生。",
               "2019-10-30") == "2019-10");
    CHECK(Find("In 2019, the hospital admitted four surgeons.", "2019-10-29") ==
          "-");
  }
  SECTION("a day in the event sentence beats recently") {
    CHECK(Find("Recently, the hospital held a course.\nThe course opened on "
               "October 21.",
               "2019-10-29") == "2019-10-21");
  }
  SECTION("a year in an event sentence still counts") {
    CHECK(Find("The course was held in 2020.", "2021-01-10") == "2020");
  }
}

TEST_CASE("FindEventDate survives any bytes", "[indexer][event_date]") {
  std::mt19937 random(20240601);
  const std::string pieces[] = {
      "May",  " 21",    "\xE6\x9C\x88", "\xD0", "\xFF", "年",
      "日",   "มกราคม", "\n",           "-",    ".",    "99999999999999",
      "2566", "ม.ค."};
  for (int round = 0; round < 2000; ++round) {
    std::string body;
    int length = static_cast<int>(random() % 40);
    for (int i = 0; i < length; ++i) {
      if (random() % 2) {
        body += static_cast<char>(random() % 256);
      } else {
        body += pieces[random() % std::size(pieces)];
      }
    }
    (void)FindEventDate(body, Date("2018-05-23"), "");
  }
  CHECK(Find(std::string("\xE0\xB8", 2), "2018-05-23") == "-");
  CHECK(Find("", "2018-05-23") == "-");
}

TEST_CASE("'Earlier this month' dates to the publication month",
          "[indexer][event_date]") {
  CHECK(Find("Earlier this month, eight anaesthetists from Nepal began a "
             "fellowship.\nThe hospital first trained them in 2009.",
             "2017-03-30", "en") == "2017-03");
  CHECK(Find("本月初，我院完成了首期柬埔寨医师培训。", "2022-01-20", "zh") ==
        "2022-01");
  CHECK(Find("В этом месяце в клинике начался курс для врачей из Лаоса.",
             "2020-03-20", "ru") == "2020-03");
}

TEST_CASE("'Last Monday' is the Monday before publication",
          "[indexer][event_date]") {
  // 2016-11-18 is a Friday; 2020-03-02 and 2020-03-09 are Mondays.
  CHECK(Find("Last Monday, the hospital welcomed twelve nurses.", "2016-11-18",
             "en") == "2016-11-14");
  CHECK(Find("Last Monday the course opened.", "2020-03-09", "en") ==
        "2020-03-02");
  CHECK(Find("В прошлую пятницу в клинике открылся курс.", "2020-03-02",
             "ru") == "2020-02-28");
  CHECK(Find("The course opens on Monday.", "2020-03-04", "en") == "-");
  // One phrase inside unspaced text, and "минувшую".
  CHECK(Find("上周五，四名护士结束了进修。", "2022-03-07", "zh") ==
        "2022-03-04");
  CHECK(Find("เมื่อวันอังคารที่ผ่านมา คณะผู้บริหารเยือนโรงพยาบาล", "2019-11-21", "th") ==
        "2019-11-19");
  CHECK(Find("В минувшую пятницу открылся курс.", "2019-03-18", "ru") ==
        "2019-03-15");
}

TEST_CASE("Dates in Chinese numerals", "[indexer][event_date]") {
  CHECK(Find("二〇一九年九月九日上午，培训班开班。", "2019-09-12", "zh") ==
        "2019-09-09");
  CHECK(Find("二〇二三年五月十五日至十九日，代表团赴喀山访问。", "2023-05-25",
             "zh") == "2023-05-15");
  CHECK(Find("我院于二〇二〇年十二月三十一日举行结业典礼。", "2021-01-04",
             "zh") == "2020-12-31");
  SECTION("a count of days or months is no date") {
    CHECK(Find("学员们完成了为期五日的培训。", "2021-01-04", "zh") == "-");
    CHECK(Find("进修一月后回国。", "2021-01-04", "zh") == "-");
  }
}

TEST_CASE("FindEventDate is fast", "[indexer][event_date]") {
  std::string body;
  while (body.size() < 5000) {
    body +=
        "Prof. Ma Lin (Tajikistan) gave lectures on polypectomy, EMR and "
        "ESD to 24 trainees; the hospital has 2,000 beds.\n";
  }
  body += "On May 21, the 3rd Silk Road Colonoscopy Workshop opened.";
  constexpr int kRounds = 200;
  auto start = std::chrono::steady_clock::now();
  for (int i = 0; i < kRounds; ++i)
    REQUIRE(FindEventDate(body, Date("2018-05-23"), "en"));
  auto elapsed = std::chrono::steady_clock::now() - start;
  double micros =
      std::chrono::duration<double, std::micro>(elapsed).count() / kRounds;
  std::cout << "event_date: " << micros << " us per 5 KB article\n";
  // A figure, not a test of speed: speed is measured by tools/bench.
}

// Precision and recall of FindEventDate on a labelled file of snippets;
// `print_misses` prints each wrong date (a blind batch is printed, not
// asserted), otherwise they are Catch2 warnings.
struct DateFigures {
  int predicted = 0, expected = 0, correct = 0, rows = 0;
  double Precision() const { return predicted ? 1.0 * correct / predicted : 0; }
  double Recall() const { return expected ? 1.0 * correct / expected : 0; }
};

DateFigures EvaluateDates(const std::string& path, bool print_misses = false,
                          const std::string& language = "") {
  std::ifstream in(path);
  REQUIRE(in);
  DateFigures f;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    size_t a = line.find('\t'), b = line.find('\t', a + 1),
           c = line.find('\t', b + 1);
    REQUIRE(c != std::string::npos);
    if (!language.empty() && line.substr(0, a) != language) continue;
    // Paragraphs are separated by " ¶ " in the fixture.
    std::string text;
    std::string_view rest = std::string_view(line).substr(c + 1);
    for (size_t p; (p = rest.find(" ¶ ")) != std::string_view::npos;) {
      text.append(rest.substr(0, p)).push_back('\n');
      rest.remove_prefix(p + std::string_view(" ¶ ").size());
    }
    text.append(rest);
    std::string want = line.substr(b + 1, c - b - 1);
    std::string got =
        Find(text, line.substr(a + 1, b - a - 1), line.substr(0, a));
    ++f.rows;
    f.predicted += got != "-";
    f.expected += want != "-";
    f.correct += got != "-" && got == want;
    if (got != want && print_misses) {
      std::cout << "  expected " << want << ", got " << got << ": " << text
                << "\n";
    } else if (got != want) {
      WARN("expected " << want << ", got " << got << ": " << text);
    }
  }
  return f;
}

TEST_CASE("FindEventDate on the labelled set", "[indexer][event_date]") {
  DateFigures f =
      EvaluateDates(ANNALS_FIXTURES_DIR "/extraction/event_dates.tsv");
  std::cout << "event_date labelled set: " << f.rows << " snippets, precision "
            << f.Precision() << ", recall " << f.Recall() << "\n";
  CHECK(f.rows >= 40);
  REQUIRE(f.Precision() >= 0.8);
  REQUIRE(f.Recall() >= 0.8);
}

// The third, fourth and fifth batches, each written blind to the rules of its
// day: figures printed, overall and per language, never asserted.
TEST_CASE("FindEventDate on the blind batches: figures printed",
          "[indexer][event_date][eval]") {
  const std::pair<const char*, const char*> batches[] = {
      {"event_date blind batch", "/extraction-blind/event_dates.tsv"},
      {"event_date fourth blind batch", "/extraction-blind2/event_dates.tsv"},
      {"event_date fifth blind batch", "/extraction-blind3/event_dates.tsv"}};
  for (const auto& [name, file] : batches) {
    const std::string path = std::string(ANNALS_FIXTURES_DIR) + file;
    DateFigures f = EvaluateDates(path, true);
    CHECK(f.rows >= 20);
    std::cout << name << ": " << f.rows << " snippets, precision "
              << f.Precision() << " (" << f.correct << "/" << f.predicted
              << "), recall " << f.Recall() << " (" << f.correct << "/"
              << f.expected << ")\n";
    for (const char* language : {"en", "zh", "ru", "th"}) {
      DateFigures l = EvaluateDates(path, false, language);
      std::cout << name << ", " << language << ": " << l.rows
                << " snippets, precision " << l.Precision() << " (" << l.correct
                << "/" << l.predicted << "), recall " << l.Recall() << "\n";
    }
  }
}

}  // namespace
}  // namespace annals::indexer
