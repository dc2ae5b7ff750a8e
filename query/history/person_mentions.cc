// The documents that mention a person (see person_mentions.h).
#include "query/history/person_mentions.h"

#include <algorithm>
#include <numeric>

#include "core/person_terms.h"

namespace annals::query::mentions {

bool KeyMatcher::operator()(const std::string& key) {
  auto known = known_.find(key);
  if (known != known_.end()) return known->second;
  core::PersonKeyForms forms(key);
  bool same = keys_.count(key) > 0 ||
              std::any_of(forms_.begin(), forms_.end(),
                          [&](const core::PersonKeyForms& wanted) {
                            return forms.SamePerson(wanted);
                          });
  known_.emplace(key, same);
  return same;
}

void AddUnique(std::vector<std::string>* list, const std::string& value) {
  if (!value.empty() &&
      std::find(list->begin(), list->end(), value) == list->end()) {
    list->push_back(value);
  }
}

bool MatchesKeys(const core::Person& person, KeyMatcher& matcher) {
  auto matches_key = [&](const std::string& key) { return matcher(key); };
  // Documents store their people's keys; older data is keyed here.
  if (!person.keys.empty()) {
    return std::any_of(person.keys.begin(), person.keys.end(), matches_key);
  }
  auto matches = [&](const std::string& name) {
    return matches_key(core::PersonKey(name));
  };
  if (matches(person.name)) return true;
  return std::any_of(person.names.begin(), person.names.end(), matches);
}

std::unique_ptr<History> KeepMentioned(const FetchedDocs& fetched,
                                       KeyMatcher& matcher,
                                       const std::string& identity) {
  auto wanted = [&](const core::Person& person) {
    if (!MatchesKeys(person, matcher)) return false;
    if (identity.empty()) return true;
    std::string han = core::HanIdentity(person);
    return han.empty() || han == identity;
  };
  std::vector<size_t> order(fetched.docs.size());
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return fetched.docids[a] < fetched.docids[b];
  });
  auto history = std::make_unique<History>();
  for (size_t i : order) {
    const auto& people = fetched.docs[i].record.people;
    if (std::none_of(people.begin(), people.end(), wanted)) continue;
    history->docs.push_back(fetched.docs[i]);
    history->event_keys.push_back(fetched.event_keys[i]);
  }
  for (size_t i = 0; i < history->docs.size(); ++i) {
    for (const core::Person& person : history->docs[i].record.people) {
      if (wanted(person))
        history->mentions.push_back({&history->docs[i], i, &person});
    }
  }
  return history;
}

std::map<std::string, std::vector<Mention>> ByIdentity(
    const std::vector<Mention>& mentions) {
  std::map<std::string, std::vector<Mention>> by_identity;
  for (const Mention& m : mentions) {
    std::string identity = core::HanIdentity(*m.person);
    if (!identity.empty()) by_identity[identity].push_back(m);
  }
  return by_identity;
}

Xapian::Query AnyOf(const std::vector<std::string>& terms) {
  return Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end());
}

}  // namespace annals::query::mentions
