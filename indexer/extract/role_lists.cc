// Which names a role cue's list covers: thin gaps, appositions between
// list members and the coordinated subjects of a cue (see role_lists.h).
#include "indexer/extract/role_lists.h"

#include <algorithm>

#include "indexer/extract/text_scan.h"

namespace annals::indexer::people {
namespace {

// One part of an apposition between two list members: "member of the Party
// Group and deputy director of the Foreign Affairs Office", "Director of
// the X Center", "兰州河滨医院", "from Pokhara" — a position, an
// institution, an origin or an "of" phrase, with no role cue.
// `han_affiliation`: the next name follows a position word, so a bare Han part
// is its institution (省科技厅国际合作处).
bool AppositionPart(const Paragraph& p, size_t begin, size_t end,
                    bool han_affiliation) {
  std::string_view text = p.text();
  begin = SkipSpaces(text, begin);
  end = SkipSpacesBack(text, end);
  if (p.ConjunctionEnd(begin) > begin)
    begin = SkipSpaces(text, p.ConjunctionEnd(begin));
  if (begin >= end || ThinGap(p, begin, end)) return true;
  if (HasCueHit(p, begin, end)) return false;
  auto [first, last] = p.HitsIn({begin, end});
  for (size_t i = first; i < last; ++i) {
    const Hit& hit = p.hits()[i];
    if (hit.Has(kPosition) || hit.Has(kPositionTitle) || hit.Has(kHostHead) ||
        hit.Has(kExpert) || hit.Has(kFrom)) {
      return true;
    }
  }
  std::string_view part = text.substr(begin, end - begin);
  for (const std::string& head : p.rules().zh_host_heads) {
    if (part.ends_with(head)) return true;
  }
  bool all_han = true;
  for (size_t pos = begin; pos < end;) {
    CodePoint cp = DecodeAt(text, pos);
    size_t word_end = WordEnd(text, pos);
    if (word_end > pos &&
        InSet(p.rules().links, text.substr(pos, word_end - pos))) {
      return true;
    }
    all_han = all_han && IsHan(cp.c);
    pos = word_end > pos ? word_end : pos + cp.len;
  }
  return han_affiliation && all_han;
}

}  // namespace

bool ThinGap(const Paragraph& p, size_t a, size_t b) {
  std::string_view text = p.text();
  int depth = 0;
  for (size_t pos = a; pos < b;) {
    CodePoint cp = DecodeAt(text, pos);
    size_t end = WordEnd(text, pos);
    if (depth == 0 && p.ConjunctionEnd(pos) > pos) {
      pos = p.ConjunctionEnd(pos);
      continue;
    }
    if (cp.c == '(' || cp.c == U'（') ++depth;
    if (cp.c == ')' || cp.c == U'）') --depth;
    bool thin = depth > 0 || IsSpace(cp.c) || cp.c == ')' || cp.c == U'）' ||
                cp.c == ',' || cp.c == U'，' || cp.c == U'、' || cp.c == ':';
    if (!thin && !(end > pos &&
                   InSet(p.rules().articles, text.substr(pos, end - pos)))) {
      return false;
    }
    pos = end > pos && depth == 0 ? end : pos + cp.len;
  }
  return true;
}

bool HasCueHit(const Paragraph& p, size_t begin, size_t end) {
  auto [first, last] = p.HitsIn({begin, end});
  for (size_t i = first; i < last; ++i) {
    const Hit& hit = p.hits()[i];
    if (hit.Has(kRole) || hit.Has(kTalkCue) || hit.Has(kRespectively)) {
      return true;
    }
  }
  return false;
}

// Between two members of a coordinated list: separators and conjunctions,
// or appositions ("Mr. A, member of ..., Ms. B, Director of ..., and Mr.
// C attended"), but never a clause ("Prof. A opened the course, and his
// colleague Dr. B presented").
bool ListGap(const Paragraph& p, size_t a, const Mention& next) {
  size_t b = next.begin;
  if (ThinGap(p, a, b)) return true;
  std::string_view text = p.text();
  bool han_affiliation = next.position_rule == "zh:position+name";
  size_t first = SkipSpaces(text, a);
  bool separated = p.ConjunctionEnd(first) > first;  // "和泰国…大学X教授"
  size_t part = a;
  for (size_t pos = a; pos < b;) {
    CodePoint cp = DecodeAt(text, pos);
    if (cp.c == ',' || cp.c == U'，' || cp.c == U'、' || cp.c == ';' ||
        cp.c == U'；') {
      if (!AppositionPart(p, part, pos, false)) return false;
      separated = true;
      part = pos + cp.len;
    }
    pos += cp.len;
  }
  return separated && AppositionPart(p, part, b, han_affiliation);
}

// The people named last before `end` (after `begin`), with those joined to
// them by "and", commas or parentheses: "Prof. A (TJ) and Dr. B gave ...",
// not "Prof. A opened ..., and his colleague Dr. B presented ...".
std::vector<int> Subjects(const Paragraph& p, const Sentence& s, size_t begin,
                          size_t end) {
  std::vector<int> people;
  const Mention* next = nullptr;
  for (auto it = s.mentions.rbegin(); it != s.mentions.rend(); ++it) {
    const Mention* m = *it;
    if (m->begin >= end) continue;
    if (m->begin < begin || (next != nullptr && !ListGap(p, m->end, *next))) {
      break;
    }
    if (std::find(people.begin(), people.end(), m->person) == people.end()) {
      people.insert(people.begin(), m->person);
    }
    next = m;
  }
  return people;
}

}  // namespace annals::indexer::people
