// Trainee counts: a number tied to a trainee noun and a country list.
#include "indexer/extract/trainees.h"

#include <algorithm>
#include <unordered_set>

#include "indexer/extract/text_scan.h"

namespace annals::indexer::people {
namespace {

constexpr int kMaxWordsBeforeNoun = 3;
constexpr long kMaxCount = 2000;
constexpr size_t kFromWindowBytes = 80;

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
  if (codes.size() > 1) {
    out->facts.push_back({"trainees", "", value, p.index(),
                          lang + ":trainees-several-countries"});
    return;
  }
  for (const core::TraineeCount& known : out->trainees) {
    if (known.country == codes[0]) return;
  }
  out->trainees.push_back({codes[0], static_cast<int>(count.value)});
  out->facts.push_back({"trainees", "", value, p.index(), lang + ":trainees"});
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
    codes = p.CountryListAt(from->end, &end);
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
    if (SkipStopChar(p, end) == count.begin) return codes;
    break;
  }
  return {};
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
