// Enrichment of a parsed news article with what its text says: people and
// their roles and talks, trainees, course identity, and the event date.
#pragma once

#include <vector>

#include "core/record_json.h"

namespace annals::indexer {

// Fills the entity fields of a news record and the facts that explain them.
// `body_lines` gives the file line of each body paragraph (for citations).
// REQUIRES: doc->record is a news record with published set or empty.
void EnrichNews(const std::vector<int>& body_lines, core::StoredDocument* doc);

}  // namespace annals::indexer
