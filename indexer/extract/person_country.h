// A person's country from what the text says of their institution, when the
// words around the name give none: "Stuart Clark, Dean of the Royal College
// of Surgeons in Edinburgh" -> GB (a city of cities.txt), "Vice President of
// the British Orthopaedic Association" -> GB (a country or demonym),
// "兰州大学第一医院院长李汛" -> CN.
#pragma once

#include "indexer/extract/paragraph.h"

namespace annals::indexer::people {

// Sets m->country from m->affiliation, else m->position (Han positions hold
// their institution): the first country it names, else the country of the
// first city it names. Leaves a country already found alone.
void ApplyAffiliationCountry(const Paragraph& p, Mention* m);

}  // namespace annals::indexer::people
