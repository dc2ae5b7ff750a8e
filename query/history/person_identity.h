// Which mentions are one person, and the spelling that person is shown
// under: for answers that list people (stats, a surname's candidates, a
// year's events) and the heading of a person's history.
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "core/record.h"
#include "core/text_analyzer.h"

namespace annals::query {

// The spellings of one person's mentions (name and aliases) with how often
// each was written.
class SpellingTally {
 public:
  void Add(const core::Person& person);
  // The spelling shown: the most frequent one in `script` (the script of the
  // name asked for) when there is one, else the most frequent Latin one,
  // else the most frequent of all. Never a Han transliteration of a Russian
  // name when a Latin spelling exists. Ties go to the first seen.
  std::string Shown(core::Script script = core::Script::kLatin) const;
  bool empty() const { return order_.empty(); }

 private:
  std::map<std::string, size_t> counts_;
  std::vector<std::string> order_;  // first seen first
};

// The keys a mention is filed under: those stored with it, else worked out.
std::vector<std::string> MentionKeys(const core::Person& person);

// One person as the grouped mentions show them.
struct IdentityGroup {
  std::string han;                // Han spelling, "" when none was written
  std::vector<std::string> keys;  // every key of the mentions
  std::set<size_t> docs;          // the documents (as the caller numbers them)
  SpellingTally spellings;
  std::vector<const core::Person*> mentions;
};

// Mentions joined into people: keys written together for one mention (a
// record's "Li Xun" with 李汛 and Ли Сюнь) or that spell one name
// (core::SamePersonKey) are one name; one name with two Han spellings
// (马林, 马琳) is two people, and a mention without a Han spelling joins the
// Han one only when the name has exactly one.
class IdentityGrouper {
 public:
  // `person` must outlive the grouper's Groups().
  void Add(const core::Person& person, size_t doc);
  std::vector<IdentityGroup> Groups();

 private:
  size_t KeyIndex(const std::string& key);
  size_t Root(size_t i) const;
  void Join(size_t a, size_t b);

  std::vector<std::string> keys_;
  std::map<std::string, size_t> key_index_;
  std::vector<size_t> parent_;
  struct Seen {
    const core::Person* person;
    size_t doc;
    size_t key;  // index of its first key
  };
  std::vector<Seen> seen_;
};

}  // namespace annals::query
