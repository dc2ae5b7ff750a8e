// The abstract syntax tree of the Annals query language: what ParseQuery()
// (query/language/query_parser.h) produces and query_builder turns into a
// Xapian::Query. Plain data, no Xapian or ICU types.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace annals::query {

enum class NodeKind {
  kWord,      // text = a maximal run of non-space, non-syntax characters
  kPhrase,    // text = the words between quotes, runs of spaces made one
  kWildcard,  // text = the prefix before the trailing '*'
  kField,     // field = person|country|topic|type|lang, text = the value
  kAnd,       // children, at least two
  kOr,        // children, at least two
  kNot,       // one child; inside an AND it means AND_NOT
  kRange,     // field = year|date, range_low/range_high
};

struct QueryNode {
  NodeKind kind = NodeKind::kWord;
  // kWord / kPhrase / kWildcard / kField: the text as typed (quotes removed).
  // type: and lang: values are lower-cased.
  std::string text;
  // "" for free text; else the lower-case field name: title (on kWord,
  // kPhrase, kWildcard), person country topic type lang (kField), year date
  // (kRange).
  std::string field;
  // kRange: inclusive "YYYYMMDD" bounds, "" = open. year:2019..2021 ->
  // "20190101".."20211231"; date:2024-03 -> "20240301".."20240331".
  std::string range_low, range_high;
  // required: written as "+x". excluded: set on the kNot made from "-x"
  // (a kNot from "NOT x" has excluded = false).
  bool required = false, excluded = false;
  // A kPhrase made of free words that write a glossary name of several
  // words (query/search/concept_runs.h), not one the user quoted.
  bool glossary_name = false;
  std::vector<QueryNode> children;  // kAnd / kOr / kNot
  size_t position = 0;  // 1-based code point position in the query text
};

}  // namespace annals::query
