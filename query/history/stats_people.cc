// The people most mentioned, by identity.
#include "query/history/stats_people.h"

#include <algorithm>
#include <deque>
#include <set>

#include "core/person_terms.h"
#include "core/schema.h"
#include "query/history/matching_documents.h"
#include "query/history/person_identity.h"

namespace annals::query {
namespace {

namespace schema = core::schema;

// Keys read: a person in four scripts holds four of the top keys, so many
// more than the people listed. Documents read per key: enough to see which
// keys one mention holds together.
constexpr size_t kKeysRead = 60;
constexpr size_t kDocsPerKey = 100;

size_t Count(const Xapian::Database& db, std::vector<std::string> terms) {
  auto counted = CountAnyOf(db, std::move(terms));
  return counted.ok() ? *counted : 0;
}

}  // namespace

size_t IdentityDocuments(const Xapian::Database& db,
                         const std::vector<IdentityGroup>& groups,
                         const IdentityGroup& group) {
  bool shared = std::count_if(groups.begin(), groups.end(),
                              [&](const IdentityGroup& other) {
                                return other.keys == group.keys;
                              }) > 1;
  std::vector<std::string> terms;
  if (!shared) {
    for (const std::string& key : group.keys)
      terms.push_back(std::string(schema::kPrefixPerson) + key);
  } else if (!group.han.empty()) {
    for (const std::string& key : group.keys) {
      terms.push_back(std::string(schema::kPrefixPersonIdentity) +
                      core::IdentityTermBody(key, group.han));
    }
  }
  return std::max(terms.empty() ? 0 : Count(db, terms), group.docs.size());
}

std::vector<std::pair<std::string, size_t>> TopTerms(const Xapian::Database& db,
                                                     std::string_view prefix,
                                                     size_t n) {
  std::vector<std::pair<std::string, size_t>> terms;
  std::string p(prefix);
  for (auto it = db.allterms_begin(p); it != db.allterms_end(p); ++it) {
    terms.emplace_back((*it).substr(p.size()), it.get_termfreq());
  }
  std::stable_sort(
      terms.begin(), terms.end(),
      [](const auto& a, const auto& b) { return a.second > b.second; });
  if (terms.size() > n) terms.resize(n);
  return terms;
}

std::vector<StatsPerson> TopPeople(const Xapian::Database& db, size_t n) {
  std::deque<FetchedDocs> read;  // the mentions the grouper points into
  IdentityGrouper grouper;
  std::set<std::pair<Xapian::docid, std::string>> added;
  for (const auto& [key, documents] :
       TopTerms(db, schema::kPrefixPerson, kKeysRead)) {
    auto has_key = [&key = key](const core::Person& person) {
      std::vector<std::string> keys = MentionKeys(person);
      return std::find(keys.begin(), keys.end(), key) != keys.end();
    };
    auto fetched =
        FetchAll(db, Xapian::Query(std::string(schema::kPrefixPerson) + key),
                 kDocsPerKey, has_key);
    if (!fetched.ok()) continue;
    read.push_back(std::move(fetched).value());
    const FetchedDocs& docs = read.back();
    for (size_t i = 0; i < docs.docs.size(); ++i) {
      for (const core::Person& person : docs.docs[i].record.people) {
        if (has_key(person) &&
            added.emplace(docs.docids[i], person.name).second)
          grouper.Add(person, docs.docids[i]);
      }
    }
  }
  std::vector<IdentityGroup> groups = grouper.Groups();
  std::vector<StatsPerson> people;
  for (const IdentityGroup& group : groups) {
    StatsPerson person;
    person.name = group.spellings.Shown(core::Script::kLatin);
    person.query = person.name;
    person.keys = group.keys;
    person.documents = IdentityDocuments(db, groups, group);
    // Names held by several people (马林 and 马琳 are both "Ma Lin") are
    // shown and asked for with their Han spelling.
    bool shared = std::count_if(groups.begin(), groups.end(),
                                [&](const IdentityGroup& other) {
                                  return other.keys == group.keys;
                                }) > 1;
    if (shared && !group.han.empty()) {
      if (person.name != group.han) person.name += " (" + group.han + ")";
      person.query = group.han;
    }
    people.push_back(std::move(person));
  }
  std::stable_sort(people.begin(), people.end(),
                   [](const StatsPerson& a, const StatsPerson& b) {
                     return a.documents > b.documents;
                   });
  if (people.size() > n) people.resize(n);
  return people;
}

}  // namespace annals::query
