// Numbered course series: an ordinal, then the series name up to its head
// word ("Workshop", "培训班", "курс", before ครั้งที่ in Thai).
#include <algorithm>

#include "indexer/extract/course_identity.h"
#include "indexer/extract/text_scan.h"

namespace annals::indexer::people {
namespace {

constexpr size_t kMaxSeriesTokens = 14;
constexpr size_t kMaxHanSeriesChars = 40;
constexpr size_t kThaiHeadWindowBytes = 240;

struct Token {
  size_t begin = 0;
  size_t end = 0;
  bool capital = false;  // capitalised or a number
  bool link = false;     // series-link word
  bool extend = false;   // series-extend word
  bool head = false;     // series-head word
};

bool IsQuote(char32_t c) {
  return c == '"' || c == U'“' || c == U'”' || c == U'«' || c == U'»' ||
         c == U'《' || c == U'》';
}

// A run of non-space characters, without closing punctuation.
size_t TokenEnd(std::string_view text, size_t pos) {
  size_t end = pos;
  while (end < text.size()) {
    CodePoint cp = DecodeAt(text, end);
    if (IsSpace(cp.c) || IsQuote(cp.c) || (IsPunct(cp.c) && cp.c != '.')) break;
    end += cp.len;
  }
  while (end > pos && text[end - 1] == '.') --end;
  return end;
}

// The words after an ordinal, up to a stop word, a city or punctuation.
std::vector<Token> SeriesTokens(const Paragraph& p, const CityGazetteer& cities,
                                size_t pos, bool any_case) {
  std::string_view text = p.text();
  const PeopleRules& rules = p.rules();
  std::vector<Token> tokens;
  while (tokens.size() < kMaxSeriesTokens && pos < text.size()) {
    size_t end = TokenEnd(text, pos);
    if (end == pos) break;
    std::string_view word = text.substr(pos, end - pos);
    if (InSet(rules.series_stops, word) || cities.At(text, pos).city) break;
    CodePoint first = DecodeAt(text, pos);
    const Hit* hit = p.HitStartingAt(pos);
    Token token{pos,
                end,
                IsUpper(first.c) || IsDigit(first.c) || any_case,
                InSet(rules.series_links, word),
                InSet(rules.series_extend, word),
                hit != nullptr && hit->Has(kSeriesHead) && hit->end == end};
    if (!token.capital && !token.link) break;
    tokens.push_back(token);
    if (end >= text.size() || !IsSpace(DecodeAt(text, end).c)) break;
    pos = SkipSpaces(text, end);
  }
  return tokens;
}

// The series name in tokens: up to the last head word, and on after it with
// an extend word ("Course on Digestive Endoscopy").
std::string SeriesFromTokens(const Paragraph& p,
                             const std::vector<Token>& tokens) {
  auto head = std::find_if(tokens.rbegin(), tokens.rend(),
                           [](const Token& t) { return t.head; });
  if (head == tokens.rend() || tokens.front().link) return "";
  size_t last = static_cast<size_t>(tokens.rend() - head) - 1;
  if (last + 1 < tokens.size() && tokens[last + 1].extend) {
    for (size_t j = last + 2; j < tokens.size() && !tokens[j].extend; ++j) {
      if (!tokens[j].link) last = j;
    }
  }
  size_t begin = tokens.front().begin;
  return ValidUtf8(p.text().substr(begin, tokens[last].end - begin));
}

// "42nd", "Third", "42-й": the number of an ordinal word at pos, or -1.
long OrdinalAt(const Paragraph& p, size_t pos, size_t end, bool* russian) {
  std::string_view text = p.text();
  size_t digits_end = 0;
  long value = ParseDigits(text, pos, &digits_end);
  *russian = false;
  if (value < 0) {
    auto found =
        p.rules().ordinals.find(AsciiLower(text.substr(pos, end - pos)));
    return found == p.rules().ordinals.end() ? -1 : found->second;
  }
  size_t suffix = digits_end;
  if (suffix < text.size() && text[suffix] == '-') {
    *russian = true;
    suffix = suffix + 1;
    end = WordEnd(text, suffix);
  }
  if (suffix >= end ||
      !InSet(p.rules().ordinal_suffixes, text.substr(suffix, end - suffix))) {
    return -1;
  }
  return value;
}

std::optional<SeriesEdition> SpacedSeries(const Paragraph& p,
                                          const CityGazetteer& cities) {
  std::string_view text = p.text();
  for (size_t pos = 0; pos < text.size();) {
    CodePoint cp = DecodeAt(text, pos);
    if (!IsWordChar(cp.c) || IsWordChar(DecodeBefore(text, pos).c)) {
      pos += cp.len;
      continue;
    }
    size_t end = WordEnd(text, pos);
    bool russian = false;
    long edition = OrdinalAt(p, pos, end, &russian);
    if (edition > 0) {
      auto tokens = SeriesTokens(p, cities, SkipSpaces(text, end), russian);
      std::string series = SeriesFromTokens(p, tokens);
      if (!series.empty()) {
        return SeriesEdition{series, static_cast<int>(edition),
                             russian ? "ru:N-й+head" : "en:ordinal+head", pos};
      }
    }
    pos = std::max(end, pos + cp.len);
  }
  return std::nullopt;
}

// 第42届ERCP/EUS培训班: the Han and Latin characters after the edition mark,
// up to the last series head among them.
std::string HanSeriesAfter(const Paragraph& p, size_t start) {
  std::string_view text = p.text();
  size_t end = start;
  for (size_t chars = 0; chars < kMaxHanSeriesChars && end < text.size();
       ++chars) {
    CodePoint cp = DecodeAt(text, end);
    bool series_char = IsHan(cp.c) || IsWordChar(cp.c) || cp.c == '/' ||
                       cp.c == '-' || cp.c == '&' || cp.c == ' ';
    if (!series_char || p.rules().IsStopChar(text.substr(end, cp.len))) break;
    end += cp.len;
  }
  size_t series_end = start;
  auto [first, last] = p.HitsIn({start, end});
  for (size_t i = first; i < last; ++i) {
    const Hit& hit = p.hits()[i];
    if (hit.Has(kSeriesHead) && hit.end <= end) series_end = hit.end;
  }
  return ValidUtf8(Trim(text.substr(start, series_end - start)));
}

std::optional<SeriesEdition> HanSeries(const Paragraph& p) {
  std::string_view text = p.text();
  for (const std::string& prefix : p.rules().edition_prefixes) {
    for (size_t pos = text.find(prefix); pos != std::string_view::npos;
         pos = text.find(prefix, pos + prefix.size())) {
      size_t number = pos + prefix.size();
      size_t end = 0;
      long edition = ParseDigits(text, number, &end);
      if (edition < 0) edition = ParseHanNumber(text, number, &end);
      Hit mark = p.rules().lexicon.MatchAt(text, end);
      if (edition <= 0 || !mark.Has(kEditionMark)) continue;
      std::string series = HanSeriesAfter(p, mark.end);
      if (series.empty()) continue;
      return SeriesEdition{series, static_cast<int>(edition),
                           "zh:" + prefix + "N" + std::string(mark.Text(text)),
                           pos};
    }
  }
  return std::nullopt;
}

// "การอบรมเชิงปฏิบัติการ ERCP ครั้งที่ 5": the series before the mark.
std::optional<SeriesEdition> ThaiSeries(const Paragraph& p) {
  std::string_view text = p.text();
  for (const Hit& mark : p.hits()) {
    if (!mark.Has(kEditionMark) || RuleLang(mark, kEditionMark) != "th") {
      continue;
    }
    size_t end = 0;
    long edition = ParseDigits(text, SkipSpaces(text, mark.end), &end);
    if (edition <= 0) continue;
    size_t window = mark.begin > kThaiHeadWindowBytes
                        ? mark.begin - kThaiHeadWindowBytes
                        : 0;
    auto [first, last] = p.HitsIn({window, mark.begin});
    for (size_t i = last; i-- > first;) {
      if (!p.hits()[i].Has(kSeriesHead)) continue;
      std::string_view series =
          text.substr(p.hits()[i].begin, mark.begin - p.hits()[i].begin);
      return SeriesEdition{ValidUtf8(Trim(series)), static_cast<int>(edition),
                           "th:ครั้งที่N", p.hits()[i].begin};
    }
  }
  return std::nullopt;
}

}  // namespace

std::optional<SeriesEdition> FindSeriesEdition(const Paragraph& p,
                                               const CityGazetteer& cities) {
  std::optional<SeriesEdition> best;
  for (auto found : {SpacedSeries(p, cities), HanSeries(p), ThaiSeries(p)}) {
    if (found && (!best || found->begin < best->begin)) best = found;
  }
  return best;
}

}  // namespace annals::indexer::people
