// The small city gazetteer of $ANNALS_DATA_DIR/cities.txt: the cities
// courses are held in, in every script the archive's articles use.
//
// File format: one city a line, "<English name> <ISO alpha-2> = <alias> =
// <alias> ...", e.g. "Urumqi CN = 乌鲁木齐 = Урумчи"; '#' starts a comment.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "indexer/extract/lexicon.h"

namespace annals::indexer::people {

struct City {
  std::string name;     // English name, as the first field gives it
  std::string country;  // ISO 3166-1 alpha-2
};

class CityGazetteer {
 public:
  // Errors: "line N: ..." for a line without a country code.
  static core::Result<CityGazetteer> Parse(std::string_view text);
  // The gazetteer of the data folder, loaded on first use (thread-safe);
  // empty when loading failed, and LoadStatus() says why.
  static const CityGazetteer& Default();
  static const core::Status& LoadStatus();

  struct Found {
    const City* city = nullptr;  // nullptr: no city named
    size_t begin = 0;
    size_t end = 0;
  };
  // The first city named in text (whole words for spaced scripts).
  Found FindFirst(std::string_view text) const;
  // The city whose name starts exactly at pos.
  Found At(std::string_view text, size_t pos) const;

 private:
  std::vector<City> cities_;
  Lexicon names_;
};

}  // namespace annals::indexer::people
