// Trainee counts: a number tied to a trainee noun and a country list. A
// count over several countries lists each of them with count 0 (number not
// stated) and adds to the total.
#include "indexer/extract/trainees.h"

#include <algorithm>
#include <unordered_set>

#include "indexer/extract/text_scan.h"

namespace annals::indexer::people {
namespace {

constexpr int kMaxWordsBeforeNoun = 3;
constexpr long kMaxCount = 2000;
constexpr size_t kFromWindowBytes = 240;  // 来自 + a list of countries

struct Count {
  long value = -1;
  size_t begin = 0;
  size_t end = 0;
};

void Record(const Paragraph& p, const Count& count,
            const std::vector<std::string>& codes, const std::string& lang,
            ArticleEntities* out) {
  if (codes.empty() || count.value <= 0 || count.value > kMaxCount) return;
  std::string joined;
  for (const std::string& code : codes) {
    joined += (joined.empty() ? "" : ",") + code;
  }
  std::string value = std::to_string(count.value) + " from " + joined;
  auto known = [out](const std::string& code) {
    return std::find_if(
        out->trainees.begin(), out->trainees.end(),
        [&code](const core::TraineeCount& t) { return t.country == code; });
  };
  if (codes.size() > 1) {
    // Listed countries with the number per country unknown: count 0.
    for (const std::string& code : codes) {
      if (known(code) == out->trainees.end())
        out->trainees.push_back({code, 0});
    }
    out->trainee_total += static_cast<int>(count.value);
    out->facts.push_back({"trainees", "", value, p.index(),
                          lang + ":trainees-several-countries"});
    return;
  }
  auto it = known(codes[0]);
  if (it != out->trainees.end()) {
    // A count within a total already counted fills in the number only.
    if (it->count == 0) it->count = static_cast<int>(count.value);
    return;
  }
  out->trainees.push_back({codes[0], static_cast<int>(count.value)});
  out->trainee_total += static_cast<int>(count.value);
  out->facts.push_back({"trainees", "", value, p.index(), lang + ":trainees"});
}

// "8 countries including", "countries such as": the words between "from"
// and a list of some of the countries. Returns pos when there are none.
size_t SkipCountriesIncluding(const Paragraph& p, size_t pos) {
  std::string_view text = p.text();
  size_t at = SkipSpaces(text, pos);
  size_t word_end = WordEnd(text, at);
  if (p.rules().NumberOf(text.substr(at, word_end - at)) >= 0) {
    at = SkipSpaces(text, word_end);
    word_end = WordEnd(text, at);
  }
  std::string noun = AsciiLower(text.substr(at, word_end - at));
  if (noun != "countries" && noun != "nations") return pos;
  at = SkipSpaces(text, word_end);
  if (at < text.size() && (text[at] == ',' || text[at] == ':')) ++at;
  at = SkipSpaces(text, at);
  for (std::string_view lead : {"including", "such as", "namely", "like"}) {
    if (StartsWith(text, at, lead)) return SkipSpaces(text, at + lead.size());
  }
  return pos;
}

// "等8个国家", "等国家", "等国", "等10个国家和地区" after a Han country list.
size_t SkipHanEtc(const Paragraph& p, size_t pos) {
  std::string_view text = p.text();
  if (!StartsWith(text, pos, "等")) return pos;
  size_t at = pos + std::string_view("等").size();
  size_t end = at;
  if (ParseDigits(text, at, &end) >= 0 || ParseHanNumber(text, at, &end) >= 0) {
    at = end;
    if (!StartsWith(text, at, "个")) return pos;
    at += std::string_view("个").size();
  }
  for (std::string_view noun : {"国家和地区", "国家", "国"}) {
    if (StartsWith(text, at, noun)) return at + noun.size();
  }
  return pos;
}

// A number word within `words` words before pos, in the same clause.
Count NumberBefore(const Paragraph& p, size_t pos, int words) {
  std::string_view text = p.text();
  for (int i = 0; i < words; ++i) {
    pos = SkipSpacesBack(text, pos);
    size_t start = WordStartBefore(text, pos);
    if (start == pos) return {};
    long value = p.rules().NumberOf(text.substr(start, pos - start));
    if (value >= 0) return {value, start, pos};
    pos = start;
  }
  return {};
}

// "16 foreign trainees from ...", "5 Thai doctors", "12 слушателей из ...".
void FromNoun(const Paragraph& p, const Hit& noun,
              std::unordered_set<size_t>* used, ArticleEntities* out) {
  Count count = NumberBefore(p, noun.begin, kMaxWordsBeforeNoun);
  if (count.value < 0 || used->count(count.begin) > 0) return;
  std::vector<std::string> codes;
  for (const core::CountryMention& c : p.Countries()) {
    if (c.begin >= count.end && c.end <= noun.begin) codes.push_back(c.code);
  }
  const Hit* from = p.HitStartingAt(SkipSpaces(p.text(), noun.end));
  if (codes.empty() && from != nullptr && from->Has(kFrom)) {
    size_t end = 0;
    codes = p.CountryListAt(SkipCountriesIncluding(p, from->end), &end);
  }
  if (codes.empty()) return;
  used->insert(count.begin);
  Record(p, count, codes, RuleLang(noun, kTraineeNoun), out);
}

// "... and 9 from China" after a trainee noun in the same sentence.
void FromNumber(const Paragraph& p, const Hit& from,
                std::unordered_set<size_t>* used, ArticleEntities* out) {
  Count count = NumberBefore(p, from.begin, 1);
  if (count.value < 0 || used->count(count.begin) > 0) return;
  Span sentence = p.SentenceOf(from.begin);
  auto [first, last] = p.HitsIn({sentence.begin, count.begin});
  bool noun = std::any_of(p.hits().begin() + static_cast<long>(first),
                          p.hits().begin() + static_cast<long>(last),
                          [](const Hit& h) { return h.Has(kTraineeNoun); });
  if (!noun) return;
  used->insert(count.begin);
  size_t end = 0;
  Record(p, count, p.CountryListAt(from.end, &end), RuleLang(from, kFrom), out);
}

// "แพทย์จากลาว 6 คน": countries, then the count with its counter.
void CountAfterList(const Paragraph& p, const Hit& from,
                    std::unordered_set<size_t>* used, ArticleEntities* out) {
  size_t end = 0;
  std::vector<std::string> codes = p.CountryListAt(from.end, &end);
  if (codes.empty()) return;
  std::string_view text = p.text();
  size_t number = SkipSpaces(text, end);
  size_t number_end = 0;
  long value = ParseDigits(text, number, &number_end);
  if (value < 0 || used->count(number) > 0) return;
  size_t counter = SkipSpaces(text, number_end);
  for (const std::string& word : p.rules().counters) {
    if (!StartsWith(text, counter, word)) continue;
    used->insert(number);
    return Record(p, {value, number, number_end}, codes, RuleLang(from, kFrom),
                  out);
  }
}

// A Han or Arabic-digit number followed by a counter (5名, 五位) at pos.
Count HanCountAt(const Paragraph& p, size_t pos) {
  std::string_view text = p.text();
  size_t end = 0;
  long value = ParseDigits(text, pos, &end);
  if (value < 0) value = ParseHanNumber(text, pos, &end);
  if (value < 0) return {};
  for (const std::string& counter : p.rules().counters) {
    if (StartsWith(text, end, counter)) {
      return {value, pos, end + counter.size()};
    }
  }
  return {};
}

bool NounAt(const Paragraph& p, size_t pos) {
  const Hit* hit = p.HitStartingAt(pos);
  return hit != nullptr && hit->Has(kTraineeNoun);
}

// Offset after one stop character (的) at pos, else pos.
size_t SkipStopChar(const Paragraph& p, size_t pos) {
  if (pos >= p.text().size()) return pos;
  size_t len = DecodeAt(p.text(), pos).len;
  return p.rules().IsStopChar(p.text().substr(pos, len)) ? pos + len : pos;
}

// 来自泰国、越南的5名学员: the list before the count.
std::vector<std::string> HanListBefore(const Paragraph& p, const Count& count) {
  size_t window =
      count.begin > kFromWindowBytes ? count.begin - kFromWindowBytes : 0;
  auto [first, last] = p.HitsIn({window, count.begin});
  for (size_t i = last; i-- > first;) {
    if (!p.hits()[i].Has(kFrom)) continue;
    size_t end = 0;
    std::vector<std::string> codes = p.CountryListAt(p.hits()[i].end, &end);
    if (SkipStopChar(p, SkipHanEtc(p, end)) == count.begin) return codes;
    break;
  }
  return {};
}

// 学员19名，分别来自蒙古、波兰……等8个国家: the list after the count.
std::vector<std::string> HanListAfter(const Paragraph& p, size_t pos) {
  std::string_view text = p.text();
  for (std::string_view skip : {",", "，", "分别", "均"}) {
    if (StartsWith(text, pos, skip)) pos += skip.size();
  }
  if (StartsWith(text, pos, "分别")) pos += std::string_view("分别").size();
  const Hit* from = p.HitStartingAt(pos);
  if (from == nullptr || !from->Has(kFrom)) return {};
  size_t end = 0;
  return p.CountryListAt(from->end, &end);
}

// The Han forms around one count: 5名来自泰国的学员, 5名泰国学员,
// 来自泰国的5名学员, 泰国学员5名, 泰国5名.
std::vector<std::string> HanCountries(const Paragraph& p, const Count& count) {
  size_t end = 0;
  const Hit* from = p.HitStartingAt(count.end);
  if (from != nullptr && from->Has(kFrom)) {
    std::vector<std::string> codes = p.CountryListAt(from->end, &end);
    return NounAt(p, SkipStopChar(p, end)) ? codes : std::vector<std::string>{};
  }
  std::vector<std::string> codes = p.CountryListAt(count.end, &end);
  if (!codes.empty()) {
    return NounAt(p, end) ? codes : std::vector<std::string>{};
  }
  if (NounAt(p, count.end)) return HanListBefore(p, count);
  const Hit* noun = p.HitEndingAt(count.begin);
  if (noun != nullptr && noun->Has(kTraineeNoun)) {
    std::vector<std::string> listed = HanListAfter(p, count.end);
    if (!listed.empty()) return listed;
  }
  size_t before =
      noun != nullptr && noun->Has(kTraineeNoun) ? noun->begin : count.begin;
  if (auto country = p.CountryEndingAt(before)) return {country->code};
  return {};
}

void FindHanCounts(const Paragraph& p, ArticleEntities* out) {
  std::string_view text = p.text();
  bool numeric_before = false;
  for (size_t pos = 0; pos < text.size();) {
    CodePoint cp = DecodeAt(text, pos);
    size_t end = 0;
    bool numeric = IsDigit(cp.c) || ParseHanNumber(text, pos, &end) >= 0;
    if (numeric && !numeric_before) {
      Count count = HanCountAt(p, pos);
      if (count.value >= 0) {
        Record(p, count, HanCountries(p, count), "zh", out);
        pos = count.end;
        numeric_before = false;
        continue;
      }
    }
    numeric_before = numeric;
    pos += cp.len;
  }
}

}  // namespace

void FindTrainees(const Paragraph& p, ArticleEntities* out) {
  std::unordered_set<size_t> used;
  bool han = false;
  for (const Hit& hit : p.hits()) {
    if (hit.Has(kTraineeNoun) && RuleLang(hit, kTraineeNoun) == "zh") {
      han = true;
    }
    if (hit.Has(kTraineeNoun) && RuleLang(hit, kTraineeNoun) != "zh") {
      FromNoun(p, hit, &used, out);
    }
  }
  for (const Hit& hit : p.hits()) {
    if (hit.Has(kFrom) && RuleLang(hit, kFrom) != "zh") {
      FromNumber(p, hit, &used, out);
      CountAfterList(p, hit, &used, out);
    }
  }
  if (han) FindHanCounts(p, out);
}

}  // namespace annals::indexer::people
