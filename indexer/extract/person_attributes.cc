// What the text says right around a name: the country ("(Tajikistan)",
// "from Vietnam", "越南专家", "（泰国）", "из Таиланда"), the position and the
// affiliation (", deputy director of the regional Health Commission,";
// "兰州大学第一医院院长李汛"; "ผู้อำนวยการโรงพยาบาลราชวิถี").
#include <algorithm>

#include "indexer/extract/city_gazetteer.h"
#include "indexer/extract/person_country.h"
#include "indexer/extract/person_mentions.h"
#include "indexer/extract/text_scan.h"

namespace annals::indexer::people {
namespace {

constexpr size_t kMaxParenthesisBytes = 160;
constexpr size_t kMaxAppositiveParts = 3;
constexpr size_t kFromWindowBytes = 100;
constexpr size_t kFromToCountryBytes = 60;
constexpr size_t kNationalityWindowBytes = 40;
constexpr size_t kMaxHanAffiliationChars = 30;
constexpr int kMaxWordsBeforePosition = 2;

bool IsPartSeparator(char32_t c) {
  return c == ',' || c == U'，' || c == ';' || c == U'；' || c == U'、';
}

void SetCountry(Mention* m, const std::string& code, const std::string& rule) {
  if (!m->country.empty() || code.empty()) return;
  m->country = code;
  m->country_rule = rule;
}

// A conjunction or "respectively" as a whole word.
bool IsListWord(const PeopleRules& rules, std::string_view word) {
  if (InSet(rules.conjunctions, word)) return true;
  Hit hit = rules.lexicon.MatchAt(word, 0);
  return hit.entry != nullptr && hit.end == word.size() &&
         hit.Has(kRespectively);
}

// "of Wuhan University and" -> "of Wuhan University"; also "respectively".
std::string_view TrimListWords(const PeopleRules& rules,
                               std::string_view text) {
  for (bool changed = true; changed;) {
    changed = false;
    text = TrimPunct(text, ".,;:");
    size_t last = text.rfind(' ');
    if (last != std::string_view::npos &&
        IsListWord(rules, text.substr(last + 1))) {
      text = text.substr(0, last);
      changed = true;
    }
    size_t first = text.find(' ');
    if (first != std::string_view::npos &&
        IsListWord(rules, text.substr(0, first))) {
      text = text.substr(first + 1);
      changed = true;
    }
  }
  return text;
}

void SetPosition(const Paragraph& p, Mention* m, std::string_view position,
                 std::string_view affiliation, const std::string& rule) {
  if (!m->position.empty() && m->position_rule != "zh:title") return;
  m->position = std::string(TrimListWords(p.rules(), Trim(position)));
  affiliation = TrimListWords(p.rules(), affiliation);
  if (!affiliation.empty()) m->affiliation = ValidUtf8(affiliation);
  m->position_rule = rule;
}

bool EndsWithHanHead(const PeopleRules& rules, std::string_view text) {
  return std::any_of(
      rules.zh_host_heads.begin(), rules.zh_host_heads.end(),
      [text](const std::string& head) { return text.ends_with(head); });
}

bool HasHit(const Paragraph& p, Span span, int category) {
  auto [first, last] = p.HitsIn(span);
  for (size_t i = first; i < last; ++i) {
    if (p.hits()[i].end <= span.end && p.hits()[i].Has(category)) return true;
  }
  return false;
}

// "deputy director of the regional Health Commission": a position word
// among the first words, then an optional link word and the affiliation.
bool ApplyPosition(const Paragraph& p, Mention* m, Span part) {
  std::string_view text = p.text();
  size_t pos = part.begin;
  for (int words = 0; words <= kMaxWordsBeforePosition && pos < part.end;
       ++words) {
    const Hit* hit = p.HitStartingAt(pos);
    if (hit != nullptr && hit->Has(kPosition) && hit->end <= part.end) {
      size_t position_end = hit->end;
      size_t link = position_end;
      for (int extra = 0; extra <= kMaxWordsBeforePosition && link < part.end;
           ++extra) {
        size_t word = SkipSpaces(text, link);
        size_t word_end = WordEnd(text, word);
        if (InSet(p.rules().links, text.substr(word, word_end - word))) {
          SetPosition(p, m, text.substr(hit->begin, position_end - hit->begin),
                      text.substr(word_end, part.end - word_end),
                      m->lang + ":appositive");
          return true;
        }
        link = position_end = word_end;
      }
      bool rest_is_affiliation = m->lang == "ru" || m->lang == "th";
      size_t rest = rest_is_affiliation ? hit->end : part.end;
      SetPosition(p, m, text.substr(hit->begin, hit->end - hit->begin),
                  text.substr(rest, part.end - rest), m->lang + ":appositive");
      return true;
    }
    size_t word_end = WordEnd(text, pos);
    if (word_end == pos) return false;
    pos = SkipSpaces(text, word_end);
  }
  return false;
}

// "兰州大学第一医院院长": affiliation + position, Han text.
bool ApplyHanPosition(const Paragraph& p, Mention* m, Span part) {
  const Hit* hit = p.HitEndingAt(part.end);
  if (hit == nullptr || !hit->Has(kPosition) || hit->begin < part.begin) {
    return false;
  }
  std::string_view affiliation =
      p.text().substr(part.begin, hit->begin - part.begin);
  if (!affiliation.empty() && !EndsWithHanHead(p.rules(), affiliation)) {
    return false;
  }
  SetPosition(p, m, hit->Text(p.text()), affiliation, "zh:appositive");
  return true;
}

// One comma-separated part after a name or inside its parentheses.
bool ApplyPart(const Paragraph& p, Mention* m, Span part,
               const std::string& rule) {
  std::string_view text = p.text();
  part.begin = SkipSpaces(text, part.begin);
  part.end = SkipSpacesBack(text, part.end);
  if (part.begin >= part.end) return false;
  std::string_view value = text.substr(part.begin, part.end - part.begin);
  if (auto country = p.CountryAt(part.begin);
      country && country->end == part.end) {
    SetCountry(m, country->code, m->lang + ":" + rule);
    return true;
  }
  // "Rahul Deshpande (Pune)": a city alone gives its country.
  if (CityGazetteer::Found city = CityGazetteer::Default().At(text, part.begin);
      city.city != nullptr && city.end == part.end) {
    SetCountry(m, city.city->country, m->lang + ":" + rule + "-city");
    return true;
  }
  if (ApplyPosition(p, m, part) || ApplyHanPosition(p, m, part)) return true;
  const Hit* from = p.HitStartingAt(part.begin);
  if (from != nullptr && from->Has(kFrom)) {
    if (auto country = p.CountryAt(from->end);
        country && country->end == part.end) {
      SetCountry(m, country->code, m->lang + ":from");
      return true;
    }
    part.begin = SkipSpaces(text, from->end);
  }
  if (HasHit(p, part, kHostHead) || EndsWithHanHead(p.rules(), value)) {
    if (m->affiliation.empty()) {
      m->affiliation = ValidUtf8(TrimListWords(
          p.rules(), text.substr(part.begin, part.end - part.begin)));
      if (m->position_rule.empty()) m->position_rule = m->lang + ":" + rule;
    }
    return true;
  }
  return false;
}

// "(Tajikistan)", "（泰国）", "(Bach Mai Hospital, Vietnam)": returns the
// offset after the closing parenthesis, or `pos` when there is none.
size_t ApplyParenthesis(const Paragraph& p, Mention* m, size_t pos) {
  std::string_view text = p.text();
  size_t open = SkipSpaces(text, pos);
  if (open >= text.size()) return pos;
  CodePoint cp = DecodeAt(text, open);
  if (cp.c != '(' && cp.c != U'（') return pos;
  size_t limit = std::min(text.size(), open + kMaxParenthesisBytes);
  size_t part = open + cp.len;
  for (size_t at = part; at < limit;) {
    CodePoint inner = DecodeAt(text, at);
    if (inner.c == ')' || inner.c == U'）' || IsPartSeparator(inner.c)) {
      ApplyPart(p, m, {part, at}, "parenthesis");
      part = at + inner.len;
      if (inner.c == ')' || inner.c == U'）') return part;
    }
    at += inner.len;
  }
  return pos;
}

// The end of a part that starts at pos: the next separator, parenthesis,
// another person's mention or the sentence end.
size_t PartEnd(const Paragraph& p, size_t pos, size_t limit) {
  for (const Mention& other : p.mentions()) {
    if (other.begin >= pos && other.begin < limit) limit = other.begin;
  }
  std::string_view text = p.text();
  for (size_t at = pos; at < limit;) {
    CodePoint cp = DecodeAt(text, at);
    if (IsPartSeparator(cp.c) || cp.c == '(' || cp.c == U'（') return at;
    at += cp.len;
  }
  return limit;
}

// ", deputy director of X, ..." after the name (and its parentheses).
void ApplyAppositive(const Paragraph& p, Mention* m, size_t pos) {
  std::string_view text = p.text();
  size_t sentence_end = p.SentenceOf(m->begin).end;
  for (size_t parts = 0; parts < kMaxAppositiveParts; ++parts) {
    pos = SkipSpaces(text, pos);
    if (pos >= sentence_end) return;
    CodePoint cp = DecodeAt(text, pos);
    if (cp.c != ',' && cp.c != U'，') return;
    size_t end = PartEnd(p, pos + cp.len, sentence_end);
    if (!ApplyPart(p, m, {pos + cp.len, end}, "appositive")) return;
    pos = end;
  }
}

// Only an appositive between a and b: spaces, commas, articles, position
// and trainee words (", a trainee ", ", deputy director ").
bool AppositiveGap(const Paragraph& p, size_t a, size_t b) {
  std::string_view text = p.text();
  for (size_t pos = a; pos < b;) {
    CodePoint cp = DecodeAt(text, pos);
    if (IsSpace(cp.c) || cp.c == ',' || cp.c == U'，') {
      pos += cp.len;
      continue;
    }
    const Hit* hit = p.HitStartingAt(pos);
    if (hit != nullptr && (hit->Has(kPosition) || hit->Has(kTraineeNoun))) {
      pos = hit->end;
      continue;
    }
    size_t end = WordEnd(text, pos);
    if (end == pos || !InSet(p.rules().articles, text.substr(pos, end - pos))) {
      return false;
    }
    pos = end;
  }
  return true;
}

// "... from Vietnam", "из Таиланда", "จากประเทศลาว", ", a trainee from Laos"
// right after the name.
void ApplyFromAfter(const Paragraph& p, Mention* m, size_t pos) {
  size_t limit = std::min(p.SentenceOf(m->begin).end, pos + kFromWindowBytes);
  for (const Mention& other : p.mentions()) {
    if (other.begin >= pos && other.begin < limit) limit = other.begin;
  }
  auto [first, last] = p.HitsIn({pos, limit});
  for (size_t i = first; i < last; ++i) {
    const Hit& hit = p.hits()[i];
    if (!hit.Has(kFrom)) continue;
    if (!AppositiveGap(p, pos, hit.begin)) return;
    size_t until = std::min(limit, hit.end + kFromToCountryBytes);
    for (const core::CountryMention& c : p.Countries()) {
      if (c.begin >= hit.end && c.begin < until) {
        return SetCountry(m, c.code, RuleLang(hit, kFrom) + ":from");
      }
    }
    return;
  }
}

// "Vietnamese expert Dr. X", "越南专家阮氏兰", "来自泰国的颂猜教授".
void ApplyNationalityBefore(const Paragraph& p, Mention* m) {
  std::string_view text = p.text();
  size_t q = SkipSpacesBack(text, m->begin);
  if (const Hit* expert = p.HitEndingAt(q); expert && expert->Has(kExpert)) {
    q = SkipSpacesBack(text, expert->begin);
  }
  if (auto c = p.CountryEndingAt(q)) {
    return SetCountry(m, c->code, m->lang + ":nationality");
  }
  size_t window = m->begin > kNationalityWindowBytes
                      ? m->begin - kNationalityWindowBytes
                      : 0;
  auto [first, last] = p.HitsIn({window, m->begin});
  for (size_t i = last; i-- > first;) {
    const Hit& hit = p.hits()[i];
    if (!hit.Has(kFrom)) continue;
    auto c = p.CountryAt(hit.end);
    if (c && c->end <= q && q - c->end <= 3) {
      SetCountry(m, c->code, RuleLang(hit, kFrom) + ":from");
    }
    return;
  }
}

// "兰州大学第一医院院长李汛": the position word and institution before a Han
// name.
void ApplyHanPositionBefore(const Paragraph& p, Mention* m) {
  size_t end = m->name_begin;
  const Hit* hit = p.HitEndingAt(end);
  if (hit != nullptr && hit->Has(kPosition)) {
    SetPosition(p, m, hit->Text(p.text()), "", "zh:position+name");
    end = hit->begin;
  } else if (m->position.empty()) {
    return;
  }
  std::string_view text = p.text();
  size_t begin = end;
  for (size_t chars = 0; chars < kMaxHanAffiliationChars && begin > 0;
       ++chars) {
    CodePoint cp = DecodeBefore(text, begin);
    bool han = IsHan(cp.c) || (cp.c < 0x80 && IsWordChar(cp.c));
    if (!han ||
        InSet(p.rules().clause_chars, text.substr(begin - cp.len, cp.len))) {
      break;
    }
    if (const Hit* before = p.HitEndingAt(begin);
        before && !before->Has(kPosition))
      break;
    begin -= cp.len;
  }
  std::string_view affiliation = text.substr(begin, end - begin);
  if (!affiliation.empty() && EndsWithHanHead(p.rules(), affiliation) &&
      m->affiliation.empty()) {
    m->affiliation = std::string(affiliation);
  }
}

// "นพ.สมชาย ใจดี ผู้อำนวยการโรงพยาบาลราชวิถี": position word, then the
// institution up to the next space.
void ApplyThaiPosition(const Paragraph& p, Mention* m) {
  std::string_view text = p.text();
  size_t pos = SkipSpaces(text, m->end);
  const Hit* hit = p.HitStartingAt(pos);
  if (hit == nullptr || !hit->Has(kPosition)) return;
  size_t end = hit->end;
  while (end < text.size() && !IsSpace(DecodeAt(text, end).c) &&
         !IsPunct(DecodeAt(text, end).c)) {
    end += DecodeAt(text, end).len;
  }
  SetPosition(p, m, hit->Text(text), text.substr(hit->end, end - hit->end),
              "th:position");
}

}  // namespace

// "Dr. Dinara Sadykova of the Kazakh Institute of Oncology chaired ...".
void ApplyOfInstitution(const Paragraph& p, Mention* m, size_t pos) {
  std::string_view text = p.text();
  size_t word = SkipSpaces(text, pos);
  size_t end = WordEnd(text, word);
  if (word == pos || !InSet(p.rules().links, text.substr(word, end - word))) {
    return;
  }
  size_t begin = SkipSpaces(text, end);
  size_t phrase_end = p.CapitalisedPhraseEnd(begin);
  if (phrase_end > begin && HasHit(p, {begin, phrase_end}, kHostHead) &&
      m->affiliation.empty()) {
    m->affiliation = ValidUtf8(text.substr(begin, phrase_end - begin));
    if (m->position_rule.empty()) {
      m->position_rule = m->lang + ":of-institution";
    }
  }
}

void AttachAttributes(const Paragraph& p, Mention* m) {
  size_t after = ApplyParenthesis(p, m, m->end);
  ApplyAppositive(p, m, after);
  ApplyOfInstitution(p, m, after);
  if (m->lang == "th") ApplyThaiPosition(p, m);
  if (m->lang == "zh") ApplyHanPositionBefore(p, m);
  if (m->country.empty()) ApplyFromAfter(p, m, after);
  if (m->country.empty()) ApplyNationalityBefore(p, m);
  ApplyAffiliationCountry(p, m);
}

}  // namespace annals::indexer::people
