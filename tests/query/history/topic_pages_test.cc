// Topic histories read year by year, newest first: every page is the slice
// of the whole history it names, and the documents are counted by year.
#include <catch2/catch.hpp>
#include <numeric>

#include "core/database.h"
#include "query/history/history.h"
#include "tests/e2e/fixture_db.h"
#include "tests/query/history/page_slices.h"

namespace {

using annals::query::TopicAnswer;
using annals::query::TopicHistory;

Xapian::Database SampleDb() {
  REQUIRE(annals::testing::SampleDatabase().exit_status == 0);
  auto db =
      annals::core::OpenForReading(annals::testing::SampleDatabase().path);
  REQUIRE(db.ok());
  return *db;
}

// The page's events, oldest first, each with its year and documents.
std::vector<std::string> Events(const TopicAnswer& a) {
  std::vector<std::string> out;
  for (const auto& year : a.years) {
    for (const auto& e : year.events) {
      std::string line = std::to_string(year.year) + "|" + e.date + "|" +
                         e.title + "|" + e.city + "|" + e.country;
      for (const auto& person : e.people) line += "|p:" + person;
      for (const auto& doc : e.docs) line += "|d:" + doc.id;
      out.push_back(line);
    }
  }
  return out;
}

}  // namespace

TEST_CASE("every page of a topic history is its slice of the whole",
          "[e2e][history]") {
  Xapian::Database db = SampleDb();
  for (const char* topic : {"EUS", "ERCP", "ESD", "内镜黏膜下剥离术"}) {
    INFO(topic);
    auto all = TopicHistory(db, topic, {0, 0});
    REQUIRE(all.ok());
    CHECK_FALSE(all->older);
    CHECK(Events(*all).size() > 3);
    size_t by_year = 0;
    for (const auto& [year, documents] : all->documents_by_year)
      by_year += documents;
    CHECK(by_year == all->documents);
    annals::testing::CheckEveryPage(
        Events(*all), [&](annals::query::EventPage asked) {
          auto page = TopicHistory(db, topic, asked);
          REQUIRE(page.ok());
          CHECK(page->documents == all->documents);
          CHECK(page->documents_by_year == all->documents_by_year);
          return annals::testing::PageRead{Events(*page), page->older};
        });
  }
}

TEST_CASE("a topic page lists the talks given at its events",
          "[e2e][history]") {
  Xapian::Database db = SampleDb();
  auto all = TopicHistory(db, "EUS", {0, 0});
  REQUIRE(all.ok());
  auto newest = TopicHistory(db, "EUS", {0, 1});
  REQUIRE(newest.ok());
  REQUIRE(newest->years.size() == 1);
  const auto& event = newest->years.front().events.front();
  CHECK_FALSE(newest->years.front().talks.empty());
  for (const auto& talk : newest->years.front().talks) {
    CHECK(talk.date == event.date);
    bool from_event = false;
    for (const auto& doc : event.docs) from_event |= doc.id == talk.doc;
    CHECK(from_event);
  }
}
