// Grouping person mentions into people.
#include "indexer/extract/person_merge.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <unordered_map>

#include "core/person_name.h"
#include "indexer/extract/text_scan.h"

namespace annals::indexer::people {
namespace {

constexpr size_t kMinStemChars = 3;

struct Draft {
  core::Person person;
  std::vector<std::string> words;  // key words
  std::pair<int, size_t> first;    // (paragraph, offset) of the first mention
  bool full = false;               // named by a full name
};

struct Merger {
  std::vector<Draft> drafts;
  std::unordered_map<std::string, int> by_key;
  std::vector<ExtractedFact>* facts;
  std::unordered_map<std::string, std::string> keys;  // written -> key
  std::vector<int> target;  // draft -> the draft it was merged into
};

// Strips one Russian case ending from each word of 5+ letters.
std::string FoldRussian(std::string_view name, const PeopleRules& rules) {
  std::string out;
  for (size_t pos = 0; pos < name.size();) {
    size_t end = WordEnd(name, pos);
    if (end == pos) {
      out.append(name.substr(pos, DecodeAt(name, pos).len));
      pos += DecodeAt(name, pos).len;
      continue;
    }
    std::string_view word = name.substr(pos, end - pos);
    for (const std::string& ending : rules.ru_endings) {
      // Cyrillic letters are two bytes.
      if (word.size() >= 2 * (kMinStemChars + 2) && word.ends_with(ending)) {
        word.remove_suffix(ending.size());
        break;
      }
    }
    out.append(word);
    pos = end;
  }
  return out;
}

// Han names: surname (one or two characters), then the given name;
// dotted foreign names: their parts.
std::string HanKey(std::string_view name, const PeopleRules& rules) {
  std::string key;
  size_t given = DecodeAt(name, 0).len;
  if (given < name.size() &&
      rules.IsSurname(name.substr(0, given + DecodeAt(name, given).len))) {
    given += DecodeAt(name, given).len;
  }
  for (size_t pos = 0; pos < name.size();) {
    CodePoint cp = DecodeAt(name, pos);
    if (pos == given || !IsHan(cp.c)) key += ' ';
    if (IsHan(cp.c)) key.append(name.substr(pos, cp.len));
    pos += cp.len;
  }
  return key;
}

// The key people are grouped by within one article: lower-case words
// (Russian case endings folded, apostrophes and hyphens dropped). Cheap;
// core::PersonKey (ICU transliteration, ~10 us) is only needed across
// scripts (CrossScriptMerge).
std::string LocalKey(const std::string& name, const PeopleRules& rules) {
  char32_t first = name.empty() ? 0 : DecodeAt(name, 0).c;
  std::string folded = IsHan(first)        ? HanKey(name, rules)
                       : IsCyrillic(first) ? FoldRussian(name, rules)
                                           : name;
  std::string key;
  for (size_t pos = 0; pos < folded.size();) {
    CodePoint cp = DecodeAt(folded, pos);
    pos += cp.len;
    if (IsLetter(cp.c) || IsDigit(cp.c) || IsHan(cp.c) || IsThai(cp.c)) {
      AppendUtf8(static_cast<char32_t>(u_tolower(static_cast<UChar32>(cp.c))),
                 &key);
    } else if (cp.c != '\'' && cp.c != 0x2019 && cp.c != '-' && !key.empty() &&
               key.back() != ' ') {
      key += ' ';
    }
  }
  while (!key.empty() && key.back() == ' ') key.pop_back();
  return key;
}

const std::string& MergeKey(Merger* merger, const std::string& name,
                            const PeopleRules& rules) {
  auto found = merger->keys.find(name);
  if (found != merger->keys.end()) return found->second;
  return merger->keys.emplace(name, LocalKey(name, rules)).first->second;
}

std::vector<std::string> KeyWords(const std::string& key) {
  std::vector<std::string> words;
  for (size_t pos = 0; pos < key.size();) {
    size_t end = std::min(key.find(' ', pos), key.size());
    if (end > pos) words.push_back(key.substr(pos, end - pos));
    pos = end + 1;
  }
  return words;
}

bool SameScript(std::string_view a, std::string_view b) {
  auto script = [](std::string_view s) {
    char32_t c = s.empty() ? 0 : DecodeAt(s, 0).c;
    return IsHan(c) ? 1 : IsThai(c) ? 2 : IsCyrillic(c) ? 3 : 0;
  };
  return script(a) == script(b);
}

void AddFact(Merger* merger, std::string kind, const std::string& subject,
             std::string value, int paragraph, std::string rule) {
  merger->facts->push_back(
      {std::move(kind), subject, std::move(value), paragraph, std::move(rule)});
}

// Takes what a mention says into its person.
void AbsorbAttributes(Merger* merger, core::Person* person, const Mention& m,
                      int paragraph) {
  if (person->honorific.empty()) person->honorific = m.honorific;
  if (person->country.empty() && !m.country.empty()) {
    person->country = m.country;
    AddFact(merger, "country", person->name, m.country, paragraph,
            m.country_rule);
  }
  bool position = person->position.empty() && !m.position.empty();
  bool affiliation = person->affiliation.empty() && !m.affiliation.empty();
  if (!position && !affiliation) return;
  if (position) person->position = m.position;
  if (affiliation) person->affiliation = m.affiliation;
  std::string value = position ? m.position : "";
  if (affiliation) value += (value.empty() ? "" : ", ") + m.affiliation;
  AddFact(merger, "position", person->name, value, paragraph, m.position_rule);
}

// Takes what a mention says into its person.
void Absorb(Merger* merger, int index, Mention* m, int paragraph) {
  m->person = index;
  Draft& draft = merger->drafts[static_cast<size_t>(index)];
  core::Person& person = draft.person;
  draft.first =
      std::min(draft.first, std::pair<int, size_t>{paragraph, m->begin});
  if (person.name.empty()) {
    person.name = m->name;
    person.line = paragraph + 1;
    AddFact(merger, "person", person.name, m->name, paragraph, m->rule);
  } else if (!m->one_word && !SameScript(person.name, m->name) &&
             std::find(person.names.begin(), person.names.end(), m->name) ==
                 person.names.end()) {
    person.names.push_back(m->name);
    AddFact(merger, "person", person.name, m->name, paragraph, m->rule);
  }
  person.line = std::min(person.line, paragraph + 1);
  AbsorbAttributes(merger, &person, *m, paragraph);
}

int NewDraft(Merger* merger, const std::string& key, int paragraph,
             size_t offset, bool full) {
  auto index = static_cast<int>(merger->drafts.size());
  merger->drafts.push_back({{}, KeyWords(key), {paragraph, offset}, full});
  merger->target.push_back(index);
  merger->by_key.emplace(key, index);
  return index;
}

// The full-name person a one-word key belongs to: last word first, then
// first word; among several, the latest one first named before `at`.
int FindByWord(const Merger& merger, const std::string& key,
               std::pair<int, size_t> at) {
  for (bool last : {true, false}) {
    int best = -1;
    for (size_t i = 0; i < merger.drafts.size(); ++i) {
      const Draft& d = merger.drafts[i];
      if (!d.full || d.words.size() < 2) continue;
      if ((last ? d.words.back() : d.words.front()) != key) continue;
      bool before = d.first < at;
      if (best < 0 ||
          (before &&
           merger.drafts[static_cast<size_t>(best)].first < d.first)) {
        best = static_cast<int>(i);
      }
    }
    if (best >= 0) return best;
  }
  return -1;
}

void MergeOneWord(Merger* merger, Mention* m, const Paragraph& p) {
  int paragraph = p.index();
  std::string key = MergeKey(merger, m->name, p.rules());
  if (key.empty()) return;
  int index = FindByWord(*merger, key, {paragraph, m->begin});
  if (index >= 0) {
    const core::Person& person =
        merger->drafts[static_cast<size_t>(index)].person;
    std::string written =
        ValidUtf8(p.text().substr(m->begin, m->end - m->begin));
    AddFact(merger, "person", person.name, written, paragraph,
            m->lang + ":same-surname");
  } else if (auto found = merger->by_key.find(key);
             found != merger->by_key.end()) {
    index = found->second;
  } else if (m->lang == "zh") {
    return;  // 马教授 alone: a surname is not a person
  } else {
    index = NewDraft(merger, key, paragraph, m->begin, false);
  }
  Absorb(merger, index, m, paragraph);
}

void MergeInto(Merger* merger, size_t into, size_t from) {
  merger->target[from] = static_cast<int>(into);
  Draft& a = merger->drafts[into];
  const Draft& b = merger->drafts[from];
  a.first = std::min(a.first, b.first);
  core::Person& p = a.person;
  const core::Person& q = b.person;
  p.line = std::min(p.line, q.line);
  p.names.push_back(q.name);
  if (p.honorific.empty()) p.honorific = q.honorific;
  if (p.country.empty()) p.country = q.country;
  if (p.position.empty()) {
    p.position = q.position;
    p.affiliation = q.affiliation;
  }
  AddFact(merger, "person", p.name, q.name, q.line - 1, "any:same-person-key");
}

// Sorts people by first mention and renumbers Mention::person.
// Sorts people by first mention, drops merged drafts and renumbers
// Mention::person.
std::vector<core::Person> Ordered(Merger* merger,
                                  std::vector<Paragraph>* paragraphs) {
  std::vector<int> order;
  for (size_t i = 0; i < merger->drafts.size(); ++i) {
    if (merger->target[i] == static_cast<int>(i)) {
      order.push_back(static_cast<int>(i));
    }
  }
  std::stable_sort(order.begin(), order.end(), [merger](int a, int b) {
    return merger->drafts[static_cast<size_t>(a)].first <
           merger->drafts[static_cast<size_t>(b)].first;
  });
  std::vector<int> rank(merger->drafts.size(), -1);
  std::vector<core::Person> people;
  for (size_t i = 0; i < order.size(); ++i) {
    rank[static_cast<size_t>(order[i])] = static_cast<int>(i);
    people.push_back(
        std::move(merger->drafts[static_cast<size_t>(order[i])].person));
  }
  for (Paragraph& p : *paragraphs) {
    for (Mention& m : p.mentions()) {
      if (m.person < 0) continue;
      m.person = rank[static_cast<size_t>(
          merger->target[static_cast<size_t>(m.person)])];
    }
  }
  return people;
}

// A Latin local key that may differ from its core::PersonKey (which folds
// accents, "kh" and a final "iy").
bool NeedsPersonKey(const std::string& key) {
  return key.find("kh") != std::string::npos ||
         key.find("iy") != std::string::npos ||
         std::any_of(key.begin(), key.end(), [](char c) { return c & 0x80; });
}

// 李汛 and "Li Xun", Иванов and "Ivanov" in one article: a Han or Cyrillic
// full name whose core::PersonKey is a Latin full name's key is the same
// person. PersonKey costs ICU transliteration, so it runs once per Han or
// Cyrillic name (and per thread: the names of an archive recur, and
// CachedPersonKey keeps them), per Latin name only when the cheap key may
// differ.
void CrossScriptMerge(Merger* merger) {
  std::vector<size_t> latin, other;
  for (size_t i = 0; i < merger->drafts.size(); ++i) {
    const Draft& d = merger->drafts[i];
    char32_t c = d.person.name.empty() ? 0 : DecodeAt(d.person.name, 0).c;
    if (!d.full || IsThai(c)) continue;
    (IsHan(c) || IsCyrillic(c) ? other : latin).push_back(i);
  }
  if (latin.empty() || other.empty()) return;
  std::unordered_map<size_t, std::string> latin_keys;
  for (size_t o : other) {
    const std::string& key =
        core::CachedPersonKey(merger->drafts[o].person.name);
    for (size_t l : latin) {
      if (merger->target[l] != static_cast<int>(l)) continue;
      const std::string& local = merger->keys[merger->drafts[l].person.name];
      bool same = local == key;
      if (!same && NeedsPersonKey(local)) {
        auto [it, added] = latin_keys.try_emplace(l);
        if (added)
          it->second = core::CachedPersonKey(merger->drafts[l].person.name);
        same = it->second == key;
      }
      if (!same) continue;
      bool o_first = merger->drafts[o].first < merger->drafts[l].first;
      MergeInto(merger, o_first ? o : l, o_first ? l : o);
      break;
    }
  }
}

// The unmerged draft named `key` (by its name or an alias), or -1.
int DraftNamed(const Merger& merger, const std::string& key) {
  if (key.empty()) return -1;
  for (size_t i = 0; i < merger.drafts.size(); ++i) {
    if (merger.target[i] != static_cast<int>(i)) continue;
    const core::Person& p = merger.drafts[i].person;
    if (p.name.empty()) continue;
    if (core::CachedPersonKey(p.name) == key) return static_cast<int>(i);
    for (const std::string& n : p.names)
      if (core::CachedPersonKey(n) == key) return static_cast<int>(i);
  }
  return -1;
}

// "卡马尔·拉希莫夫（Kamal Rahimov）": the two spellings are one person.
void MergeInTextAliases(Merger* merger,
                        const std::vector<InTextAlias>& aliases) {
  for (const InTextAlias& a : aliases) {
    int named = DraftNamed(*merger, core::CachedPersonKey(a.name));
    int aliased = DraftNamed(*merger, core::CachedPersonKey(a.alias));
    if (named >= 0 && aliased >= 0 && named != aliased) {
      auto x = static_cast<size_t>(named), y = static_cast<size_t>(aliased);
      bool x_first = merger->drafts[x].first < merger->drafts[y].first;
      MergeInto(merger, x_first ? x : y, x_first ? y : x);
      continue;
    }
    int index = named >= 0 ? named : aliased;
    if (index < 0) continue;
    core::Person& person = merger->drafts[static_cast<size_t>(index)].person;
    const std::string& other = named >= 0 ? a.alias : a.name;
    if (other == person.name ||
        std::find(person.names.begin(), person.names.end(), other) !=
            person.names.end()) {
      continue;
    }
    person.names.push_back(other);
    AddFact(merger, "person", person.name, other, a.paragraph,
            "any:in-text-alias");
  }
}

}  // namespace

std::vector<core::Person> MergePeople(std::vector<Paragraph>* paragraphs,
                                      std::vector<ExtractedFact>* facts,
                                      const std::vector<InTextAlias>& aliases) {
  Merger merger{{}, {}, facts, {}, {}};
  for (Paragraph& p : *paragraphs) {
    for (Mention& m : p.mentions()) {
      if (m.one_word) continue;
      std::string key = MergeKey(&merger, m.name, p.rules());
      if (key.empty()) continue;
      auto found = merger.by_key.find(key);
      int index = found != merger.by_key.end()
                      ? found->second
                      : NewDraft(&merger, key, p.index(), m.begin, true);
      Absorb(&merger, index, &m, p.index());
    }
  }
  for (Paragraph& p : *paragraphs) {
    for (Mention& m : p.mentions()) {
      if (m.one_word) MergeOneWord(&merger, &m, p);
    }
  }
  CrossScriptMerge(&merger);
  MergeInTextAliases(&merger, aliases);
  return Ordered(&merger, paragraphs);
}

}  // namespace annals::indexer::people
