// The query language's error messages, shared by its lexer and parser:
// "query:POS: cause" with POS the 1-based code point position of the
// problem, and pieces of the query quoted, cut to a readable length.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "core/status.h"

namespace annals::query::language {

// A kInvalidInput status reading "query:POS: cause".
core::Status Error(size_t position, const std::string& cause);

// `piece` in double quotes, cut to 40 code points ("..." marks a cut).
std::string Quoted(std::string_view piece);

// The code points of valid UTF-8: a byte offset into a piece of the query
// made a position.
size_t CountCodePoints(std::string_view utf8);

}  // namespace annals::query::language
