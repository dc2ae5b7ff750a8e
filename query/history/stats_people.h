// The people most mentioned in the archive, each once (stats).
#pragma once

#include <xapian.h>

#include <string>
#include <utility>
#include <vector>

#include "query/history/history.h"
#include "query/history/person_identity.h"

namespace annals::query {

// The `n` people most documents name, by identity: a person written in
// several scripts is listed once under their Latin spelling. Read from the
// most frequent person keys and a sample of each one's documents.
std::vector<StatsPerson> TopPeople(const Xapian::Database& db, size_t n);

// How many documents name one person of `groups` (IdentityGrouper's): all
// those of their keys when no other group shares the keys, else those that
// write their Han spelling (at least the `docs` seen).
size_t IdentityDocuments(const Xapian::Database& db,
                         const std::vector<IdentityGroup>& groups,
                         const IdentityGroup& group);

// The most frequent terms under a prefix, by document count.
std::vector<std::pair<std::string, size_t>> TopTerms(const Xapian::Database& db,
                                                     std::string_view prefix,
                                                     size_t n);

}  // namespace annals::query
