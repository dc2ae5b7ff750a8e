// annals-query person with one word that names nobody whole: a surname or
// given name alone ("Hyslop-Parsons", "Sokolova").
#pragma once

#include <xapian.h>

#include <string>

#include "core/status.h"
#include "query/history/history.h"
#include "query/people/person_lookup.h"

namespace annals::query {

// The people whose names hold the word (`resolved`, from ResolvePersonName's
// one-word step), as candidates when they are several, or the history of the
// one person when there is exactly one (its note says how it was found).
core::Result<PersonAnswer> PersonByOneWord(const Xapian::Database& db,
                                           const std::string& typed,
                                           const ResolvedName& resolved,
                                           const EventPage& page);

}  // namespace annals::query
