// Talks from titles, sentence by sentence: a quoted (or unquoted,
// talk_topics.h) title goes to the nearest name before it, or is paired in
// order by "respectively" / 分别 / соответственно with the people named
// before the titles, after them, or, after a counted plural subject
// ("三位国际专家"), with the people just named.
#include <algorithm>

#include "indexer/extract/roles_sentence.h"
#include "indexer/extract/talk_topics.h"
#include "indexer/extract/text_scan.h"

namespace annals::indexer::people {
namespace {

constexpr size_t kMinTalkBytes = 4;

// "在“天山学者”人才项目资助下", "“一带一路”培训班": a name in Chinese
// quotation marks that Han text goes on from, with no stop character or
// cue, names a programme, not a talk (titles stand in 《》 or end the
// phrase: 作了“X”的报告).
bool QuotedHanName(const Paragraph& p, Span q) {
  std::string_view text = p.text();
  if (q.end >= text.size() || DecodeAt(text, q.end).c != U'\u201D') {
    return false;
  }
  size_t after = q.end + DecodeAt(text, q.end).len;
  if (after >= text.size()) return false;
  CodePoint cp = DecodeAt(text, after);
  if (!IsHan(cp.c) || p.rules().IsStopChar(text.substr(after, cp.len))) {
    return false;
  }
  const Hit* hit = p.HitStartingAt(after);
  return hit == nullptr || !(hit->Has(kRole) || hit->Has(kTalkCue));
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

// The count a plural subject states before `end`: "三位国际专家", "the three
// experts"; 0 when none.
long StatedCount(const Paragraph& p, size_t begin, size_t end) {
  std::string_view text = p.text();
  for (size_t pos = begin; pos < end;) {
    size_t stop = 0;
    long han = ParseHanNumber(text, pos, &stop);
    if (han > 0 && stop < end &&
        InSet(p.rules().counters,
              text.substr(stop, DecodeAt(text, stop).len))) {
      return han;
    }
    size_t word = WordEnd(text, pos);
    if (word > pos) {
      int n = p.rules().NumberOf(text.substr(pos, word - pos));
      if (n > 0) return n;
      pos = word;
    } else {
      pos += DecodeAt(text, pos).len;
    }
  }
  return 0;
}

// The last `n` people named before `end` in p, or else in the paragraph
// before it, in text order; fewer when fewer are named.
std::vector<int> RecentPeople(const Paragraph& p, const Paragraph* previous,
                              size_t end, size_t n) {
  std::vector<int> people;
  auto take = [&](const Paragraph& from, size_t until) {
    for (auto m = from.mentions().rbegin(); m != from.mentions().rend(); ++m) {
      if (m->end > until || m->person < 0) continue;
      if (std::find(people.begin(), people.end(), m->person) == people.end())
        people.insert(people.begin(), m->person);
      if (people.size() == n) return;
    }
  };
  take(p, end);
  if (people.empty() && previous != nullptr)
    take(*previous, previous->text().size());
  return people;
}

void PairRespectively(const Paragraph& p, const Sentence& s, const Hit& hit,
                      const std::vector<Span>& quotes,
                      const std::vector<std::string>& talks,
                      const Output& out) {
  std::vector<int> people = PeopleIn(s, s.span.begin, quotes.front().begin);
  // "Доклады «A» и «B» представили соответственно проф. X и доц. Y": the
  // people after the titles when none stand before them.
  if (people.empty()) people = PeopleIn(s, quotes.back().end, s.span.end);
  std::string rule = RuleLang(hit, kRespectively) + ":respectively";
  // "三位国际专家分别作了《A》《B》《C》的报告": a stated count, no name, as
  // many titles: the people just named.
  if (people.empty() && StatedCount(p, s.span.begin, quotes.front().begin) ==
                            static_cast<long>(talks.size())) {
    people = RecentPeople(p, out.previous, s.span.begin, talks.size());
    rule += "-recent";
  }
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

}  // namespace

void GiveTalks(const Paragraph& p, const Sentence& s, const Output& out) {
  auto speaker =
      std::find_if(s.roles.begin(), s.roles.end(),
                   [](const LexTag& role) { return role.value == "speaker"; });
  if (speaker == s.roles.end()) return;
  std::string rule = speaker->lang + ":quote+cue";
  std::vector<Span> quotes = p.QuotesIn(s.span);
  std::erase_if(quotes, [&p](Span q) { return QuotedHanName(p, q); });
  if (quotes.empty()) {
    quotes = UnquotedTopics(p, s.span);
    rule = speaker->lang + ":topic+cue";
  }
  if (quotes.empty()) return;
  std::vector<std::string> talks = Talks(p, quotes);
  auto [first, last] = p.HitsIn(s.span);
  for (size_t i = first; i < last; ++i) {
    if (p.hits()[i].Has(kRespectively)) {
      return PairRespectively(p, s, p.hits()[i], quotes, talks, out);
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

}  // namespace annals::indexer::people
