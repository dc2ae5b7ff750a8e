// Grouping mentions into people and choosing the spelling shown.
#include "query/history/person_identity.h"

#include <algorithm>
#include <numeric>

#include "core/person_name.h"
#include "core/person_terms.h"

namespace annals::query {

void SpellingTally::Add(const core::Person& person) {
  auto add = [&](const std::string& spelling) {
    if (spelling.empty()) return;
    if (counts_[spelling]++ == 0) order_.push_back(spelling);
  };
  add(person.name);
  for (const std::string& alias : person.names) add(alias);
}

std::string SpellingTally::Shown(core::Script script) const {
  auto best_in = [&](core::Script wanted, bool any) {
    std::string best;
    size_t best_count = 0;
    for (const std::string& spelling : order_) {
      if (!any && core::TextAnalyzer::ScriptOf(spelling) != wanted) continue;
      size_t count = counts_.at(spelling);
      if (count > best_count) best = spelling, best_count = count;
    }
    return best;
  };
  for (core::Script wanted : {script, core::Script::kLatin}) {
    std::string best = best_in(wanted, false);
    if (!best.empty()) return best;
  }
  return best_in(script, true);
}

std::vector<std::string> MentionKeys(const core::Person& person) {
  if (!person.keys.empty()) return person.keys;
  std::vector<std::string> keys;
  auto add = [&](const std::string& name) {
    std::string key = core::PersonKey(name);
    if (!key.empty() && std::find(keys.begin(), keys.end(), key) == keys.end())
      keys.push_back(key);
  };
  add(person.name);
  for (const std::string& alias : person.names) add(alias);
  return keys;
}

size_t IdentityGrouper::KeyIndex(const std::string& key) {
  auto [it, fresh] = key_index_.try_emplace(key, keys_.size());
  if (fresh) {
    keys_.push_back(key);
    parent_.push_back(it->second);
  }
  return it->second;
}

size_t IdentityGrouper::Root(size_t i) const {
  while (parent_[i] != i) i = parent_[i];
  return i;
}

void IdentityGrouper::Join(size_t a, size_t b) {
  a = Root(a), b = Root(b);
  if (a != b) parent_[std::max(a, b)] = std::min(a, b);
}

void IdentityGrouper::Add(const core::Person& person, size_t doc) {
  std::vector<std::string> keys = MentionKeys(person);
  if (keys.empty()) return;
  size_t first = KeyIndex(keys.front());
  for (size_t i = 1; i < keys.size(); ++i) Join(first, KeyIndex(keys[i]));
  seen_.push_back({&person, doc, first});
}

std::vector<IdentityGroup> IdentityGrouper::Groups() {
  // Keys that spell one name another way are one name.
  std::vector<core::PersonKeyForms> forms;
  forms.reserve(keys_.size());
  for (const std::string& key : keys_) forms.emplace_back(key);
  for (size_t a = 0; a < keys_.size(); ++a) {
    for (size_t b = a + 1; b < keys_.size(); ++b) {
      if (Root(a) != Root(b) && forms[a].SamePerson(forms[b])) Join(a, b);
    }
  }
  std::map<size_t, std::set<std::string>> hans;  // root -> Han spellings
  std::vector<std::string> han_of(seen_.size());
  for (size_t i = 0; i < seen_.size(); ++i) {
    han_of[i] = core::HanIdentity(*seen_[i].person);
    if (!han_of[i].empty()) hans[Root(seen_[i].key)].insert(han_of[i]);
  }
  std::vector<IdentityGroup> groups;
  std::map<std::pair<size_t, std::string>, size_t> group_of;
  for (size_t i = 0; i < seen_.size(); ++i) {
    size_t root = Root(seen_[i].key);
    std::string han = han_of[i];
    if (han.empty() && hans[root].size() == 1) han = *hans[root].begin();
    auto [it, fresh] = group_of.try_emplace({root, han}, groups.size());
    if (fresh) {
      IdentityGroup group;
      group.han = han;
      for (size_t k = 0; k < keys_.size(); ++k) {
        if (Root(k) == root) group.keys.push_back(keys_[k]);
      }
      groups.push_back(std::move(group));
    }
    IdentityGroup& group = groups[it->second];
    group.docs.insert(seen_[i].doc);
    group.spellings.Add(*seen_[i].person);
    group.mentions.push_back(seen_[i].person);
  }
  return groups;
}

}  // namespace annals::query
