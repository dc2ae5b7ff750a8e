// The query language parser: the text a user types after
// `annals-query search` -> a QueryNode tree (query/language/query_ast.h).
//
// Language summary (README.md, "Searching", has the user's version):
//   words            ERCP training         implicit AND; any script
//   phrases          "Li Xun"  “Li Xun”  ＂Li Xun＂
//   operators        AND OR NOT (upper case), +x required, -x excluded, ( )
//                    precedence NOT > AND (explicit or implicit) > OR
//   wildcards        endosc*               only at the end of a word
//   fields           title:x title:"a b" person: country: topic: lang:
//                    type:course|news  year:2019..2021  date:2024-03..
// `name:` is a field only when name is all ASCII letters and the colon is
// not followed by '/' or ':' (so http://x, std::x and 08:15 are words).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "core/status.h"
#include "query/language/query_ast.h"

namespace annals::query {

// Parentheses nested deeper than this are an error (the parser recurses
// once per level).
inline constexpr size_t kMaxQueryDepth = 100;

// Parses the query language above in time linear in the text's length.
// Errors (kInvalidInput) read "query:POS: cause" with POS the 1-based code
// point position of the problem: invalid UTF-8, empty query, unbalanced
// quote or parenthesis, an operator without an operand, nesting deeper than
// kMaxQueryDepth, a misplaced '*', an unknown field or a bad field value, and
// a query without any positive term. Control characters count as spaces.
core::Result<QueryNode> ParseQuery(std::string_view text);

}  // namespace annals::query
