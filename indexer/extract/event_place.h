// Where the event of an article happens: the city (cities.txt) or country
// the text places it in. A delegation that "visited Bournemouth" or went
// "赴爱丁堡" was in GB, although the text also names the visitors' home city
// ("a delegation from the First Hospital of Lanzhou University").
#pragma once

#include <vector>

#include "indexer/extract/city_gazetteer.h"
#include "indexer/extract/entities.h"
#include "indexer/extract/paragraph.h"

namespace annals::indexer::people {

// Scores every city and country named in the title and the first body
// paragraphs by the word before it (place_cues.txt: "visited", "in", 赴 raise
// it; "from", 来自 lower it), and fills out->city and out->country from the
// best (the earliest among equals), with a "city" fact. A country alone
// counts only after a destination word ("visited the United Kingdom").
// Leaves out untouched when nothing qualifies.
void FindEventPlace(const Paragraph& title,
                    const std::vector<Paragraph>& paragraphs,
                    const CityGazetteer& cities, ArticleEntities* out);

}  // namespace annals::indexer::people
