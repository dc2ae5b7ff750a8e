// Spelling suggestions for a query's unknown free words, from the spelling
// table the indexer writes. The suggestion is the query as typed with only
// those words replaced, so operators, fields and quotes keep their meaning
// when it is run (zero-hit correction, query/search/searcher.cc).
#pragma once

#include <xapian.h>

#include <string>

#include "query/search/query_builder.h"

namespace annals::query {

// The query text with each free word that the index lacks replaced by the
// spelling table's suggestion, or "" when nothing would change. Words of
// glossary names are never among the free words
// (query/search/query_builder.cc).
std::string SpellingSuggestion(const Xapian::Database& db,
                               const std::string& text,
                               const BuiltQuery& built);

}  // namespace annals::query
