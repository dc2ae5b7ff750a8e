// A person's country through the gazetteers: countries and demonyms first
// (core/countries), then cities (cities.txt).
#include "indexer/extract/person_country.h"

#include <string_view>

#include "indexer/extract/city_gazetteer.h"
#include "indexer/extract/text_scan.h"

namespace annals::indexer::people {
namespace {

constexpr size_t kMaxAffiliationDistance = 240;  // bytes after the name
constexpr size_t kMaxHanClauseBytes = 90;        // 30 Han characters

bool SetFrom(const Paragraph& p, std::string_view text, const char* how,
             Mention* m) {
  if (text.empty()) return false;
  std::vector<core::CountryMention> countries = p.gazetteer().FindAll(text);
  if (!countries.empty()) {
    m->country = countries.front().code;
    m->country_rule = m->lang + ":" + how + "-country";
    return true;
  }
  CityGazetteer::Found city = CityGazetteer::Default().FindFirst(text);
  if (city.city == nullptr) return false;
  m->country = city.city->country;
  m->country_rule = m->lang + ":" + how + "-city " + city.city->name;
  return true;
}

// "Riverside University Hospital, Middlesbrough," / "Klinikum Isar, Munich,":
// the part of the apposition right after the affiliation, when it is only a
// city or a country.
std::string_view PlaceAfterAffiliation(const Paragraph& p, const Mention& m) {
  std::string_view text = p.text();
  if (m.affiliation.empty()) return {};
  size_t at = text.find(m.affiliation, m.end);
  if (at == std::string_view::npos || at - m.end > kMaxAffiliationDistance) {
    return {};
  }
  size_t pos = at + m.affiliation.size();
  if (pos >= text.size() || text[pos] != ',') return {};
  size_t begin = SkipSpaces(text, pos + 1);
  size_t end = begin;
  if (CityGazetteer::Found city = CityGazetteer::Default().At(text, begin);
      city.city != nullptr) {
    end = city.end;
  } else if (auto country = p.CountryAt(begin)) {
    end = country->end;
  }
  if (end == begin) return {};
  if (end < text.size() && !IsPunct(DecodeAt(text, end).c) &&
      !StartsWith(text, SkipSpaces(text, end), "and ")) {
    return {};
  }
  return text.substr(begin, end - begin);
}

// 爱丁堡皇家外科学院教育部主任斯图尔特·伦诺克斯: the clause before a Han name
// that ends with the name's position holds the institution.
std::string_view HanClauseBefore(const Paragraph& p, const Mention& m) {
  if (m.lang != "zh" || m.position.empty()) return {};
  std::string_view text = p.text().substr(0, m.begin);
  if (!text.ends_with(m.position)) return {};
  size_t begin = text.size() - m.position.size();
  while (begin > 0 && text.size() - begin < kMaxHanClauseBytes) {
    CodePoint c = DecodeBefore(text, begin);
    if (!IsHan(c.c)) break;
    begin -= c.len;
  }
  return text.substr(begin, text.size() - m.position.size() - begin);
}

}  // namespace

void ApplyAffiliationCountry(const Paragraph& p, Mention* m) {
  if (!m->country.empty()) return;
  if (SetFrom(p, m->affiliation, "affiliation", m)) return;
  if (SetFrom(p, PlaceAfterAffiliation(p, *m), "affiliation", m)) return;
  if (SetFrom(p, HanClauseBefore(p, *m), "affiliation", m)) return;
  SetFrom(p, m->position, "position", m);
}

}  // namespace annals::indexer::people
