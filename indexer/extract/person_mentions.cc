// People named with an honorific in the spaced scripts and Thai, and the
// paragraph pass that gathers every kind of mention.
#include "indexer/extract/person_mentions.h"

#include <algorithm>

#include "indexer/extract/russian_case.h"
#include "indexer/extract/text_scan.h"

namespace annals::indexer::people {
namespace {

constexpr int kMaxNameWords = 4;
constexpr size_t kMaxThaiNameChars = 20;
constexpr int kMaxThaiNameWords = 3;

struct NameScan {
  size_t end = 0;
  int words = 0;
  bool initials_only = true;
};

// The offset after a separator between two name words (one space), or
// npos. An initial may be glued to the next word: "И.И.Иванов".
size_t NextNameWord(std::string_view text, size_t end, bool initial) {
  if (end >= text.size()) return std::string_view::npos;
  CodePoint cp = DecodeAt(text, end);
  if (initial && IsUpper(cp.c)) return end;
  if (cp.c != ' ' && cp.c != 0xA0) return std::string_view::npos;
  return end + cp.len;
}

// Capitalised words, initials and particles from pos.
NameScan ScanNameWords(const Paragraph& p, size_t pos) {
  std::string_view text = p.text();
  const PeopleRules& rules = p.rules();
  NameScan scan{pos, 0, true};
  while (scan.words < kMaxNameWords && pos < text.size()) {
    CodePoint cp = DecodeAt(text, pos);
    size_t end = WordEnd(text, pos);
    if (end == pos) break;
    std::string_view word = text.substr(pos, end - pos);
    bool initial = false;
    if (IsUpper(cp.c)) {
      const Hit* hit = p.HitStartingAt(pos);
      initial = cp.len == word.size() && end < text.size() && text[end] == '.';
      if (!initial &&
          (InSet(rules.name_stops, word) || (hit && hit->Has(kHonorific)))) {
        break;
      }
      end += initial ? 1 : 0;
      scan.initials_only = scan.initials_only && initial;
      scan.end = end;
      ++scan.words;
    } else if (!(IsLower(cp.c) && scan.words > 0 &&
                 InSet(rules.particles, word))) {
      break;
    }
    pos = NextNameWord(text, end, initial);
    if (pos == std::string_view::npos) break;
  }
  return scan;
}

bool EndsWithAny(std::string_view word,
                 const std::vector<std::string>& endings) {
  return std::any_of(endings.begin(), endings.end(),
                     [word](const std::string& e) {
                       return word.size() > e.size() + 2 && word.ends_with(e);
                     });
}

// "профессор Казанского государственного ...": an adjective, not a surname.
bool IsAdjectiveBeforeNoun(const Paragraph& p, std::string_view name,
                           size_t end) {
  if (!IsCyrillic(DecodeAt(name, 0).c)) return false;
  if (!EndsWithAny(name, p.rules().adj_endings)) return false;
  size_t next = SkipSpaces(p.text(), end);
  return next < p.text().size() && IsLower(DecodeAt(p.text(), next).c);
}

// The end of the honorific (chains like "Prof. Dr." included) and the start
// of the name; npos when the honorific is glued to a word.
size_t NameStart(const Paragraph& p, const Hit& hit, size_t* honorific_end) {
  std::string_view text = p.text();
  size_t pos = hit.end;
  for (int chain = 0; chain < 3; ++chain) {
    if (pos < text.size() && text[pos] == '.' && text[pos - 1] != '.') ++pos;
    *honorific_end = pos;
    size_t after = SkipSpaces(text, pos);
    if (after == pos && text[pos - 1] != '.') return std::string_view::npos;
    pos = after;
    const Hit* next = p.HitStartingAt(pos);
    if (next == nullptr || !next->Has(kHonorific)) break;
    pos = next->end;
  }
  return pos;
}

std::string_view StripPossessive(std::string_view name) {
  for (std::string_view suffix : {"'s", "\xE2\x80\x99s"}) {
    if (name.size() > suffix.size() + 1 && name.ends_with(suffix)) {
      return name.substr(0, name.size() - suffix.size());
    }
  }
  return name;
}

// True when a phrase that may follow a name glued to it starts at pos
// (นพ.สมชายบรรยาย): a role cue, a position, "from" or an honorific.
bool ThaiNameBreak(const Paragraph& p, size_t pos) {
  const Hit* hit = p.HitStartingAt(pos);
  return hit != nullptr && (hit->Has(kRole) || hit->Has(kPosition) ||
                            hit->Has(kFrom) || hit->Has(kHonorific));
}

// End of a run of Thai letters from pos, cut where a rule phrase starts.
size_t ThaiRunEnd(const Paragraph& p, size_t pos, size_t* chars) {
  std::string_view text = p.text();
  size_t start = pos;
  *chars = 0;
  while (pos < text.size()) {
    CodePoint cp = DecodeAt(text, pos);
    if (!IsThai(cp.c) || IsDigit(cp.c) || cp.c == U'ฯ') break;
    if (pos > start && ThaiNameBreak(p, pos)) break;
    pos += cp.len;
    ++*chars;
  }
  return pos;
}

Mention MakeMention(const Paragraph& p, const Hit& hit, size_t honorific_end,
                    size_t name_begin, size_t name_end) {
  Mention m;
  m.begin = hit.begin;
  m.end = name_end;
  m.name_begin = name_begin;
  m.name_end = name_end;
  m.name = std::string(p.text().substr(name_begin, name_end - name_begin));
  m.honorific =
      std::string(Trim(p.text().substr(hit.begin, honorific_end - hit.begin)));
  m.lang = RuleLang(hit, kHonorific);
  m.rule = m.lang + ":honorific";
  return m;
}

// "Deputy Director Wang said ...": a name after a capitalised position.
std::optional<Mention> NameAfterPositionTitle(const Paragraph& p,
                                              const Hit& hit) {
  std::optional<Mention> m = SpacedNameAfter(p, hit);
  if (!m) return NameAfterPositionOf(p, hit);
  m->lang = RuleLang(hit, kPositionTitle);
  m->rule = m->position_rule = m->lang + ":position+name";
  // "Associate Dean Ms. Helen Whitcombe": the position, then an honorific.
  m->position = std::string(hit.Text(p.text()));
  m->honorific =
      std::string(Trim(p.text().substr(hit.end, m->name_begin - hit.end)));
  return m;
}

std::optional<Mention> MentionAt(const Paragraph& p, const Hit& hit) {
  if (hit.Has(kPositionTitle) && !hit.Has(kHonorific)) {
    return NameAfterPositionTitle(p, hit);
  }
  if (hit.Has(kHonorific)) {
    size_t next = SkipSpaces(p.text(), hit.end);
    bool thai = next < p.text().size() && IsThai(DecodeAt(p.text(), next).c);
    return thai ? ThaiNameAfter(p, hit) : SpacedNameAfter(p, hit);
  }
  std::optional<Mention> m;
  // 副主任杨波出席: a name after a position word wins over one before it.
  if (hit.Has(kPosition) && RuleLang(hit, kPosition) == "zh") {
    m = HanNameAfterPosition(p, hit);
  }
  if (!m && hit.Has(kTitle)) m = HanNameBeforeTitle(p, hit);
  if (!m && hit.Has(kExpert) && RuleLang(hit, kExpert) == "zh") {
    m = HanNameAfterExpert(p, hit);
  }
  return m;
}

}  // namespace

std::optional<Mention> SpacedNameAfter(const Paragraph& p, const Hit& hit) {
  size_t honorific_end = hit.end;
  size_t start = NameStart(p, hit, &honorific_end);
  if (start == std::string_view::npos) return std::nullopt;
  NameScan scan = ScanNameWords(p, start);
  if (scan.words == 0 || scan.initials_only) return std::nullopt;
  std::string_view name =
      StripPossessive(p.text().substr(start, scan.end - start));
  if (scan.words == 1 && IsAdjectiveBeforeNoun(p, name, scan.end)) {
    return std::nullopt;
  }
  Mention m = MakeMention(p, hit, honorific_end, start, start + name.size());
  m.one_word = scan.words == 1;
  return m;
}

std::optional<Mention> ThaiNameAfter(const Paragraph& p, const Hit& hit) {
  std::string_view text = p.text();
  // Stacked titles (ผศ.ดร.นพ., อ.พญ.): the name starts after the last one.
  size_t honorific_end = hit.end;
  for (int chain = 0; chain < 3; ++chain) {
    const Hit* next = p.HitStartingAt(SkipSpaces(text, honorific_end));
    if (next == nullptr || !next->Has(kHonorific)) break;
    honorific_end = next->end;
  }
  size_t start = SkipSpaces(text, honorific_end);
  size_t end = start;
  int words = 0;
  // A given name and a surname; a third word only before parentheses
  // (foreign names: นพ.เหงียน วัน ลอง (เวียดนาม)).
  for (size_t pos = start; words < kMaxThaiNameWords; pos = end + 1) {
    size_t chars = 0;
    size_t word_end = ThaiRunEnd(p, pos, &chars);
    std::string_view word = text.substr(pos, word_end - pos);
    if (chars < 2 || chars > kMaxThaiNameChars ||
        InSet(p.rules().name_stops, word) ||
        (words > 0 && ThaiNameBreak(p, pos))) {
      break;
    }
    if (words == 2 && !StartsWith(text, SkipSpaces(text, word_end), "(") &&
        !StartsWith(text, SkipSpaces(text, word_end), "（")) {
      break;
    }
    end = word_end;
    ++words;
    if (end + 1 >= text.size() || text[end] != ' ') break;
  }
  if (words == 0) return std::nullopt;
  Mention m = MakeMention(p, hit, honorific_end, start, end);
  m.one_word = words == 1;
  return m;
}

namespace {

bool EndsWithHead(const PeopleRules& rules, std::string_view text) {
  return std::any_of(
      rules.zh_host_heads.begin(), rules.zh_host_heads.end(),
      [text](const std::string& head) { return text.ends_with(head); });
}

// "朱拉隆功大学颂查·通西", "奥利弗·格兰特等进行": a transliterated name (with
// its middle dot) that took in the institution before it or the words after
// it; the institution becomes the affiliation.
void TidyDottedHanName(const Paragraph& p, Mention* m) {
  std::string_view text = p.text();
  std::string_view name =
      text.substr(m->name_begin, m->name_end - m->name_begin);
  size_t dot = name.find("\u00B7");
  if (m->lang != "zh" || dot == std::string_view::npos) return;
  size_t cut = 0;
  for (const std::string& head : p.rules().zh_host_heads) {
    size_t at = name.rfind(head, dot);
    if (at != std::string_view::npos && at + head.size() <= dot) {
      cut = std::max(cut, at + head.size());
    }
  }
  for (size_t pos = 0; pos < dot;) {  // 塔什干的迪尔诺扎·…: after the clause
    CodePoint cp = DecodeAt(name, pos);
    pos += cp.len;
    if (InSet(p.rules().clause_chars, name.substr(pos - cp.len, cp.len))) {
      cut = std::max(cut, pos);
    }
  }
  if (cut > 0) {
    if (m->affiliation.empty() &&
        EndsWithHead(p.rules(), name.substr(0, cut))) {
      m->affiliation = std::string(name.substr(0, cut));
    }
    m->name_begin += cut;
    name.remove_prefix(cut);
  }
  size_t last_dot = name.rfind("\u00B7") + std::string_view("\u00B7").size();
  // A name that ends at its title took in no words after it: only a last
  // character may be a clause word there (约翰·史密斯等教授); 阿不都拉 keeps
  // 都.
  bool before_title = m->rule == "zh:name+title";
  for (size_t pos = last_dot; pos < name.size();) {
    CodePoint cp = DecodeAt(name, pos);
    bool last = pos + cp.len == name.size();
    if (pos > last_dot && (!before_title || last) &&
        InSet(p.rules().clause_chars, name.substr(pos, cp.len))) {
      name = name.substr(0, pos);
      break;
    }
    pos += cp.len;
  }
  m->name_end = m->name_begin + name.size();
  if (cut > 0) m->begin = m->name_begin;
  if (m->end < m->name_end) m->end = m->name_end;
  m->name = std::string(name);
}

// "…专家伊万诺娃博士", "伊万诺娃博士还…": a name before a title that the
// title rule cut inside a transliteration (万诺娃). When one or two Han
// characters that are no clause, stop, surname or institution characters
// stand between a boundary and a name of three or more characters, they
// belong to the name.
void ExtendCutHanName(const Paragraph& p, Mention* m) {
  if (m->rule != "zh:name+title" || m->name.size() < 9) return;
  std::string_view text = p.text();
  size_t begin = m->name_begin;
  for (int chars = 0; chars < 2 && begin > 0; ++chars) {
    CodePoint cp = DecodeBefore(text, begin);
    std::string_view c = text.substr(begin - cp.len, cp.len);
    if (!IsHan(cp.c) || p.HitEndingAt(begin) != nullptr ||
        InSet(p.rules().clause_chars, c) || p.rules().IsStopChar(c) ||
        p.rules().IsSurname(c) || EndsWithHead(p.rules(), c)) {
      break;
    }
    begin -= cp.len;
    bool boundary = begin == 0 || p.HitEndingAt(begin) != nullptr ||
                    IsPunct(DecodeBefore(text, begin).c) ||
                    IsSpace(DecodeBefore(text, begin).c);
    if (!boundary) continue;
    bool covered = std::any_of(
        p.mentions().begin(), p.mentions().end(), [&](const Mention& other) {
          return &other != m && other.end > begin && other.begin < m->begin;
        });
    if (covered) return;
    m->name_begin = begin;
    m->begin = std::min(m->begin, begin);
    m->name = std::string(text.substr(begin, m->name_end - begin));
    return;
  }
}

}  // namespace

void FindMentions(Paragraph* p) {
  std::vector<Mention>& mentions = p->mentions();
  size_t covered = 0;
  for (const Hit& hit : p->hits()) {
    if (hit.begin < covered) continue;
    std::optional<Mention> m = MentionAt(*p, hit);
    if (!m) continue;
    if (!mentions.empty() && m->begin < mentions.back().end) continue;
    covered = m->end;
    mentions.push_back(std::move(*m));
  }
  for (Mention& m : mentions) {
    TidyDottedHanName(*p, &m);
    ExtendCutHanName(*p, &m);
  }
  AddUnmarkedMentions(*p, &mentions);
  // "с доцентом Игорем Шубиным" names Игорь Шубин.
  for (Mention& m : mentions) m.name = RussianNominative(m.name);
  // The one place where words that are no names are dropped (non_names.txt).
  const auto& non_names = p->rules().non_names;
  std::erase_if(mentions, [&non_names](const Mention& m) {
    return non_names.count(m.name) > 0;
  });
  for (Mention& m : mentions) AttachAttributes(*p, &m);
}

}  // namespace annals::indexer::people
