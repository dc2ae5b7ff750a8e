// Accuracy of countries, event places, event dates and trainees on the
// labelled articles of tests/fixtures/extraction-places/articles.tsv
// (fictional texts built on the constructions of real press-office pages,
// docs/extraction-places-dates.md). Prints the figures; the thresholds are
// the targets of issue 14.
#include <algorithm>
#include <catch2/catch.hpp>
#include <fstream>
#include <iostream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "core/dates.h"
#include "indexer/extract/event_date.h"
#include "indexer/extract/people_extractor.h"

namespace annals::indexer {
namespace {

struct Labelled {
  std::string language, published, event_date, city, country;
  std::vector<std::pair<std::string, std::string>> people;  // name, country
  std::set<std::string> trainees;
  int total = 0;
  std::string title, body;
};

std::vector<std::string> SplitOn(std::string_view text, std::string_view sep) {
  std::vector<std::string> parts;
  for (size_t p; (p = text.find(sep)) != std::string_view::npos;) {
    parts.emplace_back(text.substr(0, p));
    text.remove_prefix(p + sep.size());
  }
  parts.emplace_back(text);
  return parts;
}

std::vector<Labelled> ReadArticles() {
  std::ifstream in(ANNALS_FIXTURES_DIR "/extraction-places/articles.tsv");
  REQUIRE(in);
  std::vector<Labelled> rows;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> f = SplitOn(line, "\t");
    REQUIRE(f.size() == 10);
    Labelled row;
    row.language = f[0];
    row.published = f[1];
    row.event_date = f[2];
    row.city = f[3] == "-" ? "" : f[3];
    row.country = f[4] == "-" ? "" : f[4];
    if (f[5] != "-") {
      for (const std::string& pair : SplitOn(f[5], "|")) {
        size_t eq = pair.find('=');
        REQUIRE(eq != std::string::npos);
        row.people.emplace_back(pair.substr(0, eq), pair.substr(eq + 1));
      }
    }
    if (f[6] != "-") {
      std::istringstream codes(f[6]);
      for (std::string code; codes >> code;) row.trainees.insert(code);
    }
    row.total = std::stoi(f[7]);
    row.title = f[8];
    for (const std::string& paragraph : SplitOn(f[9], " ¶ ")) {
      row.body += (row.body.empty() ? "" : "\n") + paragraph;
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

// As the indexer stores it: the date found, else the publication date.
std::string EventDate(const Labelled& row) {
  core::PartialDate published = *core::ParseDate(row.published);
  auto found = FindEventDate(row.body, published, row.language);
  return found ? found->date.Iso() : published.Iso();
}

const core::Person* FindPerson(const ArticleEntities& found,
                               const std::string& name) {
  for (const core::Person& person : found.people) {
    if (person.name == name) return &person;
  }
  for (const core::Person& person : found.people) {
    if (person.name.find(name) != std::string::npos) return &person;
  }
  return nullptr;
}

int TraineeTotal(const ArticleEntities& found) {
  int sum = 0;
  for (const core::TraineeCount& t : found.trainees) sum += t.count;
  return std::max(sum, found.trainee_total);
}

double Share(int good, int all) { return all ? 1.0 * good / all : 1.0; }

TEST_CASE("places, dates and countries on the labelled articles",
          "[indexer][places]") {
  std::vector<Labelled> rows = ReadArticles();
  int dates = 0, cities = 0, countries = 0, people = 0, people_good = 0,
      trainee_rows = 0, trainee_sets = 0, totals = 0;
  for (const Labelled& row : rows) {
    std::string date = EventDate(row);
    dates += date == row.event_date;
    if (date != row.event_date)
      WARN("date: expected " << row.event_date << ", got " << date << ": "
                             << row.title);
    ArticleEntities found = ExtractEntities(row.title, row.body, row.language);
    cities += found.city == row.city;
    countries += found.country == row.country;
    if (found.city != row.city || found.country != row.country)
      WARN("place: expected " << row.city << " " << row.country << ", got "
                              << found.city << " " << found.country << ": "
                              << row.title);
    for (const auto& [name, code] : row.people) {
      ++people;
      const core::Person* person = FindPerson(found, name);
      std::string got = person ? person->country : "(not found)";
      people_good += got == code;
      if (got != code)
        WARN("country of " << name << ": expected " << code << ", got " << got
                           << " (position \""
                           << (person ? person->position : "")
                           << "\", affiliation \""
                           << (person ? person->affiliation : "") << "\")");
    }
    std::set<std::string> trainees;
    for (const core::TraineeCount& t : found.trainees)
      trainees.insert(t.country);
    if (!row.trainees.empty() || row.total > 0) {
      ++trainee_rows;
      trainee_sets += trainees == row.trainees;
      totals += TraineeTotal(found) == row.total;
      if (trainees != row.trainees || TraineeTotal(found) != row.total)
        WARN("trainees: expected " << row.trainees.size() << " countries, "
                                   << row.total << " in all; got "
                                   << trainees.size() << " countries, "
                                   << TraineeTotal(found) << ": " << row.title);
    }
  }
  int n = static_cast<int>(rows.size());
  std::cout << "places labelled set: " << n << " articles; event date "
            << Share(dates, n) << ", event city " << Share(cities, n)
            << ", event country " << Share(countries, n) << ", person country "
            << Share(people_good, people) << " (" << people
            << " people), trainee countries "
            << Share(trainee_sets, trainee_rows) << ", trainee total "
            << Share(totals, trainee_rows) << " (" << trainee_rows
            << " articles)\n";
  CHECK(n >= 12);
}

}  // namespace
}  // namespace annals::indexer
