// Specification of the country gazetteer: lookups in any language, Russian
// case forms, and country mentions in free text.
#include "core/countries.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace annals::core {
namespace {

const CountryGazetteer& Gazetteer() { return CountryGazetteer::Default(); }

// Mentions as "CODE:text" strings, in order.
std::vector<std::string> Mentions(std::string_view text) {
  std::vector<std::string> out;
  for (const CountryMention& m : Gazetteer().FindAll(text))
    out.push_back(m.code + ":" +
                  std::string(text.substr(m.begin, m.end - m.begin)));
  return out;
}

using Strings = std::vector<std::string>;

TEST_CASE("The default gazetteer loads the aliases file", "[core][countries]") {
  INFO(Gazetteer().load_status().message());
  CHECK(Gazetteer().load_status().ok());
}

TEST_CASE("Lookup names a country in any language", "[core][countries]") {
  for (const char* name :
       {"Thailand", "thailand", " THAILAND ", "Thai", "TH", "th", "泰国",
        "Таиланд", "ประเทศไทย", "ไทย", "Thái Lan"}) {
    INFO(name);
    CHECK(Gazetteer().Lookup(name) == "TH");
  }
  SECTION("ICU names") {
    CHECK(Gazetteer().Lookup("Vietnam") == "VN");
    CHECK(Gazetteer().Lookup("越南") == "VN");
    CHECK(Gazetteer().Lookup("Вьетнам") == "VN");
    CHECK(Gazetteer().Lookup("老挝") == "LA");
    CHECK(Gazetteer().Lookup("Tajikistan") == "TJ");
    CHECK(Gazetteer().Lookup("塔吉克斯坦") == "TJ");
    CHECK(Gazetteer().Lookup("Kyrgyzstan") == "KG");
    CHECK(Gazetteer().Lookup("the Philippines") == "PH");
    CHECK(Gazetteer().Lookup("Côte d’Ivoire") == "CI");
    CHECK(Gazetteer().Lookup("Myanmar") == "MM");  // from "Myanmar (Burma)"
    CHECK(Gazetteer().Lookup("Burma") == "MM");
    CHECK(Gazetteer().Lookup("ایران") == "IR");
  }
  SECTION("aliases and demonyms") {
    CHECK(Gazetteer().Lookup("Vietnamese") == "VN");
    CHECK(Gazetteer().Lookup("Tajik") == "TJ");
    CHECK(Gazetteer().Lookup("Uzbek") == "UZ");
    CHECK(Gazetteer().Lookup("Kyrgyz") == "KG");
    CHECK(Gazetteer().Lookup("Filipino") == "PH");
    CHECK(Gazetteer().Lookup("Lao") == "LA");
    CHECK(Gazetteer().Lookup("Malaysian") == "MY");
    CHECK(Gazetteer().Lookup("Russian") == "RU");
    CHECK(Gazetteer().Lookup("Chinese") == "CN");
    CHECK(Gazetteer().Lookup("Iranian") == "IR");
    CHECK(Gazetteer().Lookup("Kazakh") == "KZ");
    CHECK(Gazetteer().Lookup("Burmese") == "MM");
    CHECK(Gazetteer().Lookup("Nepali") == "NP");
    CHECK(Gazetteer().Lookup("UK") == "GB");
    CHECK(Gazetteer().Lookup("USA") == "US");
    CHECK(Gazetteer().Lookup("Кыргызстан") == "KG");
    CHECK(Gazetteer().Lookup("香港") == "HK");
    CHECK(Gazetteer().Lookup("Turkey") == "TR");
    CHECK(Gazetteer().Lookup("Türkiye") == "TR");
  }
  SECTION("Russian case forms") {
    CHECK(Gazetteer().Lookup("Таиланда") == "TH");
    CHECK(Gazetteer().Lookup("Таиланде") == "TH");
    CHECK(Gazetteer().Lookup("Вьетнаме") == "VN");
    CHECK(Gazetteer().Lookup("Китая") == "CN");
    CHECK(Gazetteer().Lookup("России") == "RU");
    CHECK(Gazetteer().Lookup("Россию") == "RU");
    CHECK(Gazetteer().Lookup("Киргизии") == "KG");
    CHECK(Gazetteer().Lookup("Таджикистана") == "TJ");
    CHECK(Gazetteer().Lookup("таджикских") == "TJ");
    CHECK(Gazetteer().Lookup("Перу") == "PE");
    CHECK(Gazetteer().Lookup("Перуа").empty());  // indeclinable
  }
  SECTION("unknown, ambiguous and blocked names") {
    CHECK(Gazetteer().Lookup("").empty());
    CHECK(Gazetteer().Lookup("ZZ").empty());
    CHECK(Gazetteer().Lookup("Atlantis").empty());
    CHECK(Gazetteer().Lookup("刚果").empty());    // Kinshasa or Brazzaville
    CHECK(Gazetteer().Lookup("内蒙古").empty());  // Inner Mongolia
    CHECK(Gazetteer().Lookup("\xff\xfe").empty());
  }
}

TEST_CASE("FindAll finds countries in English text", "[core][countries]") {
  CHECK(Mentions("10 trainees from Laos, Myanmar and Cambodia") ==
        Strings{"LA:Laos", "MM:Myanmar", "KH:Cambodia"});
  CHECK(Mentions(
            "Prof.Kamal Rahimov (Tajikistan) and Dr. Olga Ivanova (Russia)") ==
        Strings{"TJ:Tajikistan", "RU:Russia"});
  CHECK(Mentions("Vietnamese and Thai doctors") ==
        Strings{"VN:Vietnamese", "TH:Thai"});
  SECTION("longest match first") {
    CHECK(Mentions("Papua New Guinea, United States of America, South Korea") ==
          Strings{"PG:Papua New Guinea", "US:United States of America",
                  "KR:South Korea"});
    CHECK(Mentions("Bosnia and Herzegovina; Guinea-Bissau") ==
          Strings{"BA:Bosnia and Herzegovina", "GW:Guinea-Bissau"});
  }
  SECTION("whole words only") {
    CHECK(Mentions("a woman from Indiana").empty());
    CHECK(Mentions("Omani and Indian") == Strings{"IN:Indian"});
    CHECK(Mentions("THAILAND's") == Strings{"TH:THAILAND"});
  }
  SECTION("two-letter codes, lookup-only names and blockers are not mentions") {
    CHECK(Mentions("the US and UK teams, TH").empty());
    CHECK(Mentions("Dr. Chad Smith and Michael Jordan").empty());
    CHECK(Mentions("Inner Mongolia and New Mexico").empty());
  }
  SECTION("a phrase does not span punctuation") {
    CHECK(Mentions("South, Africa") == Strings{});
  }
}

TEST_CASE("FindAll finds countries in Chinese, Russian and Thai text",
          "[core][countries]") {
  CHECK(Mentions("来自泰国、老挝、越南的学员") ==
        Strings{"TH:泰国", "LA:老挝", "VN:越南"});
  CHECK(Mentions("印度尼西亚和印度") == Strings{"ID:印度尼西亚", "IN:印度"});
  CHECK(Mentions("巴布亚新几内亚") == Strings{"PG:巴布亚新几内亚"});
  SECTION("Han blockers") {
    CHECK(Mentions("内蒙古自治区").empty());
    CHECK(Mentions("云南非常美").empty());
    CHECK(Mentions("沿海地区").empty());
  }
  CHECK(Mentions("Врачи из Таиланда и во Вьетнаме, из Китая и России") ==
        Strings{"TH:Таиланда", "VN:Вьетнаме", "CN:Китая", "RU:России"});
  CHECK(Mentions("группа таджикских врачей") == Strings{"TJ:таджикских"});
  CHECK(Mentions("того и этого").empty());
  CHECK(Mentions("แพทย์จากประเทศไทยและลาว") ==
        Strings{"TH:ประเทศไทย", "LA:ลาว"});
}

TEST_CASE("FindAll reports byte offsets and survives bad input",
          "[core][countries]") {
  std::string text = "Ольга из России";
  std::vector<CountryMention> found = Gazetteer().FindAll(text);
  REQUIRE(found.size() == 1);
  CHECK(found[0].begin == text.find("России"));
  CHECK(found[0].end == text.size());
  CHECK(Gazetteer().FindAll("").empty());
  CHECK(Mentions("\xff Laos\xc3") == Strings{"LA:Laos"});
  CHECK_NOTHROW(Gazetteer().FindAll(std::string(10000, '\xe4')));
}

TEST_CASE("EnglishName gives ICU's English name", "[core][countries]") {
  CHECK(Gazetteer().EnglishName("TH") == "Thailand");
  CHECK(Gazetteer().EnglishName("tj") == "Tajikistan");
  CHECK(Gazetteer().EnglishName("ZZ").empty());
  CHECK(Gazetteer().EnglishName("").empty());
}

TEST_CASE("Load reports malformed alias files", "[core][countries]") {
  std::filesystem::path path = std::filesystem::temp_directory_path() /
                               "annals_country_aliases_test.txt";
  auto load = [&path](const std::string& contents) {
    std::ofstream(path) << contents;
    return CountryGazetteer::Load(path.string());
  };
  SECTION("a good file") {
    auto loaded = load("# comment\n\nTH = Siam = Сиам\n- = Siam Paragon\n");
    REQUIRE(loaded.ok());
    CHECK(loaded->Lookup("Siam") == "TH");
    CHECK(loaded->Lookup("Сиама") == "TH");
    CHECK(loaded->FindAll("at Siam Paragon").empty());
    CHECK(loaded->FindAll("old Siam").size() == 1);
  }
  SECTION("an unknown code") {
    auto loaded = load("TH = Siam\nXY = Nowhere\n");
    REQUIRE_FALSE(loaded.ok());
    CHECK(loaded.status().message() ==
          path.string() + ":2: unknown country code \"XY\"");
  }
  SECTION("a line without names") {
    auto loaded = load("TH =\n");
    REQUIRE_FALSE(loaded.ok());
    CHECK(loaded.status().message().find(":1: expected") != std::string::npos);
  }
  SECTION("a missing file") {
    std::filesystem::remove(path);
    CHECK(CountryGazetteer::Load(path.string()).status().code() ==
          StatusCode::kNotFound);
  }
  std::filesystem::remove(path);
}

}  // namespace
}  // namespace annals::core
