// The people a surname alone may mean.
#include "query/history/person_one_word.h"

#include <algorithm>

#include "core/database.h"
#include "core/schema.h"
#include "query/history/matching_documents.h"
#include "query/history/person_identity.h"
#include "query/history/stats_people.h"

namespace annals::query {
namespace {

// Documents read to tell the people apart: enough for their spellings and
// a description; the counts shown are those of the index.
constexpr size_t kSample = 1000;

void AddUnique(std::vector<std::string>* list, const std::string& value) {
  if (!value.empty() &&
      std::find(list->begin(), list->end(), value) == list->end())
    list->push_back(value);
}

PersonCandidate Describe(const Xapian::Database& db,
                         const std::vector<IdentityGroup>& groups,
                         const IdentityGroup& group, core::Script script) {
  PersonCandidate c;
  c.name = group.spellings.Shown(script);
  c.query = group.han.empty() ? c.name : group.han;
  for (const core::Person* person : group.mentions) {
    AddUnique(&c.aliases, person->name);
    for (const std::string& alias : person->names) AddUnique(&c.aliases, alias);
    AddUnique(&c.countries, person->country);
    if (c.description.empty()) {
      c.description = person->position;
      if (!person->affiliation.empty())
        c.description +=
            (c.description.empty() ? "" : ", ") + person->affiliation;
    }
  }
  c.documents = IdentityDocuments(db, groups, group);
  return c;
}

}  // namespace

core::Result<PersonAnswer> PersonByOneWord(const Xapian::Database& db,
                                           const std::string& typed,
                                           const ResolvedName& resolved,
                                           const EventPage& page) {
  std::vector<std::string> terms;
  for (const std::string& key : resolved.keys)
    terms.push_back(std::string(core::schema::kPrefixPerson) + key);
  auto has_key = [&](const core::Person& person) {
    for (const std::string& key : MentionKeys(person)) {
      if (std::find(resolved.keys.begin(), resolved.keys.end(), key) !=
          resolved.keys.end())
        return true;
    }
    return false;
  };
  auto fetched = FetchAll(
      db, Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end()),
      kSample, has_key);
  if (!fetched.ok()) return fetched.status();
  IdentityGrouper grouper;
  for (size_t i = 0; i < fetched->docs.size(); ++i) {
    for (const core::Person& person : fetched->docs[i].record.people) {
      if (has_key(person)) grouper.Add(person, fetched->docids[i]);
    }
  }
  std::vector<IdentityGroup> groups = grouper.Groups();
  std::stable_sort(groups.begin(), groups.end(),
                   [](const IdentityGroup& a, const IdentityGroup& b) {
                     return a.docs.size() > b.docs.size();
                   });
  core::Script script = core::TextAnalyzer::ScriptOf(resolved.name);
  PersonAnswer answer;
  answer.query = typed;
  answer.match = "one word";
  bool one = groups.size() == 1;
  if (one) {
    // Asked again by its full name, it must not come back here.
    ResolvedName again;
    core::Status status = core::CatchXapian("person", [&] {
      again = ResolvePersonName(
          db, Describe(db, groups, groups.front(), script).query);
    });
    if (!status.ok()) return status;
    one = again.step != LookupStep::kOneWord;
  }
  if (one) {
    PersonCandidate only = Describe(db, groups, groups.front(), script);
    auto history = PersonHistory(db, only.query, page);
    if (!history.ok()) return history;
    answer = std::move(history).value();
    answer.query = typed;
    answer.name = only.name;  // in the script of the word asked
    answer.match = "one word";
    answer.note = "The one person named " + resolved.name + ": " + only.name;
    return answer;
  }
  for (const IdentityGroup& group : groups)
    answer.candidates.push_back(Describe(db, groups, group, script));
  std::stable_sort(answer.candidates.begin(), answer.candidates.end(),
                   [](const PersonCandidate& a, const PersonCandidate& b) {
                     return a.documents > b.documents;
                   });
  answer.note =
      std::to_string(groups.size()) + " people are named " + resolved.name;
  return answer;
}

}  // namespace annals::query
