// Tests of indexer/extract/person_country: a person's country from the
// institution the text gives them, through the country and city gazetteers.
#include <catch2/catch.hpp>
#include <string>

#include "indexer/extract/people_extractor.h"

namespace annals::indexer {
namespace {

std::string CountryOf(std::string_view body, std::string_view name) {
  ArticleEntities found = ExtractEntities("", body, "");
  for (const core::Person& person : found.people) {
    if (person.name == name) return person.country;
  }
  return "(not found)";
}

TEST_CASE("a person's country from the affiliation", "[indexer][places]") {
  SECTION("a city in the affiliation") {
    CHECK(CountryOf("Prof. Stuart Clark, Dean of Surgery of the Royal College "
                    "of Surgeons in Edinburgh, welcomed the delegation.",
                    "Stuart Clark") == "GB");
    CHECK(CountryOf("Dr. Olga Petrova of the Kazan State Medical University "
                    "gave a lecture.",
                    "Olga Petrova") == "RU");
  }
  SECTION("a city standing after the affiliation") {
    CHECK(CountryOf("Dr. Helen Marsh, Medical Director of Riverside "
                    "University Hospital, Middlesbrough, met the guests.",
                    "Helen Marsh") == "GB");
  }
  SECTION("a demonym in the affiliation") {
    CHECK(CountryOf("Prof. Alan Fairley, Vice President of the British "
                    "Orthopaedic Association, met the guests.",
                    "Alan Fairley") == "GB");
  }
  SECTION("a Han institution before the position") {
    CHECK(
        CountryOf("访问期间，爱丁堡皇家外科学院教育部主任斯图尔特·伦诺克斯教授"
                  "介绍了培训体系。",
                  "斯图尔特·伦诺克斯") == "GB");
  }
  SECTION("what the words around the name say comes first") {
    CHECK(CountryOf("Prof. Reza Karimi (Iran), Director of the Endoscopy "
                    "Center of Ruijin Hospital, Shanghai, gave a talk.",
                    "Reza Karimi") == "IR");
  }
  SECTION("no institution, no country") {
    CHECK(CountryOf("Prof. Ma Lin gave a lecture.", "Ma Lin").empty());
  }
}

}  // namespace
}  // namespace annals::indexer
