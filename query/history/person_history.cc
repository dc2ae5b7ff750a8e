// annals-query person: an expert's history across scripts.
#include <algorithm>
#include <map>
#include <memory>
#include <numeric>
#include <optional>
#include <set>
#include <unordered_map>
#include <utility>

#include "core/database.h"
#include "core/person_name.h"
#include "core/person_terms.h"
#include "core/record.h"
#include "core/schema.h"
#include "core/text_analyzer.h"
#include "query/history/event_bound.h"
#include "query/history/history.h"
#include "query/history/matching_documents.h"
#include "query/history/person_identity.h"
#include "query/history/person_mentions.h"
#include "query/history/person_one_word.h"
#include "query/people/person_lookup.h"

namespace annals::query {
namespace {

using mentions::AddUnique;
using mentions::AnyOf;
using mentions::ByIdentity;
using mentions::History;
using mentions::KeepMentioned;
using mentions::KeyMatcher;
using mentions::MatchesKeys;
using mentions::Mention;

std::vector<PersonCandidate> Candidates(
    const std::map<std::string, std::vector<Mention>>& by_identity) {
  std::vector<PersonCandidate> candidates;
  for (const auto& [identity, mentions] : by_identity) {
    PersonCandidate c;
    c.name = identity;
    c.query = identity;
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
    std::string where = core::SourceAt(m.doc->record.source, m.person->line);
    out.why.push_back(m.doc->record.id + " names \"" + m.person->name + "\" (" +
                      where + "), key \"" +
                      (m.person->keys.empty() ? core::PersonKey(m.person->name)
                                              : m.person->keys.front()) +
                      "\"");
  }
  return out;
}

// The Han spellings behind the keys, from the index's identity terms;
// nothing for a database written before they existed.
std::optional<std::set<std::string>> IdentitiesFromIndex(
    const Xapian::Database& db, const std::vector<std::string>& keys) {
  namespace schema = core::schema;
  if (db.get_metadata(std::string(schema::kMetaPersonTerms)) != "1")
    return std::nullopt;
  std::set<std::string> identities;
  for (const std::string& key : keys) {
    std::string start = std::string(schema::kPrefixPersonIdentity) +
                        core::IdentityTermStart(key);
    for (auto it = db.allterms_begin(start); it != db.allterms_end(start);
         ++it) {
      identities.insert((*it).substr(start.size()));
    }
  }
  return identities;
}

// The whole events of a history, oldest first: all of them when every
// document was read, else those of `last_month` (read to its end) and
// after: the documents of one event share its month (see events.h), so no
// document of those is unread.
std::vector<PersonEvent> WholeEvents(const History& history, bool all_read,
                                     const std::string& last_month) {
  MentionsByDoc by_doc;
  for (const Mention& m : history.mentions) by_doc[m.doc].push_back(&m);
  std::vector<PersonEvent> events;
  for (const Event& event : GroupIntoEvents(history.docs, history.event_keys)) {
    if (all_read || core::EventMonth(event.date) >= last_month)
      events.push_back(BuildEvent(event, by_doc));
  }
  return events;
}

// The spellings a history's name is chosen from: those of its first
// documents in docid order, so that every page of a long history shows the
// same name without reading it all. 64 documents settle the most frequent
// spelling of a real history; each one more is decoded on every page.
constexpr size_t kNameSample = 64;

std::string ShownSpelling(const std::vector<Mention>& mentions,
                          core::Script script) {
  SpellingTally tally;
  for (const Mention& m : mentions) {
    if (m.doc_index < kNameSample) tally.Add(*m.person);
  }
  return tally.Shown(script);
}

// Name, aliases and countries as the mentions give them (the name unless
// already set).
void Describe(const std::vector<Mention>& mentions, core::Script script,
              PersonAnswer* answer) {
  if (answer->name.empty()) answer->name = ShownSpelling(mentions, script);
  for (const Mention& m : mentions) {
    AddUnique(&answer->aliases, m.person->name);
    for (const std::string& alias : m.person->names)
      AddUnique(&answer->aliases, alias);
    AddUnique(&answer->countries, m.person->country);
  }
}

// The name a whole history shows (see Describe) when only its newest
// documents were read: chosen from its first documents in docid order.
core::Result<std::string> ShownName(const Xapian::Database& db,
                                    const Xapian::Query& query,
                                    KeyMatcher& matcher,
                                    const core::PersonFilter& keep,
                                    const std::string& identity,
                                    core::Script script) {
  auto fetched = FetchAll(db, query, kNameSample, keep);
  if (!fetched.ok()) return fetched.status();
  auto history = KeepMentioned(*fetched, matcher, identity);
  return ShownSpelling(history->mentions, script);
}

// The people a name may mean, each from (a sample of) their documents.
core::Result<std::vector<PersonCandidate>> IndexedCandidates(
    const Xapian::Database& db, const std::vector<std::string>& keys,
    const std::set<std::string>& identities, KeyMatcher& matcher,
    const core::PersonFilter& keep, size_t sample) {
  std::vector<PersonCandidate> candidates;
  for (const std::string& identity : identities) {
    std::vector<std::string> terms;
    for (const std::string& key : keys) {
      terms.push_back(std::string(core::schema::kPrefixPersonIdentity) +
                      core::IdentityTermBody(key, identity));
    }
    auto fetched = FetchAll(db, AnyOf(terms), sample, keep);
    if (!fetched.ok()) return fetched.status();
    auto history = KeepMentioned(*fetched, matcher, "");
    auto by_identity = ByIdentity(history->mentions);
    auto found = by_identity.find(identity);
    if (found == by_identity.end()) continue;
    PersonCandidate candidate = Candidates({*found}).front();
    auto documents = CountAnyOf(db, terms);
    if (!documents.ok()) return documents.status();
    candidate.documents = *documents;
    candidates.push_back(std::move(candidate));
  }
  return candidates;
}

// The candidates needed to answer, when `identities` hold several people
// and the name does not choose one; otherwise "" or the one chosen.
struct Choice {
  bool ambiguous = false;
  std::string identity;
};

Choice Choose(const std::set<std::string>& identities,
              const std::string& name) {
  bool query_is_han = core::TextAnalyzer::ScriptOf(name) == core::Script::kHan;
  std::string asked = core::SplitHonorific(name).name;
  // A Han spelling nobody is written with: its one reading-alike is
  // answered (with a note), several are candidates.
  if (query_is_han && identities.count(asked) == 0)
    return {identities.size() > 1, ""};
  if (identities.size() <= 1) return {};
  if (!query_is_han) return {true, ""};
  // A Han query names one of them.
  return {false, asked};
}

void NotePronunciation(const std::string& asked,
                       const std::set<std::string>& identities,
                       const std::vector<std::string>& keys,
                       PersonAnswer* answer) {
  std::string note =
      PronunciationNote(asked, identities, keys.empty() ? "" : keys.front(),
                        answer->candidates.empty() ? answer->name : "");
  if (note.empty()) return;
  answer->note = std::move(note);
  answer->match = "pronunciation";
}

}  // namespace

core::Result<PersonAnswer> PersonHistory(const Xapian::Database& db,
                                         const std::string& name,
                                         const EventPage& page) {
  PersonAnswer answer;
  answer.query = name;
  answer.offset = page.offset;
  ResolvedName resolved;
  core::Status status = core::CatchXapian(
      "person", [&] { resolved = ResolvePersonName(db, name); });
  if (!status.ok()) return status;
  if (resolved.step == LookupStep::kOneWord)
    return PersonByOneWord(db, name, resolved, page);
  if (resolved.step == LookupStep::kWithoutTitles) {
    answer.match = "without titles";
    answer.note = "Looked up as \"" + resolved.name + "\"";
  }
  const std::string& asked = resolved.name;
  core::Script script = core::TextAnalyzer::ScriptOf(asked);
  std::vector<std::string> keys = resolved.keys;
  std::vector<std::string> terms;
  for (const std::string& key : keys)
    terms.push_back(std::string(core::schema::kPrefixPerson) + key);
  KeyMatcher matcher(keys);
  // Only the wanted person's entries are decoded: a document names a dozen.
  core::PersonFilter keep = [&](const core::Person& p) {
    return MatchesKeys(p, matcher);
  };

  // Who the name may mean: from the index's identity terms when it has
  // them, else from every document that names it.
  std::optional<std::set<std::string>> identities;
  status = core::CatchXapian(
      "person", [&] { identities = IdentitiesFromIndex(db, keys); });
  if (!status.ok()) return status;
  FetchedDocs fetched;
  // Every document naming the name, in docid order.
  auto read_all = [&]() -> core::Status {
    auto all = FetchAll(db, AnyOf(terms), kFetchAllLimit, keep);
    if (!all.ok()) return all.status();
    fetched = std::move(all).value();
    return core::Status::Ok();
  };
  std::unique_ptr<History> history;
  std::vector<PersonEvent> events;
  bool all_read = true;
  std::set<std::string> seen;  // the Han spellings behind the keys
  if (identities) {
    seen = *identities;
    Choice choice = Choose(*identities, asked);
    if (choice.ambiguous) {
      constexpr size_t kCandidateSample = 200;
      auto candidates = IndexedCandidates(
          db, keys, *identities, matcher, keep,
          page.limit == 0 ? kFetchAllLimit : kCandidateSample);
      if (!candidates.ok()) return candidates.status();
      answer.candidates = std::move(candidates).value();
      NotePronunciation(asked, *identities, keys, &answer);
      return answer;
    }
    if (page.limit == 0) {
      ANNALS_RETURN_IF_ERROR(read_all());
      history = KeepMentioned(fetched, matcher, choice.identity);
      events = WholeEvents(*history, true, "");
    } else {
      // The newest months until the page's events are whole.
      size_t wanted = page.offset + page.limit;
      NewestMonths reader(db, keys, keep);
      EventBound bound;
      size_t needed = wanted;  // more events the bound must grow by
      do {
        status = reader.ReadMonth(&fetched);
        if (!status.ok()) return status;
        if (bound.Grown(fetched) < needed && !reader.at_end()) continue;
        history = KeepMentioned(fetched, matcher, choice.identity);
        events = WholeEvents(*history, reader.at_end(), reader.last_month());
        bound.Restart();
        needed = wanted - std::min(wanted, events.size());
      } while (!reader.at_end() && events.size() < wanted);
      all_read = reader.at_end();
      auto documents = CountAnyOf(db, terms);
      if (!documents.ok()) return documents.status();
      fetched.matches = *documents;
    }
    if (!all_read) {
      auto shown =
          ShownName(db, AnyOf(terms), matcher, keep, choice.identity, script);
      if (!shown.ok()) return shown.status();
      answer.name = std::move(shown).value();
    }
  } else {
    ANNALS_RETURN_IF_ERROR(read_all());
    history = KeepMentioned(fetched, matcher, "");
    auto by_identity = ByIdentity(history->mentions);
    for (const auto& [identity, mentions] : by_identity) seen.insert(identity);
    Choice choice = Choose(seen, asked);
    if (choice.ambiguous) {
      answer.candidates = Candidates(by_identity);
      NotePronunciation(asked, seen, keys, &answer);
      return answer;
    }
    if (!choice.identity.empty())
      history = KeepMentioned(fetched, matcher, choice.identity);
    events = WholeEvents(*history, true, "");
  }
  answer.documents = fetched.matches;
  Describe(history->mentions, script, &answer);
  NotePronunciation(asked, seen, keys, &answer);
  // The page counts from the newest event.
  size_t n = events.size();
  size_t end = n - std::min(n, page.offset);
  size_t begin =
      page.limit == 0 ? 0 : n - std::min(n, page.offset + page.limit);
  answer.older = begin > 0 || !all_read;
  answer.events.assign(std::make_move_iterator(events.begin() + begin),
                       std::make_move_iterator(events.begin() + end));
  return answer;
}

}  // namespace annals::query
