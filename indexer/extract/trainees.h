// Trainee counts by country: "16 foreign trainees from Thailand, the
// Philippines, and Uzbekistan and 9 trainees from China", "来自泰国的5名学员",
// "5名泰国学员", "12 слушателей из Таиланда", "12 คน จากประเทศลาว".
// A count tied to exactly one country becomes a TraineeCount (the first count
// of a country wins); a count over several countries is only recorded as a
// fact ("16 from TH,PH,UZ"), never split.
#pragma once

#include "indexer/extract/entities.h"
#include "indexer/extract/paragraph.h"

namespace annals::indexer::people {

void FindTrainees(const Paragraph& p, ArticleEntities* out);

}  // namespace annals::indexer::people
