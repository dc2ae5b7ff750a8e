// Search: parse, build, match, and turn the MSet into plain results.
#include "query/search/searcher.h"

#include <algorithm>
#include <future>
#include <limits>
#include <memory>

#include "core/database.h"
#include "core/person_name.h"
#include "core/record.h"
#include "core/schema.h"
#include "query/language/query_parser.h"
#include "query/search/facet_table.h"
#include "query/search/facets.h"
#include "query/search/query_builder.h"
#include "query/search/snippet.h"
#include "query/search/spelling.h"
#include "query/search/split_match.h"

namespace annals::query {
namespace {

namespace schema = core::schema;

// Why a document matched: how its event date
// was found, and for person: queries which name in it (and where) matched.
std::vector<std::string> Explain(const core::StoredDocument& stored,
                                 const BuiltQuery& built) {
  std::vector<std::string> why;  // the query's own expansions print once
  const core::Record& r = stored.record;
  if (!stored.event_date_rule.empty()) {
    why.push_back("event date " + r.event_date + ": " + stored.event_date_rule);
  }
  for (const core::Fact& fact : stored.facts) {
    if (fact.kind == "event-date")
      why.push_back("  from " + fact.source + ": " + fact.rule);
  }
  for (const core::Person& person : r.people) {
    std::vector<std::string> names = person.names;
    names.push_back(person.name);
    for (const std::string& name : names) {
      std::string key = core::PersonKey(name);
      if (std::find(built.person_keys.begin(), built.person_keys.end(), key) ==
          built.person_keys.end()) {
        continue;
      }
      std::string where = person.line > 0
                              ? core::SourceAt(r.source, person.line)
                              : core::SourceOf(r);
      why.push_back("names \"" + name + "\" (key \"" + key + "\") at " + where);
    }
  }
  return why;
}

Hit MakeHit(const Xapian::MSetIterator& it, size_t rank,
            const BuiltQuery& built, const SnippetMaker& snippets,
            const SearchOptions& options) {
  Hit hit;
  hit.rank = static_cast<int>(rank);
  hit.score = it.get_weight();
  Xapian::Document doc = it.get_document();
  auto stored = core::FromStored(
      doc.get_data(),
      doc.get_value(schema::SlotNumber(schema::Slot::kSummary)));
  if (!stored.ok()) return hit;
  const core::Record& r = stored->record;
  hit.id = r.id;
  hit.type = core::DocTypeName(r.type);
  hit.title = r.title;
  hit.date = r.event_date;
  hit.published = r.published;
  hit.lang = doc.get_value(schema::SlotNumber(schema::Slot::kLanguage));
  hit.source = core::SourceOf(r);
  hit.event_key = doc.get_value(schema::SlotNumber(schema::Slot::kEventKey));
  std::string text = r.body.empty() ? r.title : r.body;
  hit.snippet = snippets.Make(text);
  if (options.explain) hit.why = Explain(*stored, built);
  return hit;
}

void CollectFacets(const Xapian::ValueCountMatchSpy& years,
                   const Xapian::ValueCountMatchSpy& types,
                   const MultiValueCountSpy& countries,
                   const MultiValueCountSpy& roles, Facets* facets) {
  for (auto it = years.values_begin(); it != years.values_end(); ++it) {
    (*facets)["year"][*it] = it.get_termfreq();
  }
  for (auto it = types.values_begin(); it != types.values_end(); ++it) {
    (*facets)["type"][*it] = it.get_termfreq();
  }
  (*facets)["country"] = countries.counts();
  (*facets)["role"] = roles.counts();
}

void CollapseByEvent(std::vector<Hit>* hits) {
  std::vector<Hit> kept;
  for (Hit& hit : *hits) {
    Hit* same = nullptr;
    for (Hit& k : kept) {
      if (!hit.event_key.empty() && k.event_key == hit.event_key) same = &k;
    }
    if (same != nullptr) {
      same->also.push_back(hit.id);
    } else {
      kept.push_back(std::move(hit));
    }
  }
  for (size_t i = 0; i < kept.size(); ++i)
    kept[i].rank = static_cast<int>(i) + 1;
  *hits = std::move(kept);
}

// Runs `body` through core::CatchXapian; when a writer's commits replaced
// the revision `db` was reading, reopens `db` on the latest revision and
// runs `body` again, at most kReadAttempts times. Xapian 1.4 reports that
// as DatabaseModifiedError, or, when it meets a block the newer revision
// reused before it notices, as another DatabaseError ("Expected block N to
// be level 1, not 0", "EOF reading block N"); any of them is retried only
// when the database did change, so a real fault is still reported. A writer
// committing every few milliseconds (a small --commit-every on a fast
// machine) can discard two revisions during one slow attempt, several times
// running when the machine is loaded; each attempt costs only the query's
// own time.
constexpr int kReadAttempts = 20;

// Reopens `db` (a copy shares its state); true when it may have changed.
bool Reopened(const Xapian::Database& db) {
  try {
    return Xapian::Database(db).reopen();
  } catch (const Xapian::DatabaseError&) {
    return true;  // caught in the middle of a commit: try again
  }
}

template <typename Body>
core::Status CatchXapianReopening(const Xapian::Database& db,
                                  const std::string& context, Body&& body) {
  for (int attempt = 1;; ++attempt) {
    bool retry = false;
    core::Status status = core::CatchXapian(context, [&] {
      try {
        body();
      } catch (const Xapian::DatabaseError&) {
        if (attempt >= kReadAttempts || !Reopened(db)) throw;
        retry = true;
      }
    });
    if (!retry) return status;
  }
}

// Whether matching `query` checks word positions (a phrase or NEAR).
bool ReadsPositions(const Xapian::Query& query) {
  Xapian::Query::op type = query.get_type();
  if (type == Xapian::Query::OP_PHRASE || type == Xapian::Query::OP_NEAR)
    return true;
  for (size_t i = 0; i < query.get_num_subqueries(); ++i)
    if (ReadsPositions(query.get_subquery(i))) return true;
  return false;
}

// What a match gave, whichever way it was made.
struct Matched {
  std::vector<Xapian::MSetIterator> items;  // from the offset on
  Xapian::doccount total = 0;
  bool total_exact = false;
  Facets facets;
};

// The spy that counts facets from the combined slot: through the caller's
// FacetTable when it is up to date with `db`.
std::unique_ptr<FacetCounter> MakeFacetCounter(const FacetTable* table) {
  if (table != nullptr) return std::make_unique<TableFacetSpy>(*table);
  return std::make_unique<CombinedFacetSpy>();
}

void SetOrder(const SearchOptions& options, Xapian::Enquire* enquire) {
  if (options.sort_by_date) {
    enquire->set_sort_by_value_then_relevance(
        schema::SlotNumber(schema::Slot::kEventDate), true);
  }
}

// One match on `db`; facets from the combined slot when `combined_slot`,
// else from the four slots of older databases.
Matched MatchWhole(const Xapian::Database& db, const Xapian::Query& query,
                   const SearchOptions& options, Xapian::doccount wanted,
                   bool combined_slot, const FacetTable* table) {
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  SetOrder(options, &enquire);
  Xapian::ValueCountMatchSpy years(schema::SlotNumber(schema::Slot::kYear));
  Xapian::ValueCountMatchSpy types(schema::SlotNumber(schema::Slot::kType));
  MultiValueCountSpy countries(schema::SlotNumber(schema::Slot::kCountries));
  MultiValueCountSpy roles(schema::SlotNumber(schema::Slot::kRoles));
  std::unique_ptr<FacetCounter> combined = MakeFacetCounter(table);
  // A hundred documents past the page are checked, so that a total under
  // that is exact; except for phrases, whose checks read positions: for
  // a phrase of frequent words that cost up to three times as much (5 ->
  // 15 ms at 100,000 documents) and gave the same rounded estimate.
  Xapian::doccount check_at_least =
      options.offset + wanted + (ReadsPositions(query) ? 0 : 100);
  if (options.facets) {
    if (combined_slot) {
      enquire.add_matchspy(combined.get());
    } else {
      enquire.add_matchspy(&years);
      enquire.add_matchspy(&types);
      enquire.add_matchspy(&countries);
      enquire.add_matchspy(&roles);
    }
    check_at_least = db.get_doccount();  // exact counts
  }
  Xapian::MSet mset = enquire.get_mset(options.offset, wanted, check_at_least);
  Matched matched;
  for (auto it = mset.begin(); it != mset.end(); ++it)
    matched.items.push_back(it);
  matched.total = mset.get_matches_estimated();
  matched.total_exact =
      mset.get_matches_lower_bound() == mset.get_matches_upper_bound();
  if (options.facets && combined_slot) {
    matched.facets = combined->Counts();
  } else if (options.facets) {
    CollectFacets(years, types, countries, roles, &matched.facets);
  }
  return matched;
}

// Every match counted with facets, the lower half of the document ids on
// `db` and the upper half on `partner` in another thread (see
// query/search/split_match.h).
Matched MatchHalves(const Xapian::Database& db, Xapian::Database& partner,
                    const Xapian::Query& query, const SearchOptions& options,
                    Xapian::doccount wanted, const FacetTable* table) {
  auto match_half = [&](const Xapian::Database& handle,
                        const Xapian::Query& half_query, Xapian::docid first,
                        Xapian::docid last, FacetCounter* spy) {
    DocidRangeSource range(first, last);
    Xapian::Enquire enquire(handle);
    enquire.set_query(Xapian::Query(Xapian::Query::OP_FILTER, half_query,
                                    Xapian::Query(&range)));
    SetOrder(options, &enquire);
    enquire.add_matchspy(spy);
    return enquire.get_mset(0, options.offset + wanted, handle.get_doccount());
  };
  Xapian::docid upper_start = UpperHalfStart(db);
  // Xapian counts references to a query's parts without atomics: the other
  // thread gets a copy that shares none.
  Xapian::Query upper_query = Xapian::Query::unserialise(query.serialise());
  std::unique_ptr<FacetCounter> lower_spy = MakeFacetCounter(table);
  std::unique_ptr<FacetCounter> upper_spy = MakeFacetCounter(table);
  Facets upper_facets;  // counted in the other thread too
  // Joined before this function returns, also when the lower half throws.
  std::future<Xapian::MSet> upper = std::async(std::launch::async, [&] {
    Xapian::MSet mset =
        match_half(partner, upper_query, upper_start,
                   std::numeric_limits<Xapian::docid>::max(), upper_spy.get());
    upper_facets = upper_spy->Counts();
    return mset;
  });
  Xapian::MSet lower =
      match_half(db, query, 1, upper_start - 1, lower_spy.get());
  Facets lower_facets = lower_spy->Counts();
  Xapian::MSet upper_mset = upper.get();
  Matched matched;
  matched.items = MergeHalves(lower, upper_mset, options.sort_by_date,
                              options.offset, wanted);
  matched.total =
      lower.get_matches_estimated() + upper_mset.get_matches_estimated();
  matched.total_exact = true;  // every document was checked
  matched.facets = std::move(lower_facets);
  AddFacets(upper_facets, &matched.facets);
  return matched;
}

// One search of `query_text`, with its spelling suggestion.
core::Result<SearchResult> SearchAsTyped(const Xapian::Database& db,
                                         const std::string& query_text,
                                         const SearchOptions& options) {
  auto tree = ParseQuery(query_text);
  if (!tree.ok()) return tree.status();
  SearchResult result;
  result.query = query_text;
  core::Status build_status;
  core::Status status = CatchXapianReopening(db, "search", [&] {
    result.hits.clear();  // from an attempt on an older revision
    QueryBuilder builder(core::TextAnalyzer::Default(), db);
    auto built = builder.Build(*tree);
    if (!built.ok()) {
      build_status = built.status();
      return;
    }
    // Databases written before the combined slot: the four slots.
    bool combined_slot =
        options.facets &&
        db.get_value_freq(schema::SlotNumber(schema::Slot::kFacets)) ==
            db.get_doccount();
    size_t fetch = options.by_event ? options.limit * 4 : options.limit;
    // Asked for no hits (a count), Xapian 1.4 estimates phrase matches by
    // checking far more documents than for one hit: 87 ms instead of 3 for
    // a two-word phrase at 100k documents. So one is fetched and not shown.
    Xapian::doccount wanted = std::max<size_t>(fetch, 1);
    bool split = combined_slot && options.aids.counting_partner != nullptr &&
                 CanSplit(db, *options.aids.counting_partner,
                          options.split_min_documents);
    const FacetTable* table = combined_slot &&
                                      options.aids.facet_table != nullptr &&
                                      options.aids.facet_table->Refresh(db)
                                  ? options.aids.facet_table
                                  : nullptr;
    Matched matched = split ? MatchHalves(db, *options.aids.counting_partner,
                                          built->query, options, wanted, table)
                            : MatchWhole(db, built->query, options, wanted,
                                         combined_slot, table);
    result.total = matched.total;
    result.total_exact = matched.total_exact;
    result.facets = std::move(matched.facets);
    SnippetMaker snippets(core::TextAnalyzer::Default(),
                          built->highlight_stems);
    for (size_t i = 0; i < matched.items.size() && fetch > 0; ++i) {
      result.hits.push_back(MakeHit(matched.items[i], options.offset + i + 1,
                                    *built, snippets, options));
    }
    if (options.by_event) {
      CollapseByEvent(&result.hits);
      if (result.hits.size() > options.limit) result.hits.resize(options.limit);
    }
    result.suggestion = SpellingSuggestion(db, query_text, *built);
    if (options.explain) result.explanations = built->explanations;
  });
  if (!build_status.ok()) return build_status;
  if (!status.ok()) return status;
  return result;
}

}  // namespace

core::Result<SearchResult> Search(const Xapian::Database& db,
                                  const std::string& query_text,
                                  const SearchOptions& options) {
  auto result = SearchAsTyped(db, query_text, options);
  if (!result.ok() || !options.correct || result->total > 0 ||
      result->suggestion.empty()) {
    return result;
  }
  // Zero-hit correction: a query that matches nothing answers its spelling
  // suggestion instead, when that matches something.
  auto corrected = SearchAsTyped(db, result->suggestion, options);
  if (!corrected.ok() || corrected->total == 0) return result;
  corrected->corrected = corrected->query;
  corrected->query = query_text;
  corrected->suggestion.clear();
  return corrected;
}

}  // namespace annals::query
