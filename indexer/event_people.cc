// Aligning the people of one event across the scripts its documents use.
#include "indexer/event_people.h"

#include <xapian.h>

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "core/database.h"
#include "core/person_name.h"
#include "core/person_terms.h"
#include "core/record_json.h"
#include "core/schema.h"

namespace annals::indexer {
namespace {

namespace schema = core::schema;

struct EventDoc {
  size_t shard = 0;
  Xapian::docid id = 0;  // in its shard
  core::StoredDocument stored;
};

// A person's best spelling (core::IdentityRank).
const std::string& BestName(const core::Person& p) {
  const std::string* best = &p.name;
  for (const std::string& n : p.names)
    if (core::IdentityRank(n) < core::IdentityRank(*best)) best = &n;
  return *best;
}

// (document, person) -> the identity names other documents give it.
using Proposals =
    std::map<std::pair<size_t, size_t>, std::map<std::string, std::string>>;

// Pairs the transliterated people of doc a with the people of doc b.
void Propose(const std::vector<EventDoc>& docs, size_t a, size_t b,
             Proposals* out) {
  const auto& pa = docs[a].stored.record.people;
  const auto& pb = docs[b].stored.record.people;
  bool transliterated = std::any_of(pa.begin(), pa.end(), [](const auto& p) {
    return core::IdentityRank(BestName(p)) == 3;
  });
  if (!transliterated) return;
  std::vector<std::string> names_a, names_b;
  for (const core::Person& p : pa) names_a.push_back(BestName(p));
  for (const core::Person& p : pb) names_b.push_back(BestName(p));
  for (auto [i, j] : core::AlignNamesAcrossScripts(names_a, names_b)) {
    if (core::IdentityRank(names_a[i]) < 3 ||
        core::IdentityRank(names_b[j]) == 3)
      continue;
    std::string key = core::CachedPersonKey(names_b[j]);
    if (key.empty() || key == core::CachedPersonKey(names_a[i])) continue;
    // Several documents may offer one identity under different spellings
    // (Li Xun, 李汛): keep the best-ranked one, then the smallest, so that
    // the result does not depend on the order documents were numbered in.
    auto [at, added] = (*out)[{a, i}].emplace(key, names_b[j]);
    if (!added &&
        std::make_pair(core::IdentityRank(names_b[j]), names_b[j]) <
            std::make_pair(core::IdentityRank(at->second), at->second))
      at->second = names_b[j];
  }
}

void AddTermIfFits(Xapian::Document* doc, std::string_view prefix,
                   const std::string& body) {
  std::string term = std::string(prefix) + body;
  if (term.size() <= schema::kMaxTermBytes) doc->add_boolean_term(term);
}

void RemoveTermIfPresent(Xapian::Document* doc, std::string_view prefix,
                         const std::string& body) {
  std::string term = std::string(prefix) + body;
  Xapian::TermIterator it = doc->termlist_begin();
  it.skip_to(term);
  if (it != doc->termlist_end() && *it == term) doc->remove_term(term);
}

// Gives person `index` of the document the alias `name` and files the
// person under its new identity key instead of the old one.
void Rekey(core::StoredDocument* stored, size_t index, const std::string& name,
           Xapian::Document* doc) {
  auto& people = stored->record.people;
  core::Person& person = people[index];
  std::vector<std::string> old_keys = core::PersonIndexKeys(person);
  person.names.push_back(name);
  person.keys.clear();
  std::vector<std::string> keys = core::PersonIndexKeys(person);
  std::set<std::string> others;
  for (size_t i = 0; i < people.size(); ++i) {
    if (i == index) continue;
    for (std::string& k : core::PersonIndexKeys(people[i])) others.insert(k);
  }
  std::string month = core::EventMonth(stored->record.event_date);
  std::string han = core::HanIdentity(person);
  for (const std::string& key : old_keys) {
    if (others.count(key) ||
        std::find(keys.begin(), keys.end(), key) != keys.end())
      continue;
    RemoveTermIfPresent(doc, schema::kPrefixPerson, key);
    RemoveTermIfPresent(doc, schema::kPrefixPersonMonth,
                        core::MonthTermBody(key, month));
    if (!han.empty())
      RemoveTermIfPresent(doc, schema::kPrefixPersonIdentity,
                          core::IdentityTermBody(key, han));
  }
  for (const std::string& key : keys) {
    AddTermIfFits(doc, schema::kPrefixPerson, key);
    AddTermIfFits(doc, schema::kPrefixPersonMonth,
                  core::MonthTermBody(key, month));
    if (!han.empty())
      AddTermIfFits(doc, schema::kPrefixPersonIdentity,
                    core::IdentityTermBody(key, han));
  }
  for (const std::string* n : {&std::as_const(person.name), &name}) {
    std::string written = core::WrittenName(*n);
    if (!written.empty() && !keys.empty())
      AddTermIfFits(doc, schema::kPrefixPersonName,
                    core::WrittenNameTermBody(written, keys.front()));
  }
}

}  // namespace

core::Result<size_t> AlignEventPeople(const std::vector<std::string>& shards) {
  size_t changed = 0;
  if (shards.empty()) return changed;
  // shard -> document -> (person, alias)
  std::map<size_t,
           std::map<Xapian::docid, std::vector<std::pair<size_t, std::string>>>>
      edits;
  core::Status status = core::CatchXapian(shards.front(), [&] {
    Xapian::Database all;
    for (const std::string& path : shards)
      all.add_database(Xapian::Database(path));
    const size_t n = shards.size();
    std::string prefix(schema::kPrefixEvent);
    const unsigned summary_slot = schema::SlotNumber(schema::Slot::kSummary);
    const unsigned language_slot = schema::SlotNumber(schema::Slot::kLanguage);
    for (auto t = all.allterms_begin(prefix); t != all.allterms_end(prefix);
         ++t) {
      if (t.get_termfreq() < 2) continue;
      std::vector<EventDoc> docs;
      std::set<std::string> languages;
      for (auto p = all.postlist_begin(*t); p != all.postlist_end(*t); ++p) {
        Xapian::Document d = all.get_document(*p);
        languages.insert(d.get_value(language_slot));
        auto stored = core::FromJson(d.get_value(summary_slot));
        if (!stored.ok()) continue;
        docs.push_back({(*p - 1) % n,
                        static_cast<Xapian::docid>((*p - 1) / n + 1),
                        std::move(stored).value()});
      }
      if (languages.size() < 2) continue;
      Proposals proposals;
      for (size_t a = 0; a < docs.size(); ++a)
        for (size_t b = 0; b < docs.size(); ++b)
          if (a != b) Propose(docs, a, b, &proposals);
      for (const auto& [where, keys] : proposals) {
        if (keys.size() != 1) continue;  // two identities offered: neither
        const EventDoc& doc = docs[where.first];
        edits[doc.shard][doc.id].emplace_back(where.second,
                                              keys.begin()->second);
      }
    }
  });
  if (!status.ok()) return status;
  for (const auto& shard_edits : edits) {
    // Named copies, not the structured binding: clang 14 refuses to capture
    // a binding in a lambda.
    const size_t shard = shard_edits.first;
    const auto& docs = shard_edits.second;
    status = core::CatchXapian(shards[shard], [&] {
      Xapian::WritableDatabase db(shards[shard], Xapian::DB_OPEN);
      for (const auto& [id, people] : docs) {
        Xapian::Document doc = db.get_document(id);
        auto stored = core::FromStored(
            doc.get_data(),
            doc.get_value(schema::SlotNumber(schema::Slot::kSummary)));
        if (!stored.ok()) continue;
        for (const auto& [index, name] : people) {
          if (index < stored->record.people.size())
            Rekey(&stored.value(), index, name, &doc);
        }
        doc.add_value(schema::SlotNumber(schema::Slot::kSummary),
                      core::SummaryJson(*stored));
        db.replace_document(id, doc);
        ++changed;
      }
      db.commit();
    });
    if (!status.ok()) return status;
  }
  return changed;
}

}  // namespace annals::indexer
