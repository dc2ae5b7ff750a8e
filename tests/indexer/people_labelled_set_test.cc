// The labelled extraction set of tests/fixtures/extraction: people.tsv lists
// the people of each article in people/*.txt; this test prints precision and
// recall of people (names matched by core::PersonKey), and how many of the
// people found have exactly the expected country, roles and talks.
#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdio>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "core/person_name.h"
#include "indexer/extract/people_extractor.h"

namespace annals::indexer {
namespace {

struct Expected {
  std::string file, name, country;
  std::vector<std::string> roles, talks;
};

std::vector<std::string> Split(const std::string& text,
                               const std::string& separator) {
  std::vector<std::string> parts;
  if (text.empty()) return parts;
  for (size_t pos = 0;;) {
    size_t cut = text.find(separator, pos);
    parts.push_back(text.substr(pos, cut - pos));
    if (cut == std::string::npos) return parts;
    pos = cut + separator.size();
  }
}

std::vector<Expected> ReadLabels(const std::string& path) {
  std::ifstream in(path);
  std::vector<Expected> rows;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> f = Split(line, "\t");
    f.resize(5);
    rows.push_back({f[0], f[1], f[2], Split(f[3], ","), Split(f[4], " | ")});
  }
  return rows;
}

ArticleEntities ExtractFile(const std::string& path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  std::string all = text.str();
  size_t newline = all.find('\n');
  std::string title = all.substr(0, newline);
  std::string body =
      newline == std::string::npos ? "" : all.substr(newline + 1);
  return ExtractEntities(title, body, "");
}

}  // namespace

TEST_CASE("Labelled set: precision and recall of people",
          "[indexer][people][eval]") {
  const std::string dir = std::string(ANNALS_FIXTURES_DIR) + "/extraction";
  std::vector<Expected> labels = ReadLabels(dir + "/people.tsv");
  std::set<std::string> files;
  for (const Expected& row : labels) files.insert(row.file);
  REQUIRE(files.size() >= 25);
  int found = 0, expected = 0, correct = 0;
  int countries = 0, roles = 0, talks = 0;
  for (const std::string& file : files) {
    ArticleEntities e = ExtractFile(dir + "/people/" + file + ".txt");
    found += static_cast<int>(e.people.size());
    for (const Expected& row : labels) {
      if (row.file != file || row.name == "-") continue;
      ++expected;
      auto match = std::find_if(
          e.people.begin(), e.people.end(), [&](const core::Person& p) {
            return core::PersonKey(p.name) == core::PersonKey(row.name);
          });
      if (match == e.people.end()) {
        UNSCOPED_INFO("missed " << file << ": " << row.name);
        continue;
      }
      ++correct;
      countries += match->country == row.country;
      std::set<std::string> got_roles(match->roles.begin(), match->roles.end());
      roles += got_roles ==
               std::set<std::string>(row.roles.begin(), row.roles.end());
      talks += match->talks == row.talks;
    }
  }
  double precision = found == 0 ? 0 : static_cast<double>(correct) / found;
  double recall = expected == 0 ? 0 : static_cast<double>(correct) / expected;
  std::printf(
      "people extractor, labelled set of %zu articles: precision %.2f (%d/%d), "
      "recall %.2f (%d/%d); of the people found: country %d, roles %d, talks "
      "%d "
      "exactly right\n",
      files.size(), precision, correct, found, recall, correct, expected,
      countries, roles, talks);
  REQUIRE(precision >= 0.8);
  REQUIRE(recall >= 0.8);
}

}  // namespace annals::indexer
