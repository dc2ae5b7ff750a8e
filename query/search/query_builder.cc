// Building Xapian queries from the query AST.
#include "query/search/query_builder.h"

#include <algorithm>

#include "core/countries.h"
#include "core/database.h"
#include "core/glossary.h"
#include "core/person_name.h"
#include "core/schema.h"
#include "query/people/person_keys.h"
#include "query/people/person_lookup.h"
#include "query/search/concept_runs.h"

namespace annals::query {
namespace {

namespace schema = core::schema;
using core::Script;

// Bigram matches stand in for words the segmenter cut differently; they rank
// well below whole-word matches.
constexpr double kBigramWeight = 0.3;
// Above any realistic BM25 sum of a few words, so exact-name hits lead.
constexpr double kPersonBoost = 10.0;

// The non-empty pieces of `text` between spaces.
std::vector<std::string> SplitWords(const std::string& text) {
  std::vector<std::string> words;
  size_t start = 0;
  while (start < text.size()) {
    size_t cut = std::min(text.find(' ', start), text.size());
    if (cut > start) words.push_back(text.substr(start, cut - start));
    start = cut + 1;
  }
  return words;
}

std::string P(std::string_view prefix, const std::string& value) {
  return std::string(prefix) + value;
}

Xapian::Query Combine(Xapian::Query::op op,
                      const std::vector<Xapian::Query>& parts) {
  if (parts.empty()) return Xapian::Query();
  if (parts.size() == 1) return parts.front();
  return Xapian::Query(op, parts.begin(), parts.end());
}

}  // namespace

std::string WidenLowBound(const std::string& low) {
  if (low.size() != 8) return low;
  std::string widened = low;
  if (widened.substr(6) == "01") widened.replace(6, 2, "00");
  if (widened.substr(4) == "0100") widened.replace(4, 2, "00");
  return widened;
}

core::Result<BuiltQuery> QueryBuilder::Build(const QueryNode& root) const {
  BuiltQuery out;
  auto query = Node(root, &out);
  if (!query.ok()) return query.status();
  out.query = PersonBoost(root, *query);
  return out;
}

// When the free words of a query are a known person's name ("Li Xun",
// 李汛), documents naming that person rank first: a fixed weight for
// documents with the person term, added to the words' BM25 weight.
Xapian::Query QueryBuilder::PersonBoost(const QueryNode& root,
                                        const Xapian::Query& query) const {
  std::string name;
  auto add_word = [&](const QueryNode& node) {
    bool free_text =
        (node.kind == NodeKind::kWord || node.kind == NodeKind::kPhrase) &&
        node.field.empty();
    if (!free_text) return false;
    name += (name.empty() ? "" : " ") + node.text;
    return true;
  };
  if (root.kind == NodeKind::kAnd) {
    for (const QueryNode& child : root.children) {
      if (!add_word(child)) return query;
    }
  } else if (!add_word(root)) {
    return query;
  }
  // A name the archive writes so; an ASCII one keyed here. Words that only
  // sound like a name (结肠, "jie chang") boost nobody.
  auto indexed = IndexedKeysOfWrittenName(db_, name);
  std::vector<std::string> keys =
      indexed ? *indexed : std::vector<std::string>{core::PersonKey(name)};
  std::vector<Xapian::Query> terms;
  for (const std::string& key : keys) {
    std::string term = P(schema::kPrefixPerson, key);
    if (db_.term_exists(term)) terms.emplace_back(term);
  }
  if (terms.empty()) return query;
  // Owned by the query: Xapian deletes it when the query goes.
  auto* boost = new Xapian::FixedWeightPostingSource(kPersonBoost);
  Xapian::Query person(Xapian::Query::OP_FILTER,
                       Xapian::Query(boost->release()),
                       Combine(Xapian::Query::OP_OR, terms));
  return Xapian::Query(Xapian::Query::OP_AND_MAYBE, query, person);
}

core::Result<Xapian::Query> QueryBuilder::Node(const QueryNode& node,
                                               BuiltQuery* out) const {
  switch (node.kind) {
    case NodeKind::kWord:
    case NodeKind::kPhrase:
    case NodeKind::kWildcard:
      return Text(node, out);
    case NodeKind::kField:
      return Field(node, out);
    case NodeKind::kRange:
      return Range(node);
    case NodeKind::kAnd:
      return And(node, out);
    case NodeKind::kOr:
      return Or(node, out);
    case NodeKind::kNot:
      // A NOT outside an AND: everything but its operand.
      if (node.children.empty()) return Xapian::Query();
      {
        auto inner = Node(node.children.front(), out);
        if (!inner.ok()) return inner.status();
        return Xapian::Query(Xapian::Query::OP_AND_NOT, core::MatchEverything(),
                             *inner);
      }
  }
  return Xapian::Query();
}

std::vector<std::string> QueryBuilder::KeyWords(const std::string& key) const {
  // A key is stems joined by ' ', Han/Thai words glued; the database has
  // the glued glossary keys split (kMetaKeyWordsPrefix).
  std::vector<std::string> pieces = SplitWords(key);
  auto glued = [](const std::string& piece) {
    return core::IsUnspacedScript(core::TextAnalyzer::ScriptOf(piece));
  };
  if (std::none_of(pieces.begin(), pieces.end(), glued)) return pieces;
  std::string spaced =
      db_.get_metadata(std::string(schema::kMetaKeyWordsPrefix) + key);
  if (!spaced.empty()) return SplitWords(spaced);
  std::vector<std::string> words;  // an older database: segment the pieces
  for (const std::string& piece : pieces) {
    if (!glued(piece)) {
      words.push_back(piece);
      continue;
    }
    for (const core::Token& token : analyzer_.Analyze(piece))
      words.push_back(token.stem);
  }
  return words;
}

Xapian::Query QueryBuilder::Synonyms(const std::string& key,
                                     const std::string& prefix,
                                     BuiltQuery* out) const {
  std::vector<Xapian::Query> alternatives;
  for (auto it = db_.synonyms_begin(key); it != db_.synonyms_end(key); ++it) {
    std::vector<std::string> words = KeyWords(*it);
    std::vector<Xapian::Query> parts;
    for (const std::string& word : words) parts.emplace_back(prefix + word);
    alternatives.push_back(Combine(Xapian::Query::OP_PHRASE, parts));
    out->explanations.push_back("\"" + key + "\" also matches its synonym \"" +
                                *it + "\"");
    out->highlight_stems.insert(words.begin(), words.end());
  }
  return Combine(Xapian::Query::OP_OR, alternatives);
}

Xapian::Query QueryBuilder::ConceptQuery(const std::string& key) const {
  if (db_.get_metadata(std::string(schema::kMetaConceptTerms)) != "1")
    return Xapian::Query();
  // The concept term is named by the canonical form, one of the key and
  // its synonyms (two, for a key that two concepts share).
  std::vector<std::string> forms = {key};
  for (auto it = db_.synonyms_begin(key); it != db_.synonyms_end(key); ++it)
    forms.push_back(*it);
  std::vector<Xapian::Query> terms;
  for (const std::string& form : forms) {
    std::string term = P(schema::kPrefixConcept, form);
    if (db_.term_exists(term)) terms.emplace_back(term);
  }
  return Combine(Xapian::Query::OP_SYNONYM, terms);
}

Xapian::Query QueryBuilder::Text(const QueryNode& node, BuiltQuery* out) const {
  std::string prefix =
      node.field == "title" ? std::string(schema::kPrefixTitle) : "";
  if (node.kind == NodeKind::kWildcard) {
    std::string stem = analyzer_.Normalize(node.text);
    out->explanations.push_back("wildcard " + stem +
                                "* expands over indexed words");
    return Xapian::Query(Xapian::Query::OP_WILDCARD, prefix + stem, 200,
                         Xapian::Query::WILDCARD_LIMIT_MOST_FREQUENT);
  }
  std::vector<core::Token> tokens = analyzer_.Analyze(node.text);
  if (tokens.empty()) return Xapian::Query();
  std::vector<Xapian::Query> words;
  std::string run;  // the Han/Thai text, for the bigram fallback
  bool all_run_script = true;
  for (const core::Token& token : tokens) {
    words.emplace_back(prefix + token.stem, 1, token.position);
    out->highlight_stems.insert(token.stem);
    // A word of a glossary name is no misspelling ("fine" in "fine needle
    // aspiration" must not become "five").
    if (node.kind == NodeKind::kWord && !core::IsUnspacedScript(token.script) &&
        !core::Glossary::Default().HasFormWord(token.stem)) {
      out->free_words.push_back(token.term);
    }
    if (core::IsUnspacedScript(token.script))
      run += token.term;
    else
      all_run_script = false;
  }
  Xapian::Query query = Combine(Xapian::Query::OP_PHRASE, words);
  std::string key = core::JoinTokens(tokens, 0, tokens.size());
  Xapian::Query synonyms = Synonyms(key, prefix, out);
  // A synonym counts as the word itself for weighting, so a document is
  // not ranked up for using many of a concept's names. The index counts a
  // concept's mentions under all its names in one term (not for titles):
  // one posting list instead of a phrase match per name.
  Xapian::Query named_concept =
      synonyms.empty() || !prefix.empty() ? Xapian::Query() : ConceptQuery(key);
  if (!named_concept.empty()) {
    query = named_concept;
  } else if (!synonyms.empty()) {
    query = Xapian::Query(Xapian::Query::OP_SYNONYM, query, synonyms);
  }
  std::vector<Xapian::Query> alternatives = {query};
  if (all_run_script && prefix.empty()) {
    std::vector<Xapian::Query> bigrams;
    for (const std::string& bigram : core::TextAnalyzer::Bigrams(run)) {
      bigrams.emplace_back(P(schema::kPrefixBigram, bigram));
    }
    alternatives.emplace_back(Xapian::Query::OP_SCALE_WEIGHT,
                              Combine(Xapian::Query::OP_AND, bigrams),
                              kBigramWeight);
  }
  return Combine(Xapian::Query::OP_OR, alternatives);
}

core::Result<Xapian::Query> QueryBuilder::Field(const QueryNode& node,
                                                BuiltQuery* out) const {
  const std::string& f = node.field;
  std::vector<Xapian::Query> terms;
  if (f == "person") {
    // The same resolution as `annals-query person`
    // (query/people/person_lookup.h).
    ResolvedName resolved = ResolvePersonName(db_, node.text);
    terms.push_back(PersonQuery(db_, resolved));
    for (const std::string& key : resolved.keys) {
      out->person_keys.push_back(key);
      out->explanations.push_back("person:" + node.text +
                                  " looks up the name key \"" + key + "\"");
    }
  } else if (f == "country") {
    std::string code = core::CountryGazetteer::Default().Lookup(node.text);
    if (code.empty()) {
      return core::Status::Invalid("query:" + std::to_string(node.position) +
                                   ": unknown country \"" + node.text + "\"");
    }
    terms.emplace_back(P(schema::kPrefixCountry, code));
    out->explanations.push_back("country:" + node.text + " is " + code);
  } else if (f == "topic") {
    std::string key = core::Glossary::Default().TopicKey(analyzer_, node.text);
    terms.emplace_back(P(schema::kPrefixTopic, key));
    out->explanations.push_back("topic:" + node.text + " is the topic \"" +
                                key + "\"");
  } else if (f == "type") {
    terms.emplace_back(P(schema::kPrefixType, node.text));
  } else if (f == "lang") {
    terms.emplace_back(P(schema::kPrefixLanguage, node.text));
  }
  // Field terms filter; they add no weight of their own.
  return Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT,
                       Combine(Xapian::Query::OP_OR, terms), 0.0);
}

Xapian::Query QueryBuilder::Range(const QueryNode& node) const {
  unsigned slot = schema::SlotNumber(schema::Slot::kEventDate);
  std::string low = WidenLowBound(node.range_low);
  std::string high = node.range_high;
  // Whole years ("year:2018..2024") are a union of year terms: posting
  // lists, where a value range would read every candidate's date.
  bool whole_years = low.size() == 8 && high.size() == 8 &&
                     low.compare(4, 4, "0000") == 0 &&
                     high.compare(4, 4, "1231") == 0;
  if (whole_years) {
    std::vector<Xapian::Query> years;
    for (int year = std::stoi(low.substr(0, 4));
         year <= std::stoi(high.substr(0, 4)); ++year) {
      years.emplace_back(P(schema::kPrefixYear, std::to_string(year)));
    }
    return Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT,
                         Combine(Xapian::Query::OP_OR, years), 0.0);
  }
  if (low.empty()) return Xapian::Query(Xapian::Query::OP_VALUE_LE, slot, high);
  if (high.empty()) return Xapian::Query(Xapian::Query::OP_VALUE_GE, slot, low);
  return Xapian::Query(Xapian::Query::OP_VALUE_RANGE, slot, low, high);
}

core::Result<Xapian::Query> QueryBuilder::And(const QueryNode& node,
                                              BuiltQuery* out) const {
  std::vector<Xapian::Query> positive;
  std::vector<Xapian::Query> negative;
  const core::Glossary& glossary = core::Glossary::Default();
  std::vector<QueryNode> children =
      GroupConceptRuns(node.children, analyzer_, glossary);
  for (const QueryNode& child : children) {
    if (child.glossary_name) {
      std::string key = core::Glossary::FormKey(analyzer_, child.text);
      out->explanations.push_back("\"" + child.text +
                                  "\" is the glossary concept " +
                                  glossary.DisplayName(key));
    }
    bool is_not = child.kind == NodeKind::kNot && !child.children.empty();
    auto query = Node(is_not ? child.children.front() : child, out);
    if (!query.ok()) return query;
    if (query->empty()) continue;
    (is_not ? negative : positive).push_back(*query);
  }
  Xapian::Query query = Combine(Xapian::Query::OP_AND, positive);
  if (query.empty()) query = core::MatchEverything();
  for (const Xapian::Query& excluded : negative) {
    query = Xapian::Query(Xapian::Query::OP_AND_NOT, query, excluded);
  }
  return query;
}

core::Result<Xapian::Query> QueryBuilder::Or(const QueryNode& node,
                                             BuiltQuery* out) const {
  std::vector<Xapian::Query> required;
  std::vector<Xapian::Query> optional;
  std::vector<Xapian::Query> excluded;
  for (const QueryNode& child : node.children) {
    bool is_not = child.kind == NodeKind::kNot && !child.children.empty();
    auto query = Node(is_not ? child.children.front() : child, out);
    if (!query.ok()) return query;
    if (query->empty()) continue;
    if (is_not)
      excluded.push_back(*query);
    else
      (child.required ? required : optional).push_back(*query);
  }
  Xapian::Query query;
  if (required.empty()) {
    query = Combine(Xapian::Query::OP_OR, optional);
  } else {
    query = Combine(Xapian::Query::OP_AND, required);
    if (!optional.empty()) {
      query = Xapian::Query(Xapian::Query::OP_AND_MAYBE, query,
                            Combine(Xapian::Query::OP_OR, optional));
    }
  }
  for (const Xapian::Query& q : excluded) {
    if (query.empty()) query = core::MatchEverything();
    query = Xapian::Query(Xapian::Query::OP_AND_NOT, query, q);
  }
  return query;
}

}  // namespace annals::query
