// Roles from cue words, sentence by sentence (talks from titles: talks.cc).
//
// A cue's people are those named between the previous cue and it ("Prof. A
// and Dr. B gave lectures"); when there are none, the people of the previous
// cue ("A gave a lecture ... and demonstrated ..."), or those named after it
// ("attended by Mr. Ma Lin"). Roles outside forward-roles (trainee) go only
// to a name right next to the cue ("Dr. Nguyen, a trainee from Laos").
#include "indexer/extract/roles.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <optional>

#include "indexer/extract/role_context.h"
#include "indexer/extract/role_lists.h"
#include "indexer/extract/roles_sentence.h"
#include "indexer/extract/text_scan.h"

namespace annals::indexer::people {
namespace {

constexpr size_t kCountWindowBytes = 16;
// A talk cue and the opening of its quoted title: "talks titled “".
constexpr size_t kTalkCueReach = 24;

// The cue as the data files write it: "От имени слушателей" at a sentence
// start is the entry "от имени слушателей" (ASCII folding misses Cyrillic).
std::string CueKey(std::string_view cue) {
  std::string key = AsciiLower(cue);
  if (key.empty()) return key;
  CodePoint first = DecodeAt(key, 0);
  std::string lower;
  AppendUtf8(static_cast<char32_t>(u_tolower(static_cast<UChar32>(first.c))),
             &lower);
  return lower + key.substr(first.len);
}

// "16 trainees", "5名学员": a count of trainees, not a role cue.
bool PrecededByCount(const Paragraph& p, const Hit& hit) {
  size_t begin =
      hit.begin > kCountWindowBytes ? hit.begin - kCountWindowBytes : 0;
  std::string_view window = p.text().substr(begin, hit.begin - begin);
  for (const std::string& counter : p.rules().counters) {
    if (window.find(counter) != std::string_view::npos) return true;
  }
  for (size_t pos = 0; pos < window.size();) {
    size_t end = WordEnd(window, pos);
    if (end > pos && p.rules().NumberOf(window.substr(pos, end - pos)) >= 0) {
      return true;
    }
    pos = end > pos ? end : pos + DecodeAt(window, pos).len;
  }
  return false;
}

// "外科技能室负责人丹尼尔·休斯": the cue word is the position of the name
// glued to it, not a role of the people around.
bool IsPositionOfName(const Paragraph& p, const Hit& hit) {
  if (!hit.Has(kPosition)) return false;
  return std::any_of(p.mentions().begin(), p.mentions().end(),
                     [&hit](const Mention& m) {
                       return m.name_begin == hit.end && m.lang == "zh";
                     });
}

Sentence Gather(const Paragraph& p, Span span) {
  Sentence s{span, {}, {}, {}};
  for (const Mention& m : p.mentions()) {
    if (m.person >= 0 && span.Contains(m.begin)) s.mentions.push_back(&m);
  }
  auto [first, last] = p.HitsIn(span);
  std::optional<std::vector<Span>> quotes;  // computed when a cue needs it
  for (size_t i = first; i < last; ++i) {
    const Hit& hit = p.hits()[i];
    const LexTag* role = hit.Tag(kRole);
    if (role == nullptr && hit.Has(kTalkCue)) {
      if (!quotes) quotes = p.QuotesIn(span);
      // "presented “X”", "gave talks titled “X”", not "presented
      // certificates" in a sentence that quotes someone else's talk.
      bool titled =
          std::any_of(quotes->begin(), quotes->end(), [&hit](const Span& q) {
            return q.begin >= hit.end && q.begin - hit.end <= kTalkCueReach;
          });
      if (!titled) continue;
      s.cues.push_back(&hit);
      s.roles.push_back({kRole, hit.Tag(kTalkCue)->lang, "speaker", 0});
      continue;
    }
    if (role == nullptr || IsPositionOfName(p, hit)) continue;
    if (InSet(p.rules().verb_cues, CueKey(hit.Text(p.text()))) &&
        CueVerbBefore(p, span, hit) == std::string_view::npos) {
      continue;
    }
    if (role->value == "trainee" && PrecededByCount(p, hit)) continue;
    s.cues.push_back(&hit);
    s.roles.push_back(*role);
  }
  return s;
}

std::vector<int> AdjacentPeople(const Paragraph& p, const Sentence& s,
                                const Hit& cue) {
  std::vector<int> people;
  for (const Mention* m : s.mentions) {
    bool before = m->end <= cue.begin && ThinGap(p, m->end, cue.begin);
    bool after = m->begin >= cue.end && ThinGap(p, cue.end, m->begin);
    if (before || after) people.push_back(m->person);
  }
  return people;
}

// "chaired by", "attended by Mr. Ma": the cue's people follow it.
bool IsPassive(const Paragraph& p, const Hit& cue) {
  std::string_view text = p.text();
  std::string_view cue_text = cue.Text(text);
  size_t last = cue_text.rfind(' ');
  if (last != std::string_view::npos &&
      InSet(p.rules().passive, cue_text.substr(last + 1))) {
    return true;
  }
  size_t next = SkipSpaces(text, cue.end);
  size_t end = WordEnd(text, next);
  return (end > next &&
          InSet(p.rules().passive, text.substr(next, end - next))) ||
         HasAgentAfter(p, cue);
}

// "at the invitation of Dean A", "授课专家包括A、B": the cue's people follow.
bool IsLeadCue(const Paragraph& p, const Hit& cue) {
  return InSet(p.rules().lead_cues, AsciiLower(cue.Text(p.text())));
}

// Between a lead cue and its first person: nothing, or (Han text) an
// institution without punctuation ("授课专家包括北京协和医院张明远教授").
bool LeadGap(const Paragraph& p, const Hit& cue, size_t begin) {
  if (ThinGap(p, cue.end, begin)) return true;
  std::string_view text = p.text();
  if (!IsHan(DecodeAt(text, cue.begin).c) || HasCueHit(p, cue.end, begin)) {
    return false;
  }
  for (size_t pos = cue.end; pos < begin;) {
    CodePoint cp = DecodeAt(text, pos);
    if (IsPunct(cp.c)) return false;
    pos += cp.len;
  }
  return true;
}

// The people a forward role cue gives its role to; moves *prev_end past
// the people taken from after the cue.
std::vector<int> CuePeople(const Paragraph& p, const Sentence& s, size_t i,
                           const std::vector<int>& carried, size_t* prev_end,
                           size_t subjects_end) {
  const Hit& cue = *s.cues[i];
  // The people before a passive cue are not its agents: "the session on
  // Dr. A's cases was chaired by Prof. B".
  bool lead = IsLeadCue(p, cue);
  bool passive = lead || IsPassive(p, cue);
  std::vector<int> people;
  if (!passive) people = Subjects(p, s, *prev_end, subjects_end);
  *prev_end = cue.end;
  if (!people.empty()) return people;
  if (!passive && !carried.empty()) return carried;
  if (!passive && !InSet(p.rules().forward_langs, s.roles[i].lang)) {
    return carried;
  }
  bool last = i + 1 == s.cues.size();
  size_t until = last ? s.span.end : s.cues[i + 1]->begin;
  // "Открыл мастер-класс главный врач X": a forward cue right before another
  // cue shares the name after both.
  if (!last && !passive && ThinGap(p, cue.end, until)) {
    until = i + 2 == s.cues.size() ? s.span.end : s.cues[i + 2]->begin;
  }
  const Mention* previous = nullptr;
  for (const Mention* m : s.mentions) {
    if (m->begin < cue.end || m->begin >= until) continue;
    // A lead cue's people stand right after it, joined as a list: not "at
    // the invitation of St Aidan's Hospital, a delegation led by Dean A".
    if (lead && (previous == nullptr ? !LeadGap(p, cue, m->begin)
                                     : !ListGap(p, previous->end, *m))) {
      break;
    }
    previous = m;
    people.push_back(m->person);
    *prev_end = m->end;
    if (!last) break;  // the others are the next cue's subjects
  }
  // "A and B attended the ceremony, which was presided over by the dean":
  // the people of a passive cue follow it or are not named.
  return people.empty() && !passive ? carried : people;
}

// "issued the appointment letter of Visiting Professor to Prof. B, Prof.
// C", "向B、C颁发客座教授聘书": the people after the recipient mark, up to
// the next cue, receive the appointment; the issuer stands before the mark.
struct Recipients {
  size_t mark = std::string_view::npos;
  std::vector<int> people;
};

Recipients FindRecipients(const Paragraph& p, const Sentence& s) {
  Recipients r;
  auto appointment = std::find_if(
      s.roles.begin(), s.roles.end(),
      [](const LexTag& role) { return role.value == "visiting-professor"; });
  if (appointment == s.roles.end()) return r;
  size_t cue_begin =
      s.cues[static_cast<size_t>(appointment - s.roles.begin())]->begin;
  std::string_view text = p.text();
  size_t before = std::string_view::npos, after = std::string_view::npos;
  size_t before_end = 0, after_end = 0;
  for (size_t pos = s.span.begin; pos < s.span.end;) {
    CodePoint cp = DecodeAt(text, pos);
    size_t end = WordEnd(text, pos);
    if (end == pos || IsHan(cp.c) || IsThai(cp.c)) end = pos + cp.len;
    if (IsThai(cp.c)) {  // Thai runs are unspaced: a mark may start anywhere
      for (const std::string& mark : p.rules().recipient_marks) {
        if (IsThai(DecodeAt(mark, 0).c) && StartsWith(text, pos, mark)) {
          end = pos + mark.size();
          break;
        }
      }
    }
    if (InSet(p.rules().recipient_marks, text.substr(pos, end - pos))) {
      if (pos < cue_begin) {
        before = pos;
        before_end = end;
      } else if (after == std::string_view::npos) {
        after = pos;
        after_end = end;
      }
    }
    pos = end;
  }
  r.mark = after != std::string_view::npos ? after : before;
  if (r.mark == std::string_view::npos) return r;
  size_t mark_end = after != std::string_view::npos ? after_end : before_end;
  size_t until = s.span.end;
  for (const Hit* cue : s.cues) {
    if (cue->begin >= mark_end) {
      until = cue->begin;
      break;
    }
  }
  for (const Mention* m : s.mentions) {
    if (m->begin >= mark_end && m->begin < until &&
        std::find(r.people.begin(), r.people.end(), m->person) ==
            r.people.end()) {
      r.people.push_back(m->person);
    }
  }
  return r;
}

struct Assignment {
  int person;
  const std::string* role;
  std::string rule;
  bool weak;
};

void GiveCueRoles(const Paragraph& p, const Sentence& s, const Output& out) {
  size_t prev_end = s.span.begin;
  std::vector<int> carried;
  Recipients recipients = FindRecipients(p, s);
  std::vector<Assignment> given;
  for (size_t i = 0; i < s.cues.size(); ++i) {
    const Hit& cue = *s.cues[i];
    const LexTag& tag = s.roles[i];
    std::string rule = tag.lang + ":cue=" + std::string(cue.Text(p.text()));
    std::vector<int> people;
    auto own = std::find_if(
        s.mentions.begin(), s.mentions.end(),
        [&cue](const Mention* m) { return m->begin == cue.begin; });
    if (own != s.mentions.end()) {
      people = {
          (*own)->person};  // the cue is the honorific: Visiting Professor
    } else if (std::optional<std::vector<int>> owners =
                   PossessorsOf(p, s, cue)) {
      people = *owners;
    } else if (tag.value == "visiting-professor" &&
               !recipients.people.empty()) {
      people = recipients.people;
      rule = tag.lang + ":appointment-recipient";
    } else if (InSet(p.rules().forward_roles, tag.value) ||
               InSet(p.rules().subject_cues, CueKey(cue.Text(p.text())))) {
      size_t subjects_end = cue.begin;
      if (recipients.mark >= prev_end && recipients.mark < cue.begin) {
        subjects_end = recipients.mark;
      }
      // "Prof. A presented Dr. B with a certificate": A, before the verb.
      if (InSet(p.rules().verb_cues, CueKey(cue.Text(p.text())))) {
        subjects_end = std::min(subjects_end, CueVerbBefore(p, s.span, cue));
      }
      people = CuePeople(p, s, i, carried, &prev_end, subjects_end);
      // "On behalf of the trainees, Dr. A said": the speaker stands right
      // after a subject cue that opens the sentence.
      if (people.empty()) people = AdjacentPeople(p, s, cue);
      if (!people.empty()) carried = people;
    } else {
      people = AdjacentPeople(p, s, cue);
    }
    bool weak = InSet(p.rules().weak_cues, CueKey(cue.Text(p.text())));
    for (int person : people) given.push_back({person, &tag.value, rule, weak});
  }
  // "attended the Forum and served as instructors": the weak cue yields.
  for (const Assignment& a : given) {
    bool yields =
        a.weak &&
        std::any_of(given.begin(), given.end(), [&a](const Assignment& b) {
          return !b.weak && b.person == a.person && *b.role != *a.role;
        });
    if (!yields) AddRole(out, a.person, *a.role, a.rule);
  }
}

}  // namespace

void AddRole(const Output& out, int person, const std::string& role,
             const std::string& rule) {
  core::Person& who = (*out.people)[static_cast<size_t>(person)];
  if (std::find(who.roles.begin(), who.roles.end(), role) != who.roles.end()) {
    return;
  }
  who.roles.push_back(role);
  out.facts->push_back({"role", who.name, role, out.paragraph, rule});
}

void AddTalk(const Output& out, int person, std::string title,
             const std::string& rule) {
  core::Person& who = (*out.people)[static_cast<size_t>(person)];
  if (std::find(who.talks.begin(), who.talks.end(), title) == who.talks.end()) {
    who.talks.push_back(title);
    out.facts->push_back(
        {"talk", who.name, std::move(title), out.paragraph, rule});
  }
  AddRole(out, person, "speaker", rule);
}

std::vector<int> PeopleIn(const Sentence& s, size_t begin, size_t end) {
  std::vector<int> people;
  for (const Mention* m : s.mentions) {
    if (m->begin >= begin && m->begin < end &&
        std::find(people.begin(), people.end(), m->person) == people.end()) {
      people.push_back(m->person);
    }
  }
  return people;
}

void AssignRolesAndTalks(const Paragraph& p, std::vector<core::Person>* people,
                         std::vector<ExtractedFact>* facts,
                         const Paragraph* previous) {
  Output out{people, facts, p.index(), previous};
  for (const Span& span : p.sentences()) {
    Sentence s = Gather(p, span);
    GiveCueRoles(p, s, out);
    GiveTalks(p, s, out);
  }
}

}  // namespace annals::indexer::people
