// Names typed in Han, Cyrillic or accented Latin letters are keyed through
// the index's written-name terms, with the keys transliteration would give.
#include "query/people/person_keys.h"

#include <catch2/catch.hpp>

#include "core/database.h"
#include "core/person_name.h"
#include "core/person_terms.h"
#include "core/schema.h"
#include "tests/e2e/fixture_db.h"

namespace {

using annals::core::PersonKeyVariants;
using annals::query::IndexedKeysOfWrittenName;
using annals::query::PersonKeyVariantsIn;

Xapian::Database Db() {
  auto db = annals::core::OpenForReading(annals::testing::E2eDatabase().path);
  REQUIRE(db.ok());
  return *db;
}

}  // namespace

TEST_CASE("WrittenName normalises non-ASCII names and leaves ASCII ones out",
          "[names]") {
  using annals::core::WrittenName;
  CHECK(WrittenName("Li Xun").empty());
  CHECK(WrittenName("Prof. Li Xun").empty());
  CHECK(WrittenName("李汛") == "李汛");
  CHECK(WrittenName("李汛教授") == "李汛");
  CHECK(WrittenName("  Ольга   Иванова ") == "ольга иванова");
  CHECK(WrittenName("Ольга Иванова") == WrittenName("ОЛЬГА ИВАНОВА"));
  CHECK_FALSE(WrittenName("José Pérez").empty());
}

TEST_CASE("Every written name in the index keys as transliteration keys it",
          "[e2e][names]") {
  Xapian::Database db = Db();
  std::string prefix(annals::core::schema::kPrefixPersonName);
  size_t names = 0;
  for (auto it = db.allterms_begin(prefix); it != db.allterms_end(prefix);
       ++it) {
    std::string body = (*it).substr(prefix.size());
    std::string written = body.substr(0, body.find('\t'));
    INFO(written);
    auto indexed = IndexedKeysOfWrittenName(db, written);
    REQUIRE(indexed.has_value());
    CHECK_FALSE(indexed->empty());
    CHECK(PersonKeyVariantsIn(db, written) == PersonKeyVariants(written));
    ++names;
  }
  CHECK(names >= 5);  // the Han, Cyrillic and Thai names of the fixtures
}

TEST_CASE("A spelling the archive lacks is still keyed", "[e2e][names]") {
  Xapian::Database db = Db();
  // 李迅 reads as 李汛 does: a candidate, found by transliterating.
  auto indexed = IndexedKeysOfWrittenName(db, "李迅");
  REQUIRE(indexed.has_value());
  CHECK(indexed->empty());
  CHECK(PersonKeyVariantsIn(db, "李迅") == PersonKeyVariants("李迅"));
  CHECK(PersonKeyVariantsIn(db, "Li Xun") == PersonKeyVariants("Li Xun"));
  CHECK_FALSE(IndexedKeysOfWrittenName(db, "Li Xun").has_value());
}

TEST_CASE("A database without written-name terms transliterates",
          "[e2e][names]") {
  std::string path = annals::testing::MakeTempDir("no-name-terms") + "/db";
  Xapian::WritableDatabase(path, Xapian::DB_CREATE).commit();
  Xapian::Database db(path);
  CHECK_FALSE(IndexedKeysOfWrittenName(db, "李汛").has_value());
  CHECK(PersonKeyVariantsIn(db, "李汛") == PersonKeyVariants("李汛"));
}
