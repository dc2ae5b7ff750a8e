// The documents that mention a person, and the mentions in them: what a
// person's history, its candidates and its name are read from.
#pragma once

#include <xapian.h>

#include <map>
#include <memory>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/person_name.h"
#include "core/record.h"
#include "query/history/matching_documents.h"

namespace annals::query::mentions {

// Appends `value` unless empty or already there.
void AddUnique(std::vector<std::string>* list, const std::string& value);

// Whether a person's key is one of the wanted keys or a spelling of one.
// A history reads thousands of mentions of a few hundred names, so the
// answers are remembered.
class KeyMatcher {
 public:
  explicit KeyMatcher(const std::vector<std::string>& keys)
      : keys_(keys.begin(), keys.end()) {
    for (const std::string& key : keys) forms_.emplace_back(key);
  }

  bool operator()(const std::string& key);

 private:
  std::set<std::string> keys_;
  std::vector<core::PersonKeyForms> forms_;
  std::unordered_map<std::string, bool> known_;
};

// Whether one of the person's keys (or names, in older data) matches.
bool MatchesKeys(const core::Person& person, KeyMatcher& matcher);

struct Mention {
  const core::StoredDocument* doc;
  size_t doc_index;
  const core::Person* person;
};

// The documents of a history that mention the person, in docid order, and
// the mentions. With an `identity` (a Han spelling), mentions of other
// people who read alike are left out; mentions without a Han spelling stay.
struct History {
  std::vector<core::StoredDocument> docs;
  std::vector<std::string> event_keys;  // parallel to docs
  std::vector<Mention> mentions;        // pointing into docs
};

std::unique_ptr<History> KeepMentioned(const FetchedDocs& fetched,
                                       KeyMatcher& matcher,
                                       const std::string& identity);

// The mentions by the Han spelling of the person (mentions without one are
// left out).
std::map<std::string, std::vector<Mention>> ByIdentity(
    const std::vector<Mention>& mentions);

// Any of `terms`.
Xapian::Query AnyOf(const std::vector<std::string>& terms);

}  // namespace annals::query::mentions
