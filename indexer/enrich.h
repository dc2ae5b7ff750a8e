// Enrichment of a parsed document: a news article with what its text says
// (people and their roles and talks, trainees, course identity, the event
// date); a course record with how its event date was found.
#pragma once

#include <vector>

#include "core/record_json.h"
#include "indexer/sources/source_reader.h"

namespace annals::indexer {

// Fills the entity fields of a news record and the facts that explain them.
// `body_lines` gives the file line of each body paragraph (for citations).
// REQUIRES: doc->record is a news record with published set or empty.
void EnrichNews(const std::vector<int>& body_lines, core::StoredDocument* doc);

// The step between parsing and building: EnrichNews for an article; a
// course record's event date is its start date.
void Enrich(ParsedDocument* doc);

}  // namespace annals::indexer
