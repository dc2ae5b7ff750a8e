// The names `annals-query complete person PREFIX` offers to bash completion
// (tools/completion/annals-query): person keys ("li xun") and names as
// written ("李汛") that start with what was typed, read from the term list
// alone so that an answer takes milliseconds on any database size.
#pragma once

#include <xapian.h>

#include <string>
#include <vector>

#include "query/commands.h"

namespace annals::query {

// At most `limit` names starting with `typed` (ASCII letters compared
// without case), each written as `typed` followed by the rest of the name,
// so that the shell keeps what the user typed; the rest of a Latin key is
// capitalised word by word when `typed` starts with a capital or is empty
// ("Li X" -> "Li Xun"). Sorted, no repeats.
std::vector<std::string> CompletePersonNames(const Xapian::Database& db,
                                             const std::string& typed,
                                             size_t limit);

// Prints CompletePersonNames one a line. Returns 0, or 2 when the database
// cannot be read (completion then offers nothing; the message goes to
// stderr, which bash completion discards).
int RunCompletePerson(const CommonOptions& common, const std::string& typed);

}  // namespace annals::query
