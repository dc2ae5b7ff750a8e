// The context words that decide whose a role cue is (see role_context.h).
#include "indexer/extract/role_context.h"

#include <string>

#include "indexer/extract/text_scan.h"

namespace annals::indexer::people {
namespace {

// Words from a cue to the passive word of its agent: "on porcine models was
// led by".
constexpr int kAgentReachWords = 6;
// Words from a verb to the cue that needs it: "presented each of the
// fellows with a certificate".
constexpr int kVerbReachWords = 8;
// Characters between a possessive mark and its cue: 的悉心指导.
constexpr int kPossessiveReach = 2;

// "在邝子健的指导下", "感谢带教老师的悉心指导": a cue with a possessive mark
// (的) before it, at most kPossessiveReach characters away, belongs to the
// name right before the mark, if any, not to the clause's subject. The
// mark's offset, or npos.
size_t PossessiveMarkBefore(const Paragraph& p, const Hit& cue) {
  std::string_view text = p.text();
  size_t pos = cue.begin;
  for (int chars = 0; chars <= kPossessiveReach && pos > 0; ++chars) {
    CodePoint cp = DecodeBefore(text, pos);
    if (!IsHan(cp.c)) return std::string_view::npos;
    pos -= cp.len;
    if (InSet(p.rules().possessives, text.substr(pos, cp.len))) return pos;
  }
  return std::string_view::npos;
}

}  // namespace

// "Director Tian presented each trainee with a certificate": a cue that
// needs a verb (certificates are handed out, or received) counts after one
// of cue-verb within its clause, kVerbReachWords back; the verb's offset,
// or npos.
size_t CueVerbBefore(const Paragraph& p, Span sentence, const Hit& cue) {
  std::string_view text = p.text();
  size_t pos = cue.begin;
  for (int words = 0; words < kVerbReachWords && pos > sentence.begin;
       ++words) {
    size_t end = SkipSpacesBack(text, pos);
    size_t begin = WordStartBefore(text, end);
    if (begin == end) {  // a comma or semicolon ends the clause, "Dr." not
      if (end == 0) return std::string_view::npos;
      CodePoint cp = DecodeBefore(text, end);
      if (cp.c == ',' || cp.c == ';' || cp.c == ':') {
        return std::string_view::npos;
      }
      pos = end - cp.len;
      continue;
    }
    if (InSet(p.rules().cue_verbs,
              AsciiLower(text.substr(begin, end - begin)))) {
      return begin;
    }
    pos = begin;
  }
  return std::string_view::npos;
}

// "The live session was moderated by Dr. A", "the teaching team led by
// Prof. B": an agent verb right before the passive word, a few words after
// the cue and in its clause.
bool HasAgentAfter(const Paragraph& p, const Hit& cue) {
  std::string_view text = p.text();
  bool agent_verb = false;
  size_t pos = cue.end;
  for (int words = 0; words < kAgentReachWords; ++words) {
    size_t next = SkipSpaces(text, pos);
    size_t end = WordEnd(text, next);
    if (end == next) return false;  // punctuation ends the clause
    std::string word = AsciiLower(text.substr(next, end - next));
    if (agent_verb && InSet(p.rules().passive, word)) return true;
    agent_verb = InSet(p.rules().agent_verbs, word);
    pos = end;
  }
  return false;
}

// The possessors of a cue after a possessive mark: the name right before
// the mark, or nobody when a role cue stands there (带教老师的指导);
// nullopt when neither does (作了《X》的报告: the cue's own rules decide).
std::optional<std::vector<int>> PossessorsOf(const Paragraph& p,
                                             const Sentence& s,
                                             const Hit& cue) {
  size_t mark = PossessiveMarkBefore(p, cue);
  if (mark == std::string_view::npos) return std::nullopt;
  std::vector<int> people;
  for (const Mention* m : s.mentions) {
    if (m->end == mark) people.push_back(m->person);
  }
  const Hit* before = p.HitEndingAt(mark);
  if (people.empty() && (before == nullptr || !before->Has(kRole))) {
    return std::nullopt;
  }
  return people;
}

}  // namespace annals::indexer::people
