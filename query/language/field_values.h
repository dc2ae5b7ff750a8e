// The nodes the parser builds from single tokens: words, field terms with
// their values checked (year:/date: ranges, type:, lang: ...), and the
// helpers both it and the field values use.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "core/status.h"
#include "query/language/lexer.h"
#include "query/language/query_ast.h"

namespace annals::query::language {

// A leaf node of kind `kind` at code point `position`.
QueryNode Leaf(NodeKind kind, std::string text, std::string field,
               size_t position);

// kAnd / kOr of parts, flattening unmarked children of the same kind; a
// single part is returned as it is.
QueryNode Combine(NodeKind kind, std::vector<QueryNode> parts);

// A free-text or title: word; a trailing '*' makes it a wildcard.
core::Result<QueryNode> MakeWord(const std::string& text,
                                 const std::string& field, size_t position);

// A field term (token of kind field); the node's position is that of the
// field name, error positions point into the value.
core::Result<QueryNode> MakeField(const Token& token);

}  // namespace annals::query::language
