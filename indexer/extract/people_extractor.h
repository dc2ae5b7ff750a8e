// Entities of a news article: the people it names (with their honorifics,
// roles, positions, countries and talks), trainee counts by country, and the
// course it reports on (series, edition, host, city). Rules and word lists
// live in $ANNALS_DATA_DIR/people_rules.txt and cities.txt; every finding
// comes with the fact that explains it (annals-query --explain).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "indexer/extract/entities.h"

namespace annals::indexer {

// Extracts the entities of an article. People come from the body only (the
// headline is often cut mid-name); series, edition, host and city from the
// title, else the first paragraph. Rules of every language run on any text,
// since articles mix scripts; `language` (the article's BCP-47 tag) is
// accepted for callers' sake and not used yet. Never fails: any bytes are
// accepted (invalid UTF-8 reads as U+FFFD), and missing data files give empty
// results (see EntityDataStatus). Thread-safe.
ArticleEntities ExtractEntities(std::string_view title, std::string_view body,
                                std::string_view language);

// Whether the data files loaded: "people_rules.txt: line 3: ..." or
// ".../cities.txt: cannot open" when they did not.
core::Status EntityDataStatus();

}  // namespace annals::indexer
