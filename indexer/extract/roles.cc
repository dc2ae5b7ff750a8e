// Roles from cue words and talks from quoted titles, sentence by sentence.
//
// A cue's people are those named between the previous cue and it ("Prof. A
// and Dr. B gave lectures"); when there are none, the people of the previous
// cue ("A gave a lecture ... and demonstrated ..."), or those named after it
// ("attended by Mr. Ma Lin"). Roles outside forward-roles (trainee) go only
// to a name right next to the cue ("Dr. Nguyen, a trainee from Laos").
#include "indexer/extract/roles.h"

#include <algorithm>
#include <optional>

#include "indexer/extract/text_scan.h"

namespace annals::indexer::people {
namespace {

constexpr size_t kCountWindowBytes = 16;
constexpr size_t kMinTalkBytes = 4;

struct Output {
  std::vector<core::Person>* people;
  std::vector<ExtractedFact>* facts;
  int paragraph;
};

struct Sentence {
  Span span;
  std::vector<const Mention*> mentions;  // merged ones, in order
  std::vector<const Hit*> cues;          // role cues, in order
  std::vector<LexTag> roles;             // the role of each cue
};

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

Sentence Gather(const Paragraph& p, Span span) {
  Sentence s{span, {}, {}, {}};
  for (const Mention& m : p.mentions()) {
    if (m.person >= 0 && span.Contains(m.begin)) s.mentions.push_back(&m);
  }
  auto [first, last] = p.HitsIn(span);
  std::optional<bool> quoted;  // computed when a talk cue needs it
  for (size_t i = first; i < last; ++i) {
    const Hit& hit = p.hits()[i];
    const LexTag* role = hit.Tag(kRole);
    if (role == nullptr && hit.Has(kTalkCue)) {
      if (!quoted) quoted = !p.QuotesIn(span).empty();
      if (!*quoted) continue;
      s.cues.push_back(&hit);
      s.roles.push_back({kRole, hit.Tag(kTalkCue)->lang, "speaker", 0});
      continue;
    }
    if (role == nullptr) continue;
    if (role->value == "trainee" && PrecededByCount(p, hit)) continue;
    s.cues.push_back(&hit);
    s.roles.push_back(*role);
  }
  return s;
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

// Nothing but spaces, separators, articles, conjunctions and parentheses
// between a and b.
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
  return end > next && InSet(p.rules().passive, text.substr(next, end - next));
}

// The people a forward role cue gives its role to; moves *prev_end past
// the people taken from after the cue.
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
    if (m->begin < begin ||
        (next != nullptr && !ThinGap(p, m->end, next->begin))) {
      break;
    }
    if (std::find(people.begin(), people.end(), m->person) == people.end()) {
      people.insert(people.begin(), m->person);
    }
    next = m;
  }
  return people;
}

std::vector<int> CuePeople(const Paragraph& p, const Sentence& s, size_t i,
                           const std::vector<int>& carried, size_t* prev_end) {
  const Hit& cue = *s.cues[i];
  std::vector<int> people = Subjects(p, s, *prev_end, cue.begin);
  *prev_end = cue.end;
  if (!people.empty()) return people;
  bool passive = IsPassive(p, cue);
  if (!passive && !carried.empty()) return carried;
  if (!passive && !InSet(p.rules().forward_langs, s.roles[i].lang)) {
    return carried;
  }
  bool last = i + 1 == s.cues.size();
  size_t until = last ? s.span.end : s.cues[i + 1]->begin;
  for (const Mention* m : s.mentions) {
    if (m->begin < cue.end || m->begin >= until) continue;
    people.push_back(m->person);
    *prev_end = m->end;
    if (!last) break;  // the others are the next cue's subjects
  }
  return people.empty() ? carried : people;
}

void GiveCueRoles(const Paragraph& p, const Sentence& s, const Output& out) {
  size_t prev_end = s.span.begin;
  std::vector<int> carried;
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
    } else if (InSet(p.rules().forward_roles, tag.value)) {
      people = CuePeople(p, s, i, carried, &prev_end);
      if (!people.empty()) carried = people;
    } else {
      people = AdjacentPeople(p, s, cue);
    }
    for (int person : people) AddRole(out, person, tag.value, rule);
  }
}

std::vector<std::string> Talks(const Paragraph& p,
                               const std::vector<Span>& quotes) {
  std::vector<std::string> talks;
  for (const Span& q : quotes) {
    std::string_view title = Trim(p.text().substr(q.begin, q.end - q.begin));
    talks.push_back(title.size() >= kMinTalkBytes ? ValidUtf8(title) : "");
  }
  return talks;
}

// The person a quoted title at q belongs to: the nearest name before it in
// the sentence, else after it, else the last one named earlier in the
// paragraph.
int TalkOwner(const Paragraph& p, const Sentence& s, Span q) {
  int owner = -1;
  for (const Mention* m : s.mentions) {
    if (m->end <= q.begin) owner = m->person;
  }
  if (owner >= 0) return owner;
  for (const Mention* m : s.mentions) {
    if (m->begin >= q.end) return m->person;
  }
  for (const Mention& m : p.mentions()) {
    if (m.person >= 0 && m.end <= s.span.begin) owner = m.person;
  }
  return owner;
}

void PairRespectively(const Sentence& s, const Hit& hit,
                      const std::vector<Span>& quotes,
                      const std::vector<std::string>& talks,
                      const Output& out) {
  std::vector<int> people = PeopleIn(s, s.span.begin, quotes.front().begin);
  std::string rule = RuleLang(hit, kRespectively) + ":respectively";
  if (people.size() != talks.size()) {
    out.facts->push_back({"talk", "",
                          std::to_string(people.size()) + " people, " +
                              std::to_string(talks.size()) +
                              " talks: not paired",
                          out.paragraph, rule + "-mismatch"});
    return;
  }
  for (size_t i = 0; i < people.size(); ++i) {
    if (!talks[i].empty()) AddTalk(out, people[i], talks[i], rule);
  }
}

void GiveTalks(const Paragraph& p, const Sentence& s, const Output& out) {
  auto speaker =
      std::find_if(s.roles.begin(), s.roles.end(),
                   [](const LexTag& role) { return role.value == "speaker"; });
  if (speaker == s.roles.end()) return;
  std::string rule = speaker->lang + ":quote+cue";
  std::vector<Span> quotes = p.QuotesIn(s.span);
  if (quotes.empty()) return;
  std::vector<std::string> talks = Talks(p, quotes);
  auto [first, last] = p.HitsIn(s.span);
  for (size_t i = first; i < last; ++i) {
    if (p.hits()[i].Has(kRespectively)) {
      return PairRespectively(s, p.hits()[i], quotes, talks, out);
    }
  }
  // "A and B gave lectures on “X” and “Y”": as many people, all named
  // before the titles, take them in order.
  std::vector<int> before = PeopleIn(s, s.span.begin, quotes.front().begin);
  if (before.size() >= 2 && before.size() == quotes.size() &&
      PeopleIn(s, quotes.front().begin, s.span.end).empty()) {
    for (size_t i = 0; i < before.size(); ++i) {
      if (!talks[i].empty()) {
        AddTalk(out, before[i], talks[i], rule + "-in-order");
      }
    }
    return;
  }
  for (size_t i = 0; i < quotes.size(); ++i) {
    int owner = TalkOwner(p, s, quotes[i]);
    if (owner >= 0 && !talks[i].empty()) {
      AddTalk(out, owner, talks[i], rule);
    }
  }
}

}  // namespace

void AssignRolesAndTalks(const Paragraph& p, std::vector<core::Person>* people,
                         std::vector<ExtractedFact>* facts) {
  Output out{people, facts, p.index()};
  for (const Span& span : p.sentences()) {
    Sentence s = Gather(p, span);
    GiveCueRoles(p, s, out);
    GiveTalks(p, s, out);
  }
}

}  // namespace annals::indexer::people
