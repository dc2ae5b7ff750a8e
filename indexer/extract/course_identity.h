// The course an article reports on: series and edition ("The 42nd ERCP/EUS
// Hands-on Workshop", "第42届ERCP/EUS培训班", "42-й курс", "ครั้งที่ 42"), host
// institution ("the Digestive Endoscopy Center of the People's Hospital
// opened ...", "由兰州大学第一医院主办"); the city is event_place.h's.
#pragma once

#include <optional>
#include <string>

#include "indexer/extract/city_gazetteer.h"
#include "indexer/extract/entities.h"
#include "indexer/extract/paragraph.h"

namespace annals::indexer::people {

struct SeriesEdition {
  std::string series;  // as written
  int edition = 0;
  std::string rule;  // "en:ordinal+head", "zh:第N届" ...
  size_t begin = 0;  // where the ordinal starts
};

// The first numbered course series named in the paragraph (series_edition.cc).
std::optional<SeriesEdition> FindSeriesEdition(const Paragraph& p,
                                               const CityGazetteer& cities);

// Fills series, edition and host from the title, else the
// first paragraph (may be nullptr), with their facts.
void FindCourseIdentity(const Paragraph& title, const Paragraph* first,
                        const CityGazetteer& cities, ArticleEntities* out);

}  // namespace annals::indexer::people
