// Resolving a typed name to person keys (see person_lookup.h).
#include "query/people/person_lookup.h"

#include <unicode/unistr.h>

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>

#include "core/glossary.h"
#include "core/person_name.h"
#include "core/person_terms.h"
#include "core/schema.h"
#include "core/text_analyzer.h"
#include "query/people/person_keys.h"

namespace annals::query {
namespace {

namespace schema = core::schema;

// More keys than any surname lists in a real archive; bounds a query on a
// one-letter "surname".
constexpr size_t kMaxOneWordKeys = 64;

std::string Lower(std::string_view text) {
  std::string out;
  icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())))
      .toLower()
      .toUTF8String(out);
  return out;
}

std::vector<std::string> Words(std::string_view text) {
  std::vector<std::string> words;
  std::istringstream in{std::string(text)};
  for (std::string word; in >> word;) words.push_back(word);
  return words;
}

// A title or position as people_rules.txt lists it: lower-case words, the
// last one possibly a prefix ("заведующ*").
struct TitleEntry {
  std::vector<std::string> words;
  bool prefix = false;
};

struct TitleLists {
  std::vector<TitleEntry> spaced;  // matched word by word
  std::vector<std::string> han;    // matched inside a Han word
};

TitleLists LoadTitleLists() {
  TitleLists lists;
  std::ifstream in(core::DataDirectory() + "/people_rules.txt");
  static const std::set<std::string> kCategories = {
      "honorific", "position-title", "position", "title"};
  for (std::string line; std::getline(in, line);) {
    std::vector<std::string> fields = Words(line);
    if (fields.size() < 3 || kCategories.count(fields[0]) == 0) continue;
    for (size_t i = 2; i < fields.size(); ++i) {
      std::string entry = fields[i];
      if (core::TextAnalyzer::ScriptOf(entry) == core::Script::kHan) {
        lists.han.push_back(entry);
        continue;
      }
      TitleEntry title;
      title.prefix = entry.size() > 1 && entry.back() == '*';
      if (title.prefix) entry.pop_back();
      std::replace(entry.begin(), entry.end(), '_', ' ');
      title.words = Words(Lower(entry));
      if (!title.words.empty()) lists.spaced.push_back(std::move(title));
    }
  }
  // Longest first, so that "vice president" goes before "president".
  std::sort(lists.spaced.begin(), lists.spaced.end(),
            [](const TitleEntry& a, const TitleEntry& b) {
              return a.words.size() > b.words.size();
            });
  std::sort(lists.han.begin(), lists.han.end(),
            [](const std::string& a, const std::string& b) {
              return a.size() > b.size();
            });
  return lists;
}

const TitleLists& Titles() {
  static const TitleLists kLists = LoadTitleLists();
  return kLists;
}

// A word as compared with the lists: lower case, without the dot or comma
// that may follow a title.
std::string Comparable(const std::string& word) {
  std::string out = Lower(word);
  while (!out.empty() &&
         (out.back() == '.' || out.back() == ',' || out.back() == ':'))
    out.pop_back();
  return out;
}

// How many of `words` from `at` (going forward, or backward when `back`)
// the entry covers; 0 when it does not match there.
size_t Covered(const TitleEntry& entry, const std::vector<std::string>& words,
               size_t begin, size_t end, bool back) {
  size_t n = entry.words.size();
  if (end - begin < n) return 0;
  size_t first = back ? end - n : begin;
  for (size_t i = 0; i < n; ++i) {
    std::string word = Comparable(words[first + i]);
    const std::string& want = entry.words[i];
    bool last = i + 1 == n;
    bool same = entry.prefix && last ? word.rfind(want, 0) == 0 : word == want;
    if (!same) return 0;
  }
  return n;
}

// Han titles before or after a Han name (院长李汛, 李汛院长), keeping at
// least two characters.
std::string WithoutHanTitles(std::string word) {
  constexpr size_t kTwoHanBytes = 6;
  for (bool changed = true; changed;) {
    changed = false;
    for (const std::string& title : Titles().han) {
      if (word.size() < title.size() + kTwoHanBytes) continue;
      if (word.compare(0, title.size(), title) == 0) {
        word.erase(0, title.size());
        changed = true;
      } else if (word.compare(word.size() - title.size(), title.size(),
                              title) == 0) {
        word.erase(word.size() - title.size());
        changed = true;
      }
    }
  }
  return word;
}

bool HasIndexedKey(const Xapian::Database& db,
                   const std::vector<std::string>& keys) {
  return std::any_of(keys.begin(), keys.end(), [&](const std::string& key) {
    return !key.empty() &&
           db.term_exists(std::string(schema::kPrefixPerson) + key);
  });
}

// The first letters under which another romanisation of a key may be
// filed: Евгений is "evgeny" or "yevgeny", Юлия "yulia" or "iulia".
std::string FirstLetters(char first) {
  if (first == 'e' || first == 'i' || first == 'y') return "eiy";
  return std::string(1, first);
}

// `keys` and the indexed keys that spell one of them another way. Each
// first letter's keys are read once, whatever the number of variants.
std::vector<std::string> Widened(const Xapian::Database& db,
                                 std::vector<std::string> keys) {
  std::vector<core::PersonKeyForms> wanted;
  std::set<char> letters;
  for (const std::string& key : keys) {
    if (key.empty() || static_cast<unsigned char>(key[0]) >= 0x80) continue;
    wanted.emplace_back(key);
    for (char letter : FirstLetters(key[0])) letters.insert(letter);
  }
  for (char letter : letters) {
    std::string start = std::string(schema::kPrefixPerson) + letter;
    for (auto it = db.allterms_begin(start); it != db.allterms_end(start);
         ++it) {
      std::string other = (*it).substr(schema::kPrefixPerson.size());
      if (std::find(keys.begin(), keys.end(), other) != keys.end()) continue;
      core::PersonKeyForms forms(other);
      if (std::any_of(wanted.begin(), wanted.end(),
                      [&](const core::PersonKeyForms& w) {
                        return forms.SamePerson(w);
                      }))
        keys.push_back(other);
    }
  }
  return keys;
}

// Every indexed key of two or more words that has `word` as one of them.
std::vector<std::string> KeysWithWord(const Xapian::Database& db,
                                      const std::string& word) {
  std::vector<std::string> keys;
  std::string prefix(schema::kPrefixPerson);
  for (auto it = db.allterms_begin(prefix);
       it != db.allterms_end(prefix) && keys.size() < kMaxOneWordKeys; ++it) {
    std::string key = (*it).substr(prefix.size());
    std::vector<std::string> words = Words(key);
    if (words.size() >= 2 &&
        std::find(words.begin(), words.end(), word) != words.end())
      keys.push_back(key);
  }
  return keys;
}

}  // namespace

std::string WithoutTitles(std::string_view typed) {
  std::string name = core::SplitHonorific(typed).name;
  std::vector<std::string> words = Words(name);
  size_t begin = 0, end = words.size();
  for (bool changed = true; changed && end - begin > 1;) {
    changed = false;
    for (const TitleEntry& entry : Titles().spaced) {
      for (bool back : {false, true}) {
        size_t n = Covered(entry, words, begin, end, back);
        if (n == 0 || n >= end - begin) continue;
        (back ? end -= n : begin += n);
        changed = true;
      }
    }
  }
  std::string out;
  for (size_t i = begin; i < end; ++i) {
    std::string word = words[i];
    if (core::TextAnalyzer::ScriptOf(word) == core::Script::kHan)
      word = WithoutHanTitles(word);
    out += (out.empty() ? "" : " ") + word;
  }
  // A trailing comma of "Li Xun, Dean" stays behind: the key ignores it.
  return out.empty() ? std::string(typed) : core::SplitHonorific(out).name;
}

ResolvedName ResolvePersonName(const Xapian::Database& db,
                               std::string_view typed) {
  ResolvedName as_typed{std::string(typed),
                        Widened(db, PersonKeyVariantsIn(db, typed)),
                        LookupStep::kAsTyped, false};
  as_typed.found = HasIndexedKey(db, as_typed.keys);
  if (as_typed.found) return as_typed;
  std::string bare = WithoutTitles(typed);
  if (bare != typed) {
    ResolvedName without{bare, Widened(db, PersonKeyVariantsIn(db, bare)),
                         LookupStep::kWithoutTitles, false};
    without.found = HasIndexedKey(db, without.keys);
    if (without.found) return without;
  }
  std::string word = core::PersonKey(bare);
  if (!word.empty() && word.find(' ') == std::string::npos) {
    ResolvedName one_word{bare, KeysWithWord(db, word), LookupStep::kOneWord,
                          false};
    one_word.found = !one_word.keys.empty();
    if (one_word.found) return one_word;
  }
  return as_typed;
}

Xapian::Query PersonQuery(const Xapian::Database& db,
                          const ResolvedName& resolved) {
  std::vector<std::string> terms;
  for (const std::string& key : resolved.keys)
    terms.push_back(std::string(schema::kPrefixPerson) + key);
  Xapian::Query any(Xapian::Query::OP_OR, terms.begin(), terms.end());
  std::string asked = core::SplitHonorific(resolved.name).name;
  if (resolved.step == LookupStep::kOneWord ||
      core::TextAnalyzer::ScriptOf(asked) != core::Script::kHan ||
      db.get_metadata(std::string(schema::kMetaPersonTerms)) != "1")
    return any;
  std::vector<std::string> wanted, others;
  for (const std::string& key : resolved.keys) {
    std::string start = std::string(schema::kPrefixPersonIdentity) +
                        core::IdentityTermStart(key);
    for (auto it = db.allterms_begin(start); it != db.allterms_end(start);
         ++it) {
      bool same = (*it).compare(start.size(), std::string::npos, asked) == 0;
      (same ? wanted : others).push_back(*it);
    }
  }
  // Not written so (a reading alike), or nobody else reads alike: all.
  if (wanted.empty() || others.empty()) return any;
  return Xapian::Query(
      Xapian::Query::OP_OR,
      Xapian::Query(Xapian::Query::OP_OR, wanted.begin(), wanted.end()),
      Xapian::Query(
          Xapian::Query::OP_AND_NOT, any,
          Xapian::Query(Xapian::Query::OP_OR, others.begin(), others.end())));
}

std::string PronunciationNote(const std::string& asked,
                              const std::set<std::string>& identities,
                              const std::string& key,
                              const std::string& shown) {
  if (core::TextAnalyzer::ScriptOf(asked) != core::Script::kHan) return "";
  std::string bare = core::SplitHonorific(asked).name;
  if (identities.count(bare) > 0) return "";
  std::string others;
  for (const std::string& identity : identities)
    others += (others.empty() ? "" : ", ") + identity + " (" + key + ")";
  if (others.empty() && !shown.empty()) others = shown + " (" + key + ")";
  if (others.empty()) return "";
  return "No one is written " + bare + "; by pronunciation: " + others;
}

}  // namespace annals::query
