// The people most mentioned in the archive, each once (stats).
#pragma once

#include <xapian.h>

#include <string>
#include <utility>
#include <vector>

#include "query/history.h"

namespace annals::query {

// The `n` people most documents name, by identity: a person written in
// several scripts is listed once under their Latin spelling. Read from the
// most frequent person keys and a sample of each one's documents.
std::vector<StatsPerson> TopPeople(const Xapian::Database& db, size_t n);

// The most frequent terms under a prefix, by document count.
std::vector<std::pair<std::string, size_t>> TopTerms(const Xapian::Database& db,
                                                     std::string_view prefix,
                                                     size_t n);

}  // namespace annals::query
