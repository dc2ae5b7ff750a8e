// The event's place: every city and country named early in the article,
// scored by the word before it (place_cues.txt) and by where it stands.
#include "indexer/extract/event_place.h"

#include <optional>
#include <string>
#include <unordered_set>

#include "indexer/extract/data_file.h"
#include "indexer/extract/text_scan.h"

namespace annals::indexer::people {
namespace {

constexpr int kBodyParagraphs = 3;  // the event is told early
constexpr int kCityWeight = 2;      // a city says more than a country
constexpr int kCountryWeight = 1;
constexpr int kCueWeight = 4;
constexpr int kTitleWeight = 1;
constexpr int kMaxWordsBack = 6;

enum class Cue { kNone, kTo, kFrom };

class PlaceCues {
 public:
  // Errors: "line N: ..." for a line that is not "<to|from> <lang> words".
  static core::Result<PlaceCues> Parse(std::string_view text);
  static const PlaceCues& Default();
  // The cue before a place name that starts at pos.
  Cue Before(const Paragraph& p, size_t pos) const;

 private:
  Cue HanBefore(std::string_view text, size_t pos) const;

  std::unordered_set<std::string> to_words_, from_words_;
  std::vector<std::string> to_runs_, from_runs_;  // Han and Thai words
};

core::Result<PlaceCues> PlaceCues::Parse(std::string_view text) {
  PlaceCues cues;
  int line_number = 0;
  for (size_t start = 0; start < text.size();) {
    size_t end = std::min(text.find('\n', start), text.size());
    std::string_view line = Trim(text.substr(start, end - start));
    start = end + 1;
    ++line_number;
    line = Trim(line.substr(0, line.find('#')));
    if (line.empty()) continue;
    std::vector<std::string_view> fields;
    for (size_t pos = 0; pos < line.size();) {
      size_t cut = std::min(line.find(' ', pos), line.size());
      if (cut > pos) fields.push_back(line.substr(pos, cut - pos));
      pos = cut + 1;
    }
    if (fields.size() < 3 || (fields[0] != "to" && fields[0] != "from")) {
      return core::Status::Invalid("line " + std::to_string(line_number) +
                                   ": expected \"to|from <lang> <word>...\"");
    }
    bool to = fields[0] == "to";
    for (size_t i = 2; i < fields.size(); ++i) {
      char32_t first = DecodeAt(fields[i], 0).c;
      if (IsHan(first) || IsThai(first)) {
        (to ? cues.to_runs_ : cues.from_runs_).emplace_back(fields[i]);
      } else {
        (to ? cues.to_words_ : cues.from_words_).insert(AsciiLower(fields[i]));
      }
    }
  }
  return cues;
}

const PlaceCues& PlaceCues::Default() {
  static const auto loaded = LoadDataFile<PlaceCues>("place_cues.txt");
  return loaded.value;  // empty when missing: every place then scores alike
}

Cue PlaceCues::HanBefore(std::string_view text, size_t pos) const {
  std::string_view before = text.substr(0, pos);
  for (const std::string& word : to_runs_) {
    if (before.ends_with(word)) return Cue::kTo;
  }
  for (const std::string& word : from_runs_) {
    if (before.ends_with(word)) return Cue::kFrom;
  }
  return Cue::kNone;
}

Cue PlaceCues::Before(const Paragraph& p, size_t pos) const {
  std::string_view text = p.text();
  if (Cue cue = HanBefore(text, pos); cue != Cue::kNone) return cue;
  if (auto country = p.CountryEndingAt(pos)) {  // 赴英国爱丁堡
    if (Cue cue = HanBefore(text, country->begin); cue != Cue::kNone) {
      return cue;
    }
  }
  size_t at = pos;
  for (int words = 0; words < kMaxWordsBack; ++words) {
    at = SkipSpacesBack(text, at);
    if (at == 0 || !IsWordChar(DecodeBefore(text, at).c)) return Cue::kNone;
    size_t start = WordStartBefore(text, at);
    if (start == at) return Cue::kNone;
    std::string word = AsciiLower(text.substr(start, at - start));
    if (to_words_.count(word) > 0) return Cue::kTo;
    if (from_words_.count(word) > 0) return Cue::kFrom;
    if (!IsUpper(DecodeAt(text, start).c) && word != "the") return Cue::kNone;
    at = start;
  }
  return Cue::kNone;
}

struct Place {
  const City* city = nullptr;  // nullptr: a country alone
  std::string country;
  int score = 0;
  int paragraph = 0;
  std::string evidence;
  Cue cue = Cue::kNone;
};

int CueScore(Cue cue) {
  return cue == Cue::kTo ? kCueWeight : cue == Cue::kFrom ? -kCueWeight : 0;
}

void Collect(const Paragraph& p, const CityGazetteer& cities,
             const PlaceCues& cues, int weight, std::vector<Place>* out) {
  std::string_view text = p.text();
  for (size_t pos = 0; pos < text.size();) {
    CityGazetteer::Found found = cities.At(text, pos);
    if (found.city == nullptr) {
      pos += DecodeAt(text, pos).len;
      continue;
    }
    Cue cue = cues.Before(p, found.begin);
    out->push_back(
        {found.city, found.city->country, weight + kCityWeight + CueScore(cue),
         p.index(),
         ValidUtf8(text.substr(found.begin, found.end - found.begin)), cue});
    pos = std::max(found.end, pos + 1);
  }
  for (const core::CountryMention& c : p.Countries()) {
    Cue cue = cues.Before(p, c.begin);
    if (cue != Cue::kTo) continue;
    out->push_back({nullptr, c.code, weight + kCountryWeight + CueScore(cue),
                    p.index(), ValidUtf8(text.substr(c.begin, c.end - c.begin)),
                    cue});
  }
}

const Place* Best(const std::vector<Place>& places, bool cities,
                  const std::string& country) {
  const Place* best = nullptr;
  for (const Place& place : places) {
    if ((place.city != nullptr) != cities || place.cue == Cue::kFrom) continue;
    if (!country.empty() && place.country != country) continue;
    if (best == nullptr || place.score > best->score) best = &place;
  }
  return best;
}

}  // namespace

void FindEventPlace(const Paragraph& title,
                    const std::vector<Paragraph>& paragraphs,
                    const CityGazetteer& cities, ArticleEntities* out) {
  const PlaceCues& cues = PlaceCues::Default();
  std::vector<Place> places;
  Collect(title, cities, cues, kTitleWeight, &places);
  for (const Paragraph& p : paragraphs) {
    if (p.index() >= kBodyParagraphs) break;
    Collect(p, cities, cues, -p.index(), &places);
  }
  const Place* city = Best(places, true, "");
  const Place* country = Best(places, false, "");
  if (country != nullptr && (city == nullptr || country->score > city->score)) {
    city = Best(places, true, country->country);
  } else {
    country = nullptr;
  }
  const Place* chosen = country != nullptr ? country : city;
  if (chosen == nullptr) return;
  out->city = city != nullptr ? city->city->name : "";
  out->country = chosen->country;
  std::string how = chosen->cue == Cue::kTo ? "place:after a destination word"
                                            : "place:first named";
  out->facts.push_back(
      {"city", "",
       (out->city.empty() ? "" : out->city + " ") + "(" + out->country + ")",
       chosen->paragraph, how + ": " + chosen->evidence});
}

}  // namespace annals::indexer::people
