// Tests of indexer/extract/trainees: the countries of trainees and their
// total, also when the text gives no number per country.
#include <catch2/catch.hpp>
#include <string>

#include "indexer/extract/people_extractor.h"

namespace annals::indexer {
namespace {

// "CC n, CC n ... / total".
std::string Trainees(std::string_view body) {
  ArticleEntities found = ExtractEntities("", body, "");
  std::string out;
  for (const core::TraineeCount& t : found.trainees) {
    out += t.country + " " + std::to_string(t.count) + ", ";
  }
  return out + "/ " + std::to_string(found.trainee_total);
}

TEST_CASE("trainee countries and totals", "[indexer][places]") {
  SECTION("a Han total with the list of countries after it") {
    CHECK(Trainees("此次共招收学员19名，分别来自蒙古、波兰、埃及、苏丹、缅甸、"
                   "几内亚、印度尼西亚、菲律宾等8个国家。") ==
          "MN 0, PL 0, EG 0, SD 0, MM 0, GN 0, ID 0, PH 0, / 19");
  }
  SECTION("a Han list before the count, with 等…国家") {
    CHECK(
        Trainees("来自埃塞俄比亚、肯尼亚、乌干达等国家的22名学员参加培训。") ==
        "ET 0, KE 0, UG 0, / 22");
    CHECK(
        Trainees("共培训了来自斯里兰卡、津巴布韦、古巴等10个国家34名学员。") ==
        "LK 0, ZW 0, CU 0, / 34");
  }
  SECTION("English: N trainees from M countries including ...") {
    CHECK(Trainees("The course enrolled 19 trainees from 8 countries including "
                   "Pakistan, Afghanistan and Tajikistan.") ==
          "PK 0, AF 0, TJ 0, / 19");
  }
  SECTION("a count over several countries and a count of one") {
    CHECK(Trainees("14 foreign trainees from Nepal, Laos and Mongolia and 6 "
                   "trainees from China took part.") ==
          "NP 0, LA 0, MN 0, CN 6, / 20");
  }
  SECTION("per-country counts add up") {
    CHECK(
        Trainees("本次培训班共有来自塔吉克斯坦的4名学员和来自吉尔吉斯斯坦的3名"
                 "学员。") == "TJ 4, KG 3, / 7");
  }
}

}  // namespace
}  // namespace annals::indexer
