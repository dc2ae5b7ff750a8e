// annals-query person: an expert's history across scripts.
#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>
#include <utility>

#include "core/person_name.h"
#include "core/schema.h"
#include "core/text_analyzer.h"
#include "query/fetch.h"
#include "query/history.h"

namespace annals::query {
namespace {

void AddUnique(std::vector<std::string>* list, const std::string& value) {
  if (!value.empty() &&
      std::find(list->begin(), list->end(), value) == list->end()) {
    list->push_back(value);
  }
}

// Whether a person's key is one of the wanted keys or a spelling of one.
// A history reads thousands of mentions of a few hundred names, so the
// answers are remembered.
class KeyMatcher {
 public:
  explicit KeyMatcher(std::vector<std::string> keys) : keys_(std::move(keys)) {}

  bool operator()(const std::string& key) {
    auto [it, fresh] = known_.emplace(key, false);
    if (fresh) {
      it->second = std::any_of(
          keys_.begin(), keys_.end(), [&](const std::string& wanted) {
            return key == wanted || core::SamePersonKey(key, wanted);
          });
    }
    return it->second;
  }

 private:
  std::vector<std::string> keys_;
  std::unordered_map<std::string, bool> known_;
};

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

// The Han spelling of a person, which tells apart people whose names read
// alike (马林 and 马琳 are both "ma lin"); "" when the mention has none.
std::string HanIdentity(const core::Person& person) {
  if (core::TextAnalyzer::ScriptOf(person.name) == core::Script::kHan)
    return person.name;
  for (const std::string& alias : person.names) {
    if (core::TextAnalyzer::ScriptOf(alias) == core::Script::kHan) return alias;
  }
  return "";
}

struct Mention {
  const core::StoredDocument* doc;
  size_t doc_index;
  const core::Person* person;
};

std::vector<PersonCandidate> Candidates(
    const std::map<std::string, std::vector<Mention>>& by_identity) {
  std::vector<PersonCandidate> candidates;
  for (const auto& [identity, mentions] : by_identity) {
    PersonCandidate c;
    c.name = identity;
    std::set<const core::StoredDocument*> docs;
    for (const Mention& m : mentions) {
      docs.insert(m.doc);
      AddUnique(&c.aliases, m.person->name);
      for (const std::string& alias : m.person->names)
        AddUnique(&c.aliases, alias);
      AddUnique(&c.countries, m.person->country);
      if (c.description.empty()) {
        c.description = m.person->position;
        if (!m.person->affiliation.empty()) {
          c.description +=
              (c.description.empty() ? "" : ", ") + m.person->affiliation;
        }
      }
    }
    c.documents = docs.size();
    candidates.push_back(std::move(c));
  }
  return candidates;
}

using MentionsByDoc =
    std::map<const core::StoredDocument*, std::vector<const Mention*>>;

PersonEvent BuildEvent(const Event& event, const MentionsByDoc& by_doc) {
  PersonEvent out;
  out.date = event.date;
  out.title = event.title;
  out.city = event.city;
  out.docs = event.refs;
  // The event's mentions in document order, as the documents were fetched.
  std::vector<const Mention*> in_event;
  for (const core::StoredDocument* doc : event.docs) {
    auto found = by_doc.find(doc);
    if (found == by_doc.end()) continue;
    in_event.insert(in_event.end(), found->second.begin(), found->second.end());
  }
  std::stable_sort(in_event.begin(), in_event.end(),
                   [](const Mention* a, const Mention* b) {
                     return a->doc_index < b->doc_index;
                   });
  for (const Mention* mention : in_event) {
    const Mention& m = *mention;
    for (const std::string& role : m.person->roles) AddUnique(&out.roles, role);
    for (const std::string& talk : m.person->talks) AddUnique(&out.talks, talk);
    if (out.affiliation.empty()) {
      out.affiliation = m.person->position;
      if (!m.person->affiliation.empty()) {
        out.affiliation +=
            (out.affiliation.empty() ? "" : ", ") + m.person->affiliation;
      }
    }
    std::string where = m.doc->record.source;
    if (m.person->line > 0) where += ":" + std::to_string(m.person->line);
    out.why.push_back(m.doc->record.id + " names \"" + m.person->name + "\" (" +
                      where + "), key \"" +
                      (m.person->keys.empty() ? core::PersonKey(m.person->name)
                                              : m.person->keys.front()) +
                      "\"");
  }
  return out;
}

}  // namespace

core::Result<PersonAnswer> PersonHistory(const Xapian::Database& db,
                                         const std::string& name) {
  PersonAnswer answer;
  answer.query = name;
  std::vector<std::string> keys = core::PersonKeyVariants(name);
  std::vector<Xapian::Query> terms;
  for (const std::string& key : keys) {
    terms.emplace_back(std::string(core::schema::kPrefixPerson) + key);
  }
  KeyMatcher matcher(keys);
  // Only the wanted person's entries are decoded: a document names a dozen.
  auto fetched = FetchAll(
      db, Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end()),
      kFetchAllLimit,
      [&](const core::Person& p) { return MatchesKeys(p, matcher); });
  if (!fetched.ok()) return fetched.status();

  std::vector<Mention> mentions;
  for (size_t i = 0; i < fetched->docs.size(); ++i) {
    for (const core::Person& person : fetched->docs[i].record.people) {
      if (MatchesKeys(person, matcher))
        mentions.push_back({&fetched->docs[i], i, &person});
    }
  }
  std::map<std::string, std::vector<Mention>> by_identity;
  for (const Mention& m : mentions) {
    std::string identity = HanIdentity(*m.person);
    if (!identity.empty()) by_identity[identity].push_back(m);
  }
  bool query_is_han = core::TextAnalyzer::ScriptOf(name) == core::Script::kHan;
  if (by_identity.size() > 1) {
    auto chosen = by_identity.find(core::SplitHonorific(name).name);
    if (!query_is_han || chosen == by_identity.end()) {
      answer.candidates = Candidates(by_identity);
      return answer;
    }
    // A Han query names one of them: keep its mentions and the ones that
    // carry no Han spelling at all.
    std::vector<Mention> kept;
    for (const Mention& m : mentions) {
      std::string identity = HanIdentity(*m.person);
      if (identity.empty() || identity == chosen->first) kept.push_back(m);
    }
    mentions = std::move(kept);
  }
  // Keep the documents with a mention. Moving a document keeps its people
  // where they are, so only the mentions' document pointers change.
  std::vector<core::StoredDocument> docs;
  std::vector<std::string> event_keys;
  std::set<size_t> used;
  for (const Mention& m : mentions) used.insert(m.doc_index);
  std::unordered_map<size_t, size_t> moved;
  for (size_t i : used) {
    moved[i] = docs.size();
    docs.push_back(std::move(fetched->docs[i]));
    event_keys.push_back(std::move(fetched->event_keys[i]));
  }
  for (Mention& m : mentions) m.doc = &docs[moved[m.doc_index]];
  bool name_from_record = false;
  for (const Mention& m : mentions) {
    // A course record's spelling is the name shown, when there is one.
    bool from_record = m.doc->record.type == core::DocType::kCourse;
    if (answer.name.empty() || (from_record && !name_from_record)) {
      answer.name = m.person->name;
      name_from_record = from_record;
    }
    AddUnique(&answer.aliases, m.person->name);
    for (const std::string& alias : m.person->names)
      AddUnique(&answer.aliases, alias);
    AddUnique(&answer.countries, m.person->country);
  }
  MentionsByDoc by_doc;
  for (const Mention& m : mentions) by_doc[m.doc].push_back(&m);
  for (const Event& event : GroupIntoEvents(docs, event_keys)) {
    answer.events.push_back(BuildEvent(event, by_doc));
  }
  return answer;
}

}  // namespace annals::query
