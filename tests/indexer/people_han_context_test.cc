// Chinese names that the fourth, blind labelled batch found missing: after a
// clinical rank or a provincial position with no title after the name
// (主治医师X, 副厅长X), right after an institution or department with
// nothing after them but punctuation or a cue (东湖医院X出席), with a stop
// character inside (骆一鸣), with a rarer surname (冼, 邝), a long
// transliteration before its Latin alias, guidance that belongs to the name
// before 的, and a quoted programme name that is no talk.
#include <catch2/catch.hpp>
#include <set>
#include <string>
#include <vector>

#include "indexer/extract/people_extractor.h"
#include "tests/indexer/extracted_people.h"

// The helpers of extracted_people.h are in this namespace.
namespace annals::indexer::testing {

TEST_CASE("Han names after a clinical rank or a provincial position",
          "[indexer][people][constructions]") {
  ArticleEntities e = Body(
      "省卫生厅副厅长邝志诚出席仪式。培训期间，主治医师冼慧敏和住院医师庄立群"
      "指导学员完成操作。");
  CHECK(Names(e) == Strings{"邝志诚", "冼慧敏", "庄立群"});
  REQUIRE(Find(e, "邝志诚") != nullptr);
  CHECK(Find(e, "邝志诚")->position == "副厅长");
  CHECK(Find(e, "邝志诚")->roles == Strings{"official"});
  SECTION("a nurse with a Latin name") {
    ArticleEntities nurse = Body("汤加护士Mele Fifita发言。");
    CHECK(Names(nurse) == Strings{"Mele Fifita"});
  }
  SECTION("no name where a word goes on after a rank") {
    CHECK(Body("医生高度评价了培训。").people.empty());
  }
}

TEST_CASE("Han names right after an institution or department",
          "[indexer][people][constructions]") {
  ArticleEntities e = Body(
      "西岭医院晁文斌出席仪式。滨江大学附属医院萧雅琴、医务处翟建新和消化内科"
      "庄子墨主持讨论。");
  CHECK(Names(e) == Strings{"晁文斌", "萧雅琴", "翟建新", "庄子墨"});
  SECTION("no words after an institution") {
    CHECK(Body("医院方面，表示欢迎。").people.empty());
    CHECK(Body("该医院成立于1950年。").people.empty());
    CHECK(Body("2017年，滨江医院曾接收我院两名医生。").people.empty());
  }
}

TEST_CASE("Han names with a stop character second",
          "[indexer][people][constructions]") {
  CHECK(Names(Body("心内科医师沈一帆，介绍了经验。")) == Strings{"沈一帆"});
  CHECK(Names(Body("主任宋和平出席。")) == Strings{"宋和平"});
  SECTION("not two characters ending on it, nor a delegation") {
    CHECK(Names(Body("院长刘一行到访。")).empty());
    CHECK(Names(Body("主治医师韩志强一起完成手术。")) == Strings{"韩志强"});
  }
}

TEST_CASE("A long transliteration before its Latin alias",
          "[indexer][people][constructions]") {
  ArticleEntities e = Body(
      "来自卡拉奇的阿卜杜勒·拉希德·乔杜里（Abdul Rashid Chaudhry）医生发言。");
  const core::Person* p = Find(e, "阿卜杜勒·拉希德·乔杜里");
  REQUIRE(p != nullptr);
  CHECK(std::set<std::string>(p->names.begin(), p->names.end())
            .count("Abdul Rashid Chaudhry") == 1);
}

TEST_CASE("Guidance belongs to the name before 的, not to the subject",
          "[indexer][people][constructions]") {
  ArticleEntities e = Body(
      "老挝学员Khamla Sisouk代表全体学员发言，感谢带教老师的悉心指导。"
      "学员们在主治医师柯文杰的指导下完成了操作。");
  REQUIRE(Find(e, "Khamla Sisouk") != nullptr);
  CHECK(Find(e, "Khamla Sisouk")->roles == Strings{"trainee"});
  REQUIRE(Find(e, "柯文杰") != nullptr);
  CHECK(Find(e, "柯文杰")->roles == Strings{"instructor"});
}

TEST_CASE("A quoted programme name is no talk",
          "[indexer][people][constructions]") {
  ArticleEntities e =
      Body("随后，在“雪域英才”人才项目资助下进修归来的医师闫思远分享了体会。");
  const core::Person* p = Find(e, "闫思远");
  REQUIRE(p != nullptr);
  CHECK(p->talks.empty());
  SECTION("a quoted title is still a talk") {
    ArticleEntities talk = Body("闫思远医师作了“内镜下止血”的报告。");
    REQUIRE(Find(talk, "闫思远") != nullptr);
    CHECK(Find(talk, "闫思远")->talks == Strings{"内镜下止血"});
  }
}

}  // namespace annals::indexer::testing
