// Person histories read page by page, newest first: every page is the slice
// of the whole history it names, and a database without identity terms
// (written before they existed) gives the same answers the slow way.
#include <xapian.h>

#include <catch2/catch.hpp>
#include <cstdio>

#include "core/database.h"
#include "core/schema.h"
#include "indexer/indexer.h"
#include "query/history/history.h"
#include "tests/e2e/fixture_db.h"
#include "tests/query/history/page_slices.h"

namespace {

using annals::query::EventPage;
using annals::query::PersonAnswer;
using annals::query::PersonEvent;
using annals::query::PersonHistory;

// The sample corpus, indexed once.
const std::string& SampleDb() {
  REQUIRE(annals::testing::SampleDatabase().exit_status == 0);
  return annals::testing::SampleDatabase().path;
}

Xapian::Database Open(const std::string& path) {
  auto db = annals::core::OpenForReading(path);
  REQUIRE(db.ok());
  return *db;
}

std::string Describe(const PersonEvent& e) {
  std::string out = e.date + "|" + e.title + "|" + e.city + "|" + e.affiliation;
  for (const auto& role : e.roles) out += "|r:" + role;
  for (const auto& talk : e.talks) out += "|t:" + talk;
  for (const auto& doc : e.docs) out += "|d:" + doc.id;
  for (const auto& why : e.why) out += "|w:" + why;
  return out;
}

std::vector<std::string> Events(const PersonAnswer& a) {
  std::vector<std::string> out;
  for (const PersonEvent& e : a.events) out.push_back(Describe(e));
  return out;
}

std::vector<std::string> Candidates(const PersonAnswer& a) {
  std::vector<std::string> out;
  for (const auto& c : a.candidates)
    out.push_back(c.name + ":" + std::to_string(c.documents));
  return out;
}

const char* const kNames[] = {"Li Xun",        "李汛",         "Chen Jun",
                              "Wang Weidong",  "Ma Lin",       "马琳",
                              "Kamal Rahimov", "Ольга Иванова"};

}  // namespace

TEST_CASE("every page of a person history is its slice of the whole",
          "[e2e][history]") {
  Xapian::Database db = Open(SampleDb());
  for (const char* name : kNames) {
    INFO(name);
    auto all = PersonHistory(db, name, {0, 0});
    REQUIRE(all.ok());
    CHECK_FALSE(all->older);
    annals::testing::CheckEveryPage(Events(*all), [&](EventPage asked) {
      auto page = PersonHistory(db, name, asked);
      REQUIRE(page.ok());
      CHECK(Candidates(*page) == Candidates(*all));
      CHECK(page->documents == all->documents);
      return annals::testing::PageRead{Events(*page), page->older};
    });
  }
}

TEST_CASE("a database without identity terms answers the same, slowly",
          "[e2e][history]") {
  std::string copy = annals::testing::MakeTempDir("pages-old") + "/annals.db";
  {
    // The same documents, marked as written before identity terms existed.
    Xapian::Database source = Open(SampleDb());
    source.compact(copy);
    Xapian::WritableDatabase old(copy);
    old.set_metadata(std::string(annals::core::schema::kMetaPersonTerms), "");
    old.commit();
  }
  Xapian::Database current = Open(SampleDb());
  Xapian::Database old = Open(copy);
  for (const char* name : kNames) {
    INFO(name);
    for (EventPage page : {EventPage{0, 0}, EventPage{0, 2}, EventPage{3, 4}}) {
      auto fast = PersonHistory(current, name, page);
      auto slow = PersonHistory(old, name, page);
      REQUIRE(fast.ok());
      REQUIRE(slow.ok());
      CHECK(Events(*fast) == Events(*slow));
      CHECK(Candidates(*fast) == Candidates(*slow));
      CHECK(fast->older == slow->older);
      CHECK(fast->name == slow->name);
      CHECK(fast->name == PersonHistory(current, name, {0, 0})->name);
    }
  }
}
