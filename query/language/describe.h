// A stable one-line description of a query tree (query/language/query_ast.h),
// for golden tests and the fuzzers, e.g.
//   AND(word"ERCP" field:person"Li Xun" NOT(word"news")
//       range:year[20190101..20211231])
// Leaves: word"x" phrase"x" wildcard"x*" (prefixed "title:" when
// field == "title"), field:NAME"x", range:NAME[LOW..HIGH]; inner nodes
// AND(...) OR(...) NOT(...). A required node starts with '+'.
#pragma once

#include <string>

#include "query/language/query_ast.h"

namespace annals::query {

std::string Describe(const QueryNode& node);

}  // namespace annals::query
