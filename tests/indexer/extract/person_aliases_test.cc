// Names the text ties across scripts (in-text aliases), Latin names inside
// Chinese, Russian and Thai text, and the one identity key a person is
// filed under.
#include "indexer/extract/person_aliases.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "core/person_name.h"
#include "core/person_terms.h"
#include "indexer/extract/people_extractor.h"

namespace annals::indexer {
namespace {

const core::Person* Find(const ArticleEntities& e, const std::string& name) {
  for (const core::Person& p : e.people) {
    if (p.name == name) return &p;
    if (std::find(p.names.begin(), p.names.end(), name) != p.names.end())
      return &p;
  }
  return nullptr;
}

bool HasAlias(const core::Person& p, const std::string& alias) {
  return std::find(p.names.begin(), p.names.end(), alias) != p.names.end();
}

TEST_CASE("An in-text alias joins a name and its spelling in brackets",
          "[indexer][people][aliases]") {
  SECTION("a Chinese transliteration with the Latin name") {
    ArticleEntities e = ExtractEntities(
        "",
        "开幕式上，卡马尔·拉希莫夫（Kamal Rahimov）教授作了专题报告。"
        "拉希莫夫教授还演示了操作。",
        "zh");
    const core::Person* p = Find(e, "卡马尔·拉希莫夫");
    REQUIRE(p != nullptr);
    CHECK(HasAlias(*p, "Kamal Rahimov"));
    CHECK(core::PersonIndexKeys(*p).front() == "kamal rahimov");
  }
  SECTION("a Latin name with its Han spelling") {
    ArticleEntities e =
        ExtractEntities("", "Prof. Li Xun (李汛) chaired the session.", "en");
    REQUIRE(e.people.size() == 1);
    CHECK(e.people[0].name == "Li Xun");
    CHECK(HasAlias(e.people[0], "李汛"));
  }
  SECTION("a Russian name with its Latin spelling") {
    ArticleEntities e = ExtractEntities(
        "", "Заведующая отделением Мария Соколова (Maria Sokolova) выступила.",
        "ru");
    const core::Person* p = Find(e, "Мария Соколова");
    REQUIRE(p != nullptr);
    CHECK(HasAlias(*p, "Maria Sokolova"));
  }
  SECTION("two people found apart become one") {
    ArticleEntities e = ExtractEntities(
        "",
        "卡马尔·拉希莫夫教授出席了开幕式。\n"
        "Prof. Kamal Rahimov (卡马尔·拉希莫夫) gave the first lecture.",
        "");
    CHECK(e.people.size() == 1);
  }
  SECTION("brackets that hold no other spelling of the name join nothing") {
    ArticleEntities e = ExtractEntities(
        "",
        "Prof. Li Xun (Yellow River University) and Prof. Chen Jun (陈娟) "
        "spoke. 黄河大学（Yellow River University）主办。",
        "en");
    const core::Person* li = Find(e, "Li Xun");
    REQUIRE(li != nullptr);
    CHECK(li->names.empty());
    const core::Person* chen = Find(e, "Chen Jun");
    REQUIRE(chen != nullptr);
    CHECK_FALSE(HasAlias(*chen, "陈娟"));  // chen juan: another person
  }
}

TEST_CASE("Latin names inside Chinese, Russian and Thai text are people",
          "[indexer][people][aliases]") {
  CHECK(
      Find(ExtractEntities("", "泰国专家Somchai Jaidee教授介绍了经验。", "zh"),
           "Somchai Jaidee") != nullptr);
  CHECK(Find(ExtractEntities(
                 "", "Среди лекторов — проф. Kamal Rahimov из Таджикистана.",
                 "ru"),
             "Kamal Rahimov") != nullptr);
  CHECK(Find(ExtractEntities("", "วิทยากร ได้แก่ ศ.Somchai Jaidee จากประเทศไทย",
                             "th"),
             "Somchai Jaidee") != nullptr);
  SECTION("a lone Latin word before a title is not") {
    CHECK(ExtractEntities("", "会议由ERCP教授团队主办。", "zh").people.empty());
  }
}

TEST_CASE("A person is filed under one identity key",
          "[indexer][people][aliases]") {
  core::Person li;
  li.name = "李汛";
  li.names = {"Li Xun", "Ли Сюнь", "หลี่ ซวิน"};
  CHECK(core::PersonIndexKeys(li) == std::vector<std::string>{"li xun"});
  core::Person olga;
  olga.name = "奥尔加·伊万诺娃";
  olga.names = {"Ольга Иванова", "Olga Ivanova"};
  CHECK(core::PersonIndexKeys(olga) ==
        std::vector<std::string>{"olga ivanova"});
  core::Person cyrillic;
  cyrillic.name = "奥尔加·伊万诺娃";
  cyrillic.names = {"Ольга Иванова"};
  CHECK(core::PersonIndexKeys(cyrillic).front() == "olga ivanova");
  core::Person latin_variants;
  latin_variants.name = "Siti Aminah binti Rahman";
  latin_variants.names = {"Siti Aminah", "西蒂·阿米娜"};
  CHECK(core::PersonIndexKeys(latin_variants) ==
        std::vector<std::string>{"siti aminah binti rahman", "siti aminah"});
}

TEST_CASE("A Thai name with its Latin spelling in brackets is one person",
          "[indexer][people][aliases]") {
  ArticleEntities e =
      ExtractEntities("",
                      "คณะผู้บริหารนำโดย ศ. หวังลี่ผิง (Wang Liping) อธิการบดี และ "
                      "นพ.ซาโตะ ฮิโรชิ (Hiroshi Sato) จากเมืองเซนได",
                      "th");
  const core::Person* wang = Find(e, "หวังลี่ผิง");
  REQUIRE(wang != nullptr);
  CHECK(HasAlias(*wang, "Wang Liping"));
  const core::Person* sato = Find(e, "ซาโตะ ฮิโรชิ");
  REQUIRE(sato != nullptr);
  CHECK(HasAlias(*sato, "Hiroshi Sato"));
  CHECK(e.people.size() == 2);
  SECTION("an institution in brackets is no alias") {
    ArticleEntities inst =
        ExtractEntities("", "นพ.สมชาย ใจดี (Mahidol University) บรรยาย", "th");
    REQUIRE(inst.people.size() == 1);
    CHECK(inst.people[0].names.size() <= 1);
  }
}

}  // namespace
}  // namespace annals::indexer
