// Han personal names: 2-3 characters (4 with a compound surname) right
// before a title (马林教授), after nationality + 专家 (越南专家阮氏兰) or after
// a position (院长李汛出席). A surname from people_rules.txt must start the
// name; stop characters (的 和 在 ...) never do. Foreign names with a middle
// dot (卡迈勒·拉希莫夫) are taken whole.
#include <algorithm>
#include <initializer_list>
#include <vector>

#include "indexer/extract/person_mentions.h"
#include "indexer/extract/text_scan.h"

namespace annals::indexer::people {
namespace {

// 穆罕默德·拉希杜尔·伊斯兰 has 13 characters.
constexpr size_t kMaxRunChars = 20;
constexpr size_t kMaxPlainNameChars = 3;
constexpr size_t kMaxDottedNameChars = 10;

bool IsNameDot(char32_t c) { return c == 0xB7 || c == 0x2022 || c == 0x30FB; }

// The character at pos; empty at the end of the text (a position word that
// ends the paragraph has no name after it).
std::string_view CharAt(std::string_view text, size_t pos) {
  if (pos >= text.size()) return {};
  return text.substr(pos, DecodeAt(text, pos).len);
}

// True when a surname (one or two characters) starts at pos.
bool SurnameAt(const Paragraph& p, size_t pos, bool* compound) {
  std::string_view text = p.text();
  std::string_view first = CharAt(text, pos);
  *compound = false;
  if (pos + first.size() < text.size()) {
    std::string_view two = text.substr(
        pos, first.size() + CharAt(text, pos + first.size()).size());
    if (p.rules().IsSurname(two)) return *compound = true;
  }
  return p.rules().IsSurname(first) && !p.rules().IsStopChar(first);
}

size_t CharCount(std::string_view text) {
  size_t chars = 0;
  for (size_t pos = 0; pos < text.size(); pos += DecodeAt(text, pos).len) {
    ++chars;
  }
  return chars;
}

// 卫健委副主任: an institution, not a name.
bool EndsWithHanHead(const Paragraph& p, size_t begin, size_t end) {
  std::string_view text = p.text().substr(begin, end - begin);
  const std::vector<std::string>& heads = p.rules().zh_host_heads;
  return std::any_of(
      heads.begin(), heads.end(),
      [text](const std::string& head) { return text.ends_with(head); });
}

bool OverlapsCountry(const Paragraph& p, size_t begin, size_t end) {
  for (const core::CountryMention& c : p.Countries()) {
    if (c.begin < end && c.end > begin) return true;
  }
  return false;
}

// True when a name may end at pos: the text ends, or a non-Han character, a
// stop character or a rule phrase follows.
bool NameBoundaryAt(const Paragraph& p, size_t pos) {
  if (pos >= p.text().size()) return true;
  CodePoint cp = DecodeAt(p.text(), pos);
  return !IsHan(cp.c) || p.rules().IsStopChar(CharAt(p.text(), pos)) ||
         p.HitStartingAt(pos) != nullptr;
}

// starts[i]: offset of the i-th character before the title (0 = nearest).
// Returns the index of the first character of a surname-led name of one of
// the lengths, or -1.
int PickNameStart(const Paragraph& p, const std::vector<size_t>& starts,
                  size_t end, std::initializer_list<size_t> lengths) {
  size_t n = starts.size();
  for (size_t k : lengths) {
    if (k > n) continue;
    size_t begin = starts[k - 1];
    bool compound = false;
    if (!SurnameAt(p, begin, &compound)) continue;
    if (k == 4 && !compound) continue;
    if (OverlapsCountry(p, begin, end) || EndsWithHanHead(p, begin, end)) {
      continue;
    }
    return static_cast<int>(k - 1);
  }
  return -1;
}

// A foreign name: the run after any country named in it, without one stop
// character before the name (泰国的颂猜, 和颂猜 -> 颂猜; not after 专家:
// 老挝专家本米).
size_t ForeignNameStart(const Paragraph& p, size_t begin, size_t end,
                        bool after_expert) {
  for (const core::CountryMention& c : p.Countries()) {
    if (c.begin < end && c.end > begin) begin = std::max(begin, c.end);
  }
  if (!after_expert && begin < end &&
      p.rules().IsStopChar(CharAt(p.text(), begin))) {
    begin += CharAt(p.text(), begin).size();
  }
  return begin;
}

Mention HanMention(const Paragraph& p, size_t begin, size_t end,
                   std::string rule) {
  Mention m;
  m.begin = m.name_begin = begin;
  m.end = m.name_end = end;
  m.name = std::string(p.text().substr(begin, end - begin));
  m.lang = "zh";
  m.rule = std::move(rule);
  return m;
}

// End of a dotted foreign name (卡迈勒·拉希莫夫) starting at pos, or 0.
size_t DottedNameEnd(const Paragraph& p, size_t pos) {
  std::string_view text = p.text();
  size_t end = pos;
  bool dotted = false;
  for (size_t chars = 0; chars < kMaxDottedNameChars && end < text.size();
       ++chars) {
    CodePoint cp = DecodeAt(text, end);
    if (!IsHan(cp.c) && !IsNameDot(cp.c)) break;
    if (chars > 0 && p.HitStartingAt(end) != nullptr) break;
    dotted = dotted || IsNameDot(cp.c);
    end += cp.len;
  }
  return dotted && !IsNameDot(DecodeBefore(text, end).c) ? end : 0;
}

// 刘一行, 王一起: a word that goes on from a name starts at pos.
bool WordAfterName(const Paragraph& p, size_t pos) {
  const auto& words = p.rules().words_after_names;
  return std::any_of(words.begin(), words.end(), [&](const std::string& w) {
    return StartsWith(p.text(), pos, w);
  });
}

// The name that starts at pos: a dotted name, or (when `surname_needed`) a
// surname-led 2-3 characters ending at a boundary; 0 when none.
size_t HanNameEndAfter(const Paragraph& p, size_t pos, bool surname_needed) {
  if (size_t dotted = DottedNameEnd(p, pos); dotted != 0) return dotted;
  std::string_view text = p.text();
  bool compound = false;
  if (!SurnameAt(p, pos, &compound) && surname_needed) return 0;
  size_t end = pos;
  size_t chars = 0;
  size_t max_chars = kMaxPlainNameChars + (compound ? 1 : 0);
  bool inner_second = false;  // 骆一鸣: a stop character inside a name
  while (end < text.size() && chars < max_chars) {
    CodePoint cp = DecodeAt(text, end);
    if (!IsHan(cp.c)) break;
    if (chars > 0 && p.HitStartingAt(end) != nullptr) break;
    if (chars > 0 && p.rules().IsStopChar(CharAt(text, end))) {
      if (chars != 1 || compound ||
          !InSet(p.rules().name_inner_chars, CharAt(text, end)) ||
          WordAfterName(p, end)) {
        break;
      }
      inner_second = true;
    }
    end += cp.len;
    ++chars;
  }
  if (chars < 2 || (inner_second && chars == 2) || !NameBoundaryAt(p, end)) {
    return 0;
  }
  return end;
}

// A stop character after the first one (组与我院 in 国际专家组与我院专家):
// words of a clause, no foreign name.
bool InnerStopChar(const Paragraph& p, size_t begin, size_t end) {
  std::string_view text = p.text();
  for (size_t pos = begin + DecodeAt(text, begin).len; pos < end;) {
    CodePoint cp = DecodeAt(text, pos);
    if (p.rules().IsStopChar(text.substr(pos, cp.len))) return true;
    pos += cp.len;
  }
  return false;
}

// "颂猜医生（泰国）": a country in parentheses right after the title.
bool CountryInParenthesesAt(const Paragraph& p, size_t pos) {
  std::string_view text = p.text();
  pos = SkipSpaces(text, pos);
  if (pos >= text.size()) return false;
  CodePoint open = DecodeAt(text, pos);
  if (open.c != '(' && open.c != U'（') return false;
  auto country = p.CountryAt(pos + open.len);
  if (!country) return false;
  CodePoint close =
      country->end < text.size() ? DecodeAt(text, country->end) : CodePoint{};
  return close.c == ')' || close.c == U'）';
}

// The start of the name in the run before a title: a surname-led 2-4
// characters; else a foreign name when something marks one (a dot, 专家 or a
// country before it, a country in parentheses after the title); else a lone
// surname (马教授). npos when none.
size_t HanNameStart(const Paragraph& p, const std::vector<size_t>& starts,
                    const Hit& title, bool dotted) {
  if (!dotted) {
    int index = PickNameStart(p, starts, title.begin, {4, 3, 2});
    if (index >= 0) return starts[static_cast<size_t>(index)];
  }
  size_t run = starts.back();
  const Hit* before = p.HitEndingAt(run);
  bool after_expert = before != nullptr && before->Has(kExpert);
  if (dotted || after_expert || CountryInParenthesesAt(p, title.end) ||
      OverlapsCountry(p, run, title.begin)) {
    size_t begin = ForeignNameStart(p, run, title.begin, after_expert);
    size_t chars = CharCount(p.text().substr(begin, title.begin - begin));
    if (chars >= 2 &&
        (dotted || (chars <= 4 && !InnerStopChar(p, begin, title.begin)))) {
      return begin;
    }
    if (dotted) return std::string_view::npos;
  }
  int index = PickNameStart(p, starts, title.begin, {1});
  return index < 0 ? std::string_view::npos : starts[0];
}

}  // namespace

std::optional<Mention> HanNameBeforeTitle(const Paragraph& p,
                                          const Hit& title) {
  std::string_view text = p.text();
  std::vector<size_t> starts;
  bool dotted = false;
  size_t pos = title.begin;
  while (starts.size() < kMaxRunChars && p.HitEndingAt(pos) == nullptr) {
    CodePoint cp = DecodeBefore(text, pos);
    if (!IsHan(cp.c) && !IsNameDot(cp.c)) break;
    dotted = dotted || IsNameDot(cp.c);
    pos -= cp.len;
    starts.push_back(pos);
  }
  if (starts.empty()) return std::nullopt;
  size_t begin = HanNameStart(p, starts, title, dotted);
  if (begin == std::string_view::npos) return std::nullopt;
  Mention m = HanMention(p, begin, title.begin, "zh:name+title");
  m.end = title.end;
  m.honorific = std::string(title.Text(text));
  m.one_word = !dotted && DecodeAt(text, begin).len == title.begin - begin;
  if (title.Has(kPosition)) {
    m.position = m.honorific;
    m.position_rule = "zh:title";
  }
  return m;
}

std::optional<Mention> HanNameAfterExpert(const Paragraph& p,
                                          const Hit& expert) {
  size_t end = HanNameEndAfter(p, expert.end, true);
  if (end == 0) return std::nullopt;
  const Hit* next = p.HitStartingAt(end);
  if (next != nullptr && next->Has(kTitle)) return std::nullopt;  // 专家X教授
  return HanMention(p, expert.end, end, "zh:expert+name");
}

std::optional<Mention> HanNameAfterPosition(const Paragraph& p,
                                            const Hit& position) {
  size_t end = HanNameEndAfter(p, position.end, true);
  if (end == 0 || OverlapsCountry(p, position.end, end)) return std::nullopt;
  const Hit* next = p.HitStartingAt(end);
  if (next != nullptr && next->Has(kTitle)) return std::nullopt;  // 院长X教授
  Mention m = HanMention(p, position.end, end, "zh:position+name");
  m.position = std::string(position.Text(p.text()));
  m.position_rule = "zh:position+name";
  return m;
}

// After a name that an institution stands before: a role or talk cue (出席,
// 主持) or 、; for a three-character name also punctuation or a
// conjunction. 医院方面，and 医院曾接收我院 are no names.
bool InstitutionNameEndsAt(const Paragraph& p, size_t end, size_t chars) {
  std::string_view text = p.text();
  if (end >= text.size()) return false;
  const Hit* hit = p.HitStartingAt(end);
  if (hit != nullptr && (hit->Has(kRole) || hit->Has(kTalkCue))) return true;
  char32_t c = DecodeAt(text, end).c;
  if (c == U'、') return true;
  if (chars < 3) return false;
  return IsPunct(c) || p.ConjunctionEnd(end) > end;
}

void HanNamesAfterInstitutions(const Paragraph& p, std::vector<Mention>* out) {
  std::string_view text = p.text();
  std::vector<size_t> taken;
  for (const std::string& head : p.rules().zh_host_heads) {
    for (size_t at = text.find(head); at != std::string_view::npos;
         at = text.find(head, at + head.size())) {
      size_t begin = at + head.size();
      if (std::find(taken.begin(), taken.end(), begin) != taken.end() ||
          DottedNameEnd(p, begin) != 0) {
        continue;
      }
      size_t end = HanNameEndAfter(p, begin, true);
      if (end == 0 || OverlapsCountry(p, begin, end) ||
          !InstitutionNameEndsAt(p, end,
                                 CharCount(text.substr(begin, end - begin)))) {
        continue;
      }
      taken.push_back(begin);
      out->push_back(HanMention(p, begin, end, "zh:institution+name"));
    }
  }
}

}  // namespace annals::indexer::people
