// People named without an honorific of their own, where the shape of the
// sentence says that a name stands there: "Fiona Mackay, Director of
// Education of ...", "Professors Lu Haifeng, Yan Jing and Pan Xiaodong",
// "Director of Trauma Center Laura Evans". Precision first: every word must
// look like a name word (capital, then lower case), and nothing capitalised
// may run on before the name.
#include <algorithm>

#include "indexer/extract/city_gazetteer.h"
#include "indexer/extract/person_mentions.h"
#include "indexer/extract/russian_case.h"
#include "indexer/extract/text_scan.h"

namespace annals::indexer::people {
namespace {

constexpr int kMinNameWords = 2;
constexpr int kMaxNameWords = 3;
constexpr int kMinOrganisationWords = 1;
constexpr int kMaxRunWords = 8;

// A capitalised word with lower-case letters ("Mackay", "Xiaodong"), which
// is no rule word (honorific, position, institution head, name stop) and no
// country.
bool IsNameWord(const Paragraph& p, size_t begin, size_t end) {
  std::string_view text = p.text();
  if (begin >= end) return false;
  CodePoint first = DecodeAt(text, begin);
  if (!IsUpper(first.c) || IsHan(first.c)) return false;
  bool lower = false;
  for (size_t pos = begin + first.len; pos < end;) {
    CodePoint cp = DecodeAt(text, pos);
    lower = lower || IsLower(cp.c);
    pos += cp.len;
  }
  if (!lower || InSet(p.rules().name_stops, text.substr(begin, end - begin))) {
    return false;
  }
  if (const Hit* hit = p.HitStartingAt(begin)) {
    if (hit->Has(kHonorific) || hit->Has(kPositionTitle) ||
        hit->Has(kPosition) || hit->Has(kHostHead) || hit->Has(kSeriesHead) ||
        hit->Has(kRole) || hit->Has(kFrom)) {
      return false;
    }
  }
  auto country = p.CountryAt(begin);
  return !(country && country->begin == begin);
}

bool IsParticle(const Paragraph& p, Span word) {
  return InSet(p.rules().particles,
               p.text().substr(word.begin, word.end - word.begin));
}

// The words of a run of name words ending at `end`, read backwards (at most
// kMaxRunWords), as [begin, end) spans in text order. A particle between two
// name words belongs to the name ("Siti Aminah binti Yusof").
std::vector<Span> NameWordsBefore(const Paragraph& p, size_t end) {
  std::string_view text = p.text();
  std::vector<Span> words;
  while (end > 0 && words.size() < static_cast<size_t>(kMaxRunWords)) {
    size_t begin = WordStartBefore(text, end);
    if (begin == end) break;
    if (!IsNameWord(p, begin, end)) {
      bool particle =
          !words.empty() && IsParticle(p, {begin, end}) && begin >= 2 &&
          text[begin - 1] == ' ' &&
          IsNameWord(p, WordStartBefore(text, begin - 1), begin - 1);
      if (!particle) break;
    }
    words.insert(words.begin(), {begin, end});
    if (begin < 2 || text[begin - 1] != ' ') break;
    end = begin - 1;
  }
  return words;
}

// The number of name words, particles not counted.
size_t NameWordCount(const Paragraph& p, const std::vector<Span>& words) {
  return std::count_if(words.begin(), words.end(),
                       [&p](Span w) { return !IsParticle(p, w); });
}

// A name may start here: the paragraph start, after sentence or list
// punctuation, after a conjunction ("..., and Daniel Hughes, Head of") or
// after the agent word of a passive ("presided over by Mei Lan, Director").
bool NameCanStartAt(const Paragraph& p, size_t begin) {
  std::string_view text = p.text();
  size_t before = SkipSpacesBack(text, begin);
  if (before == 0) return true;
  CodePoint cp = DecodeBefore(text, before);
  if (IsPunct(cp.c) || cp.c == '(' || cp.c == U'（') return true;
  size_t word = WordStartBefore(text, before);
  return word < before && (p.ConjunctionEnd(word) == before ||
                           InSet(p.rules().passive,
                                 AsciiLower(text.substr(word, before - word))));
}

Mention MakeUnmarked(const Paragraph& p, size_t begin, size_t end,
                     const std::string& rule) {
  Mention m;
  m.begin = m.name_begin = begin;
  m.end = m.name_end = end;
  m.name = ValidUtf8(p.text().substr(begin, end - begin));
  m.lang = "en";
  m.rule = "en:" + rule;
  return m;
}

// "Fiona Mackay, Director of ...": a name, a comma, an optional article and
// a position word.
void AppositionNames(const Paragraph& p, std::vector<Mention>* out) {
  std::string_view text = p.text();
  for (const Hit& hit : p.hits()) {
    if (!hit.Has(kPosition) && !hit.Has(kPositionTitle)) continue;
    size_t pos = SkipSpacesBack(text, hit.begin);
    size_t article = WordStartBefore(text, pos);
    if (article < pos &&
        InSet(p.rules().articles, text.substr(article, pos - article))) {
      pos = SkipSpacesBack(text, article);
    }
    if (pos == 0 || text[pos - 1] != ',') continue;
    std::vector<Span> words = NameWordsBefore(p, SkipSpacesBack(text, pos - 1));
    if (NameWordCount(p, words) < static_cast<size_t>(kMinNameWords) ||
        NameWordCount(p, words) > static_cast<size_t>(kMaxNameWords) ||
        !NameCanStartAt(p, words.front().begin)) {
      continue;
    }
    out->push_back(MakeUnmarked(p, words.front().begin, words.back().end,
                                "name+appositive"));
  }
}

// The name words from pos: [begin, end) of 2-3 words, or an empty span.
Span NameAt(const Paragraph& p, size_t pos) {
  std::string_view text = p.text();
  Span name{pos, pos};
  for (int words = 0; words < kMaxNameWords; ++words) {
    size_t end = WordEnd(text, pos);
    if (!IsNameWord(p, pos, end)) break;
    name.end = end;
    if (end >= text.size() || text[end] != ' ') break;
    pos = end + 1;
  }
  int count = 0;
  for (size_t at = name.begin; at < name.end; at = WordEnd(text, at) + 1) {
    ++count;
  }
  if (count < kMinNameWords) name.end = name.begin;
  return name;
}

// "Professors Lu Haifeng, Yan Jing and Pan Xiaodong gave lectures".
void PluralHonorificNames(const Paragraph& p, std::vector<Mention>* out) {
  std::string_view text = p.text();
  for (const Hit& hit : p.hits()) {
    if (!hit.Has(kPluralHonorific)) continue;
    std::vector<Mention> names;
    size_t at = SkipSpaces(text, hit.end);
    for (Span name = NameAt(p, at); name.end > name.begin;
         name = NameAt(p, at)) {
      Mention m = MakeUnmarked(p, name.begin, name.end, "plural-honorific");
      if (names.empty()) m.begin = hit.begin;
      m.honorific = std::string(hit.Text(text));
      names.push_back(std::move(m));
      at = SkipSpaces(text, name.end);
      if (at < text.size() && text[at] == ',') at = SkipSpaces(text, at + 1);
      at = SkipSpaces(text, p.ConjunctionEnd(at));
    }
    if (names.size() >= 2) out->insert(out->end(), names.begin(), names.end());
  }
}

// Genitive and adjective endings that a first name in the nominative does
// not have: "Республики Татарстан" is no name.
bool IsGenitiveLike(std::string_view word) {
  for (std::string_view end : {"ы", "и", "ого", "его", "ой", "ской", "ских"}) {
    if (word.ends_with(end)) return true;
  }
  return false;
}

// "главный врач больницы Марат Абдуллин", "проректор по учебной работе
// Виктор Павлович Соловьёв": a Russian position or honorific, the words of
// its complement, then a name of two words (three with a patronymic) that
// ends the clause or is followed by lower-case words.
void RussianNamesAfterPositions(const Paragraph& p, std::vector<Mention>* out) {
  std::string_view text = p.text();
  for (const Hit& hit : p.hits()) {
    if (!(hit.Has(kPosition) || hit.Has(kHonorific)) ||
        !IsCyrillic(DecodeAt(text, hit.begin).c)) {
      continue;
    }
    std::vector<Span> run;
    size_t pos = SkipSpaces(text, hit.end);
    for (int words = 0; words < kMaxRunWords && pos < text.size(); ++words) {
      size_t end = WordEnd(text, pos);
      if (end == pos) break;
      if (IsNameWord(p, pos, end) && IsCyrillic(DecodeAt(text, pos).c)) {
        run.push_back({pos, end});
      } else if (run.size() >= static_cast<size_t>(kMinNameWords) ||
                 !IsLower(DecodeAt(text, pos).c)) {
        break;
      } else {
        run.clear();
      }
      if (end >= text.size() || text[end] != ' ') break;
      pos = end + 1;
    }
    if (run.size() < static_cast<size_t>(kMinNameWords)) continue;
    size_t take =
        run.size() >= 3 &&
                IsRussianPatronymic(text.substr(
                    run[run.size() - 2].begin,
                    run[run.size() - 2].end - run[run.size() - 2].begin))
            ? 3
            : 2;
    const Span& first = run[run.size() - take];
    // With a patronymic the run is a name in any case (Светланы Игоревны).
    if (take == 2 &&
        IsGenitiveLike(text.substr(first.begin, first.end - first.begin))) {
      continue;
    }
    Mention m = MakeUnmarked(p, first.begin, run.back().end, "");
    m.lang = "ru";
    m.rule = "ru:position+name";
    if (hit.Has(kPosition)) {
      m.position =
          ValidUtf8(Trim(text.substr(hit.begin, first.begin - hit.begin)));
      m.position_rule = m.rule;
    }
    out->push_back(std::move(m));
  }
}

// The end of a short note in parentheses at pos, after the closing
// parenthesis: a city, a country or an institution ("(Hanoi)", "(Iran)",
// "(Peking University)"), that is a capitalised word, then letters and
// spaces. npos for anything else ("(9)", "(ERCP)", a clause).
size_t ParenthesisedNoteEnd(const Paragraph& p, size_t pos) {
  constexpr size_t kMaxNoteBytes = 60;
  std::string_view text = p.text();
  if (pos >= text.size() || text[pos] != '(') return std::string_view::npos;
  size_t close = text.find(')', pos);
  if (close == std::string_view::npos || close - pos > kMaxNoteBytes) {
    return std::string_view::npos;
  }
  bool capitalised = IsNameWord(p, pos + 1, WordEnd(text, pos + 1)) ||
                     p.CountryAt(pos + 1).has_value();
  if (!capitalised) return std::string_view::npos;
  for (size_t at = pos + 1; at < close;) {
    CodePoint cp = DecodeAt(text, at);
    if (!IsWordChar(cp.c) && cp.c != ' ' && cp.c != '-' && cp.c != '.') {
      return std::string_view::npos;
    }
    at += cp.len;
  }
  return close + 1;
}

// "The faculty included Nguyen Duc Thanh (Hanoi), Rahul Deshpande (Pune) and
// Zahid Mehmood Butt (Lahore)": two or more names in a row, each followed by
// its city, country or institution in parentheses. One such name alone could
// be an institution or a place, so a list is required, and a city of the
// gazetteer is no name ("Phnom Penh (Cambodia)").
void NamesWithPlaces(const Paragraph& p, std::vector<Mention>* out) {
  std::string_view text = p.text();
  std::vector<Mention> chain;
  size_t chain_end = std::string_view::npos;
  auto close_chain = [&chain, out] {
    if (chain.size() >= 2) out->insert(out->end(), chain.begin(), chain.end());
    chain.clear();
  };
  for (size_t open = text.find('('); open != std::string_view::npos;
       open = text.find('(', open + 1)) {
    size_t after = ParenthesisedNoteEnd(p, open);
    if (after == std::string_view::npos) continue;
    std::vector<Span> words = NameWordsBefore(p, SkipSpacesBack(text, open));
    if (NameWordCount(p, words) < static_cast<size_t>(kMinNameWords) ||
        NameWordCount(p, words) > static_cast<size_t>(kMaxNameWords) ||
        CityGazetteer::Default().At(text, words.front().begin).city !=
            nullptr) {
      close_chain();
      continue;
    }
    if (!chain.empty()) {
      size_t next = SkipSpaces(text, chain_end);
      if (next < text.size() && text[next] == ',') {
        next = SkipSpaces(text, next + 1);
      }
      next = SkipSpaces(text, p.ConjunctionEnd(next));
      if (next != words.front().begin) close_chain();
    }
    chain.push_back(
        MakeUnmarked(p, words.front().begin, words.back().end, "name+(place)"));
    chain_end = after;
  }
  close_chain();
}

}  // namespace

std::optional<Mention> NameAfterPositionOf(const Paragraph& p,
                                           const Hit& position) {
  std::string_view text = p.text();
  size_t link = SkipSpaces(text, position.end);
  size_t link_end = WordEnd(text, link);
  if (link_end == link ||
      !InSet(p.rules().links, text.substr(link, link_end - link))) {
    return std::nullopt;
  }
  std::vector<Span> words;
  for (size_t pos = SkipSpaces(text, link_end);
       words.size() < static_cast<size_t>(kMaxRunWords);) {
    size_t end = WordEnd(text, pos);
    CodePoint cp = end > pos ? DecodeAt(text, pos) : CodePoint{};
    if (end == pos || !IsUpper(cp.c) ||
        InSet(p.rules().articles, text.substr(pos, end - pos))) {
      break;
    }
    words.push_back({pos, end});
    if (end >= text.size() || text[end] != ' ') break;
    pos = end + 1;
  }
  if (words.size() <
      static_cast<size_t>(kMinNameWords + kMinOrganisationWords)) {
    return std::nullopt;
  }
  size_t after = SkipSpaces(text, words.back().end);
  bool boundary = after >= text.size() || IsPunct(DecodeAt(text, after).c) ||
                  p.ConjunctionEnd(after) > after;
  const Span& first = words[words.size() - kMinNameWords];
  for (size_t i = words.size() - kMinNameWords; i < words.size(); ++i) {
    if (!IsNameWord(p, words[i].begin, words[i].end)) return std::nullopt;
  }
  if (!boundary) return std::nullopt;
  Mention m = MakeUnmarked(p, first.begin, words.back().end, "position+name");
  m.begin = position.begin;
  m.position = std::string(position.Text(text));
  m.affiliation = ValidUtf8(Trim(text.substr(
      SkipSpaces(text, link_end),
      SkipSpacesBack(text, first.begin) - SkipSpaces(text, link_end))));
  m.position_rule = m.rule;
  return m;
}

// "и врачом-неонатологом Алиной Рашидовной Хабибуллиной", "уролог из
// Шымкента Ержан Тулегенович Абдрахманов": three capitalised Cyrillic words
// with a patronymic in the middle are a name, in any case and wherever they
// stand.
void RussianPatronymicNames(const Paragraph& p, std::vector<Mention>* out) {
  std::string_view text = p.text();
  std::vector<Span> run;  // capitalised Cyrillic words joined by one space
  for (size_t pos = 0; pos < text.size();) {
    size_t end = WordEnd(text, pos);
    if (end == pos) {
      run.clear();
      pos += DecodeAt(text, pos).len;
      continue;
    }
    if (IsCyrillic(DecodeAt(text, pos).c) && IsNameWord(p, pos, end)) {
      run.push_back({pos, end});
    } else {
      run.clear();
    }
    if (run.size() >= 3) {
      const Span& middle = run[run.size() - 2];
      if (IsRussianPatronymic(
              text.substr(middle.begin, middle.end - middle.begin))) {
        Mention m = MakeUnmarked(p, run[run.size() - 3].begin, end, "");
        m.lang = "ru";
        m.rule = "ru:patronymic";
        out->push_back(std::move(m));
        run.clear();
      }
    }
    if (end >= text.size() || text[end] != ' ') run.clear();
    pos = end < text.size() && text[end] == ' ' ? end + 1 : end;
  }
}

void AddUnmarkedMentions(const Paragraph& p, std::vector<Mention>* mentions) {
  std::vector<Mention> found;
  AppositionNames(p, &found);
  PluralHonorificNames(p, &found);
  RussianNamesAfterPositions(p, &found);
  RussianPatronymicNames(p, &found);
  NamesWithPlaces(p, &found);
  HanNamesAfterInstitutions(p, &found);
  for (Mention& m : found) {
    bool overlaps = std::any_of(
        mentions->begin(), mentions->end(), [&m](const Mention& other) {
          return m.name_begin < other.end && m.name_end > other.begin;
        });
    if (!overlaps) mentions->push_back(std::move(m));
  }
  std::sort(
      mentions->begin(), mentions->end(),
      [](const Mention& a, const Mention& b) { return a.begin < b.begin; });
}

}  // namespace annals::indexer::people
