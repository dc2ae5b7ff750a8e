// Tests of indexer/extract/event_place: the event happens where the text
// says it happens, not in the home city of the visitors.
#include <catch2/catch.hpp>
#include <string>

#include "indexer/extract/people_extractor.h"

namespace annals::indexer {
namespace {

std::string Place(std::string_view title, std::string_view body) {
  ArticleEntities found = ExtractEntities(title, body, "");
  return found.city + "|" + found.country;
}

TEST_CASE("the event place follows destination words", "[indexer][places]") {
  SECTION("a visit abroad is placed at its destination") {
    CHECK(Place("Delegation from Lanzhou Visits Bournemouth University",
                "Prof. Li Xun of the First Hospital of Lanzhou University "
                "and his team visited Bournemouth.") == "Bournemouth|GB");
    CHECK(Place("Hospital team returns",
                "Recently, a delegation from the First Hospital of Lanzhou "
                "University arrived in Edinburgh for training.") ==
          "Edinburgh|GB");
    CHECK(Place("我院代表团赴英国爱丁堡开展学术交流",
                "近日，兰州大学第二医院代表团赴爱丁堡访问。") ==
          "Edinburgh|GB");
  }
  SECTION("a country alone counts after a destination word") {
    CHECK(Place("Hospital Team Studies Stroke Care in Germany",
                "Six neurologists from Xi'an completed the visit.") == "|DE");
    CHECK(Place("Course report", "Prof. Reza Karimi (Iran) gave a lecture.") ==
          "|");
  }
  SECTION("the visitors' home city is not the place") {
    CHECK(Place("Visit report",
                "A delegation from Tashkent visited our hospital.") == "|");
  }
  SECTION("a course at home stays at home") {
    CHECK(Place("The 5th ERCP Training Course Opens in Lanzhou",
                "On March 4, the hospital held the course; experts came "
                "from Moscow.") == "Lanzhou|CN");
    CHECK(Place("第二届中亚结肠镜培训班在乌鲁木齐举办",
                "5月21日，培训班开班。") == "Urumqi|CN");
  }
}

}  // namespace
}  // namespace annals::indexer
