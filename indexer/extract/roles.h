// Roles and talks: the cue words of people_rules.txt give roles to the people
// of their clause ("Mr. Ma Lin ... attended the opening ceremony" ->
// official), and quoted titles in a sentence with a speaker cue become talks
// ("gave a lecture titled “X”", "作了《X》的报告", "с докладом «X»"), paired
// in order with "respectively" / 分别 / соответственно.
#pragma once

#include <vector>

#include "core/record.h"
#include "indexer/extract/entities.h"
#include "indexer/extract/paragraph.h"

namespace annals::indexer::people {

// REQUIRES: p's mentions are merged (Mention::person set) into `people`.
// `previous`, the paragraph before p (or nullptr), lends its people to a
// counted plural subject: "三位国际专家分别作了《A》《B》《C》的报告".
void AssignRolesAndTalks(const Paragraph& p, std::vector<core::Person>* people,
                         std::vector<ExtractedFact>* facts,
                         const Paragraph* previous = nullptr);

}  // namespace annals::indexer::people
