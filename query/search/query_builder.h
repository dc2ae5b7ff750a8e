// Query AST (query/language/query_ast.h) -> Xapian::Query, through the same
// analyzer the indexer used, the glossary's synonyms and the person/country
// keys.
#pragma once

#include <xapian.h>

#include <set>
#include <string>
#include <vector>

#include "core/status.h"
#include "core/text_analyzer.h"
#include "query/language/query_ast.h"

namespace annals::query {

struct BuiltQuery {
  Xapian::Query query;
  std::set<std::string> highlight_stems;  // stems that a snippet should mark
  std::vector<std::string> free_words;    // normalised free words, for spelling
  std::vector<std::string> explanations;
  std::vector<std::string> person_keys;  // keys looked up by person:  // "ERCP:
                                         // synonym ЭРХПГ", "person:..."
};

class QueryBuilder {
 public:
  QueryBuilder(const core::TextAnalyzer& analyzer, const Xapian::Database& db)
      : analyzer_(analyzer), db_(db) {}

  // Errors: a field value that names nothing (unknown country).
  core::Result<BuiltQuery> Build(const QueryNode& root) const;

 private:
  Xapian::Query PersonBoost(const QueryNode& root,
                            const Xapian::Query& query) const;
  core::Result<Xapian::Query> Node(const QueryNode& node,
                                   BuiltQuery* out) const;
  Xapian::Query Text(const QueryNode& node, BuiltQuery* out) const;
  core::Result<Xapian::Query> Field(const QueryNode& node,
                                    BuiltQuery* out) const;
  Xapian::Query Range(const QueryNode& node) const;
  core::Result<Xapian::Query> And(const QueryNode& node, BuiltQuery* out) const;
  core::Result<Xapian::Query> Or(const QueryNode& node, BuiltQuery* out) const;
  Xapian::Query Synonyms(const std::string& key, const std::string& prefix,
                         BuiltQuery* out) const;
  // The words of a glossary key (see core::JoinTokens), in order.
  std::vector<std::string> KeyWords(const std::string& key) const;
  // The concept terms of the glossary concept(s) `key` names, or an empty
  // query when the database has none for it.
  Xapian::Query ConceptQuery(const std::string& key) const;

  const core::TextAnalyzer& analyzer_;
  const Xapian::Database& db_;
};

// The event-date slot bounds of a range: a lower bound on the first of a
// month or year also takes the partial dates of that month or year.
std::string WidenLowBound(const std::string& low);

}  // namespace annals::query
