// People of one event named in two scripts become one identity at index
// time, with no record aliases; across events, sound alone joins nobody.
#include <catch2/catch.hpp>
#include <fstream>
#include <string>

#include "core/database.h"
#include "core/schema.h"
#include "tests/e2e/fixture_db.h"

namespace {

void Write(const std::string& path, const std::string& text) {
  std::ofstream(path) << text;
}

// Documents under the person key.
Xapian::doccount Docs(const Xapian::Database& db, const std::string& key) {
  return db.get_termfreq(std::string(annals::core::schema::kPrefixPerson) +
                         key);
}

}  // namespace

TEST_CASE("Names of one event in two scripts are one person",
          "[e2e][names][event-people]") {
  std::string dir = annals::testing::MakeTempDir("event-people-news");
  Write(dir + "/en.txt",
        "The 42nd ERCP/EUS Hands-on Workshop closes in Lanzhou\n"
        "date:2019/9/23 hot:10\n"
        "On September 20, the 42nd ERCP/EUS Hands-on Workshop closed. "
        "Lectures were given by Prof. Li Xun, Prof. Chen Jun and Dr. Olga "
        "Ivanova.\n");
  Write(dir + "/th.txt",
        "แพทย์ไทยสำเร็จการอบรม ERCP/EUS ครั้งที่ 42 ที่เมืองหลานโจว\n"
        "date:2019/9/28 hot:10\n"
        "การอบรมครั้งที่ 42 ระหว่างวันที่ 16–20 กันยายน 2562 "
        "วิทยากร ได้แก่ ศ.หลี่ ซวิน และ ศ.เฉิน จวิน และ ดร.โอลกา อีวาโนวา\n");
  // Another event: the same Thai name is not joined on sound alone.
  Write(dir + "/th-other.txt",
        "การอบรม ERCP ครั้งที่ 3 ที่กรุงเทพฯ\n"
        "date:2023/1/20 hot:10\n"
        "การอบรมครั้งที่ 3 ระหว่างวันที่ 16–18 มกราคม 2566 วิทยากร ได้แก่ "
        "ศ.หลี่ ซวิน\n");
  auto fixture = annals::testing::IndexFixture("event-people", {dir});
  REQUIRE(fixture.exit_status == 0);
  auto db = annals::core::OpenForReading(fixture.path);
  REQUIRE(db.ok());
  CHECK(Docs(*db, "li xun") == 2);
  CHECK(Docs(*db, "chen jun") == 2);
  CHECK(Docs(*db, "olga ivanova") == 2);
  CHECK(Docs(*db, "li swin") == 1);  // the other event's document
  CHECK(Docs(*db, "choen chwin") == 0);
  // The Thai spelling finds the identity through its written-name term.
  std::string written =
      std::string(annals::core::schema::kPrefixPersonName) + "หลี่ ซวิน\tli xun";
  CHECK(db->get_termfreq(written) == 1);
}
