// Constructions of real press-office news (docs/extraction-constructions.md):
// appointment letters, coordinated lists sharing one predicate, officials
// with Mr./Ms. and a position, "respectively" whatever the verb, names
// without honorifics, and words that are no names. English and Chinese.
#include <algorithm>
#include <catch2/catch.hpp>
#include <set>
#include <string>
#include <vector>

#include "indexer/extract/people_extractor.h"

namespace annals::indexer {
namespace {

ArticleEntities Body(const std::string& body) {
  return ExtractEntities("", body, "");
}

core::Person Get(const ArticleEntities& e, const std::string& name) {
  for (const core::Person& p : e.people) {
    if (p.name == name) return p;
  }
  return core::Person{};
}

std::set<std::string> Roles(const ArticleEntities& e, const std::string& name) {
  core::Person p = Get(e, name);
  return {p.roles.begin(), p.roles.end()};
}

std::vector<std::string> Names(const ArticleEntities& e) {
  std::vector<std::string> names;
  for (const core::Person& p : e.people) names.push_back(p.name);
  return names;
}

using RoleSet = std::set<std::string>;

}  // namespace

TEST_CASE("The recipients of an appointment are the visiting professors",
          "[indexer][people][constructions]") {
  ArticleEntities e = Body(
      "Prof. Gao Jianhua, President of the hospital, issued the appointment "
      "letter of Visiting Professor of the Hospital to Prof. Reza Farahani "
      "(Iran), Prof. Lim Wei Keat (Malaysia) and Prof. Pavel Orlov (Russia).");
  CHECK(Roles(e, "Gao Jianhua") == RoleSet{"official"});
  for (const char* name : {"Reza Farahani", "Lim Wei Keat", "Pavel Orlov"}) {
    INFO(name);
    CHECK(Roles(e, name) == RoleSet{"visiting-professor"});
  }
  SECTION("Chinese: 向 before the recipients") {
    ArticleEntities zh = Body(
        "院长高建华教授向伊朗专家雷扎·法拉哈尼教授、马来西亚专家林伟杰教授颁发"
        "客座教授聘书。");
    CHECK(Roles(zh, "高建华") == RoleSet{"official"});
    CHECK(Roles(zh, "雷扎·法拉哈尼") == RoleSet{"visiting-professor"});
    CHECK(Roles(zh, "林伟杰") == RoleSet{"visiting-professor"});
  }
}

TEST_CASE("Officials listed with Mr./Ms. and a position",
          "[indexer][people][constructions]") {
  ArticleEntities e = Body(
      "Mr. Han Qiming, member of the Party Group and deputy director of the "
      "Foreign Affairs Office of Gansu Province, Ms. Tian Xiaoyu, Director of "
      "the International Cooperation Division of the Department of Science "
      "and Technology, and Mr. Du Wenbo, deputy director of the Health "
      "Commission, attended the opening ceremony.");
  CHECK(Names(e) ==
        std::vector<std::string>{"Han Qiming", "Tian Xiaoyu", "Du Wenbo"});
  for (const core::Person& p : e.people) {
    INFO(p.name);
    CHECK(RoleSet(p.roles.begin(), p.roles.end()) == RoleSet{"official"});
  }
  CHECK(Get(e, "Tian Xiaoyu").position == "Director");
  CHECK(Get(e, "Tian Xiaoyu").affiliation ==
        "the International Cooperation Division of the Department of "
        "Science and Technology");
  SECTION("Chinese: 、 and ， between appositions") {
    ArticleEntities zh = Body(
        "甘肃省外事办公室党组成员、副主任韩启明，省科技厅国际合作处处长田晓雨出"
        "席开幕式。");
    CHECK(Roles(zh, "韩启明") == RoleSet{"official"});
    CHECK(Roles(zh, "田晓雨") == RoleSet{"official"});
  }
  SECTION("a clause between two people is no list") {
    ArticleEntities clause = Body(
        "Prof. Ma Lin opened the course, and his colleague Dr. Zhao Ming "
        "attended the opening ceremony.");
    CHECK(Roles(clause, "Ma Lin").empty());
    CHECK(Roles(clause, "Zhao Ming") == RoleSet{"official"});
  }
}

TEST_CASE("A shared predicate reaches every member of a list",
          "[indexer][people][constructions]") {
  ArticleEntities e = Body(
      "At the invitation of Dean Gao Jianhua, Professor Xu Mingde, Director "
      "of the Endoscopy Center of Eastern Union Hospital, Professor Qian "
      "Lihua, Director of the Endoscopy Center of Zhongnan Hospital of Wuhan "
      "University and Professor Bai Songtao, Deputy Director of the "
      "Endoscopy Center, attended the Forum and also served as instructors.");
  CHECK(Roles(e, "Gao Jianhua") == RoleSet{"organizer"});
  for (const char* name : {"Xu Mingde", "Qian Lihua", "Bai Songtao"}) {
    INFO(name);
    CHECK(Roles(e, name) == RoleSet{"instructor"});
  }
  // The apposition does not swallow the conjunction.
  CHECK(Get(e, "Qian Lihua").affiliation ==
        "the Endoscopy Center of Zhongnan Hospital of Wuhan University");
  SECTION("Chinese: 应…邀请, 出席…并担任带教") {
    ArticleEntities zh = Body(
        "应我院院长高建华邀请，瑞金东方医院内镜中心主任徐明德教授、江南大学附"
        "属医院消化内镜中心主任钱丽华教授出席论坛并担任带教老师。");
    CHECK(Roles(zh, "高建华") == RoleSet{"organizer"});
    CHECK(Roles(zh, "徐明德") == RoleSet{"instructor"});
    CHECK(Roles(zh, "钱丽华") == RoleSet{"instructor"});
  }
  SECTION("Chinese: 授课专家包括 a list") {
    ArticleEntities zh = Body(
        "本次培训的授课专家包括北京协和医院张明远教授、上海仁济医院郑丽华教授"
        "和泰国朱拉隆功大学颂查·通西教授。");
    CHECK(Names(zh) ==
          std::vector<std::string>{"张明远", "郑丽华", "颂查·通西"});
    for (const core::Person& p : zh.people) {
      INFO(p.name);
      CHECK(RoleSet(p.roles.begin(), p.roles.end()) == RoleSet{"instructor"});
    }
    CHECK(Get(zh, "颂查·通西").affiliation == "朱拉隆功大学");
  }
  SECTION("an invitation from an institution gives nobody a role") {
    ArticleEntities visit = Body(
        "At the invitation of St Aidan's Hospital, a delegation led by Dean "
        "Gao Jianhua paid a visit.");
    CHECK(Roles(visit, "Gao Jianhua").empty());
  }
}

TEST_CASE("Ceremony cues yield to the stronger role of the same people",
          "[indexer][people][constructions]") {
  CHECK(Roles(Body("Head Nurse Yang Xiu chaired the closing ceremony."),
              "Yang Xiu") == RoleSet{"chair"});
  CHECK(Roles(Body("副院长何志军主持结业典礼。"), "何志军") ==
        RoleSet{"chair"});
  CHECK(Roles(Body("Mr. Li Jiawei attended the opening ceremony."),
              "Li Jiawei") == RoleSet{"official"});
}

TEST_CASE("Talks paired with people by respectively, whatever the verb",
          "[indexer][people][constructions]") {
  ArticleEntities e = Body(
      "Professors Lu Haifeng, Yan Jing and Pan Xiaodong gave lectures on "
      "“Lymph node dissection, step by step”, “Reconstruction after distal "
      "gastrectomy” and “Managing anastomotic leaks”, respectively.");
  CHECK(Get(e, "Lu Haifeng").talks ==
        std::vector<std::string>{"Lymph node dissection, step by step"});
  CHECK(Get(e, "Yan Jing").talks ==
        std::vector<std::string>{"Reconstruction after distal gastrectomy"});
  CHECK(Get(e, "Pan Xiaodong").talks ==
        std::vector<std::string>{"Managing anastomotic leaks"});
  SECTION("presented ... respectively") {
    ArticleEntities presented = Body(
        "Dr. Nguyen Van Thanh from Vietnam and Dr. Sok Dara from Cambodia "
        "presented “Screening in the delta” and “Starting ERCP” "
        "respectively.");
    CHECK(Get(presented, "Sok Dara").talks ==
          std::vector<std::string>{"Starting ERCP"});
  }
  SECTION("presented certificates is no talk: she hands them out") {
    ArticleEntities certificates = Body(
        "Prof. Marina Volkova gave the closing lecture, “Withdrawal time”, "
        "and Ms. Zhang Lin presented certificates to the trainees.");
    CHECK(Get(certificates, "Zhang Lin").talks.empty());
    CHECK(Roles(certificates, "Zhang Lin") == RoleSet{"official"});
  }
}

TEST_CASE("Names without an honorific, when the sentence's shape says so",
          "[indexer][people][constructions]") {
  ArticleEntities e = Body(
      "The delegation met Associate Dean Ms. Helen Whitcombe, Director of "
      "Emergency Medicine Oliver Grant, Senior Consultant Priya Raman and "
      "other staff. Fiona Mackay, Director of Education of St Aidan's "
      "Hospital, introduced the programme.");
  CHECK(Names(e) == std::vector<std::string>{"Helen Whitcombe", "Oliver Grant",
                                             "Priya Raman", "Fiona Mackay"});
  CHECK(Get(e, "Helen Whitcombe").position == "Associate Dean");
  CHECK(Get(e, "Helen Whitcombe").honorific == "Ms.");
  CHECK(Get(e, "Oliver Grant").position == "Director");
  CHECK(Get(e, "Oliver Grant").affiliation == "Emergency Medicine");
  CHECK(Get(e, "Fiona Mackay").position == "Director");
  SECTION("institutions and capitalised phrases are no names") {
    CHECK(Body("Lanzhou Riverside Hospital, director of the course, opened "
               "it. The Belt and Road Forum, chairman of which is unnamed.")
              .people.empty());
    CHECK(Body("Director of Nursing listened. President of Lanzhou "
               "University Hospital, Wang, spoke.")
              .people.size() <= 1);
  }
}

TEST_CASE("Words that are no names never become people",
          "[indexer][people][constructions]") {
  ArticleEntities e = Body(
      "国际专家与学员进行了病例讨论。专家组对学员的操作进行了考核。Members of "
      "the Party Group attended.");
  CHECK(e.people.empty());
  CHECK(Names(Body("外科技能室负责人丹尼尔·休斯演示了训练模型。")) ==
        std::vector<std::string>{"丹尼尔·休斯"});
  CHECK(Roles(Body("外科技能室负责人丹尼尔·休斯演示了训练模型。"),
              "丹尼尔·休斯") == RoleSet{"instructor"});
}

}  // namespace annals::indexer
