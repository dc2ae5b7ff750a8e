// From mentions to people: "Prof. Kamal Rahimov", "Prof Rahimov" and a bare
// "Rahimov" in the same article are one person; 李汛 and "Li Xun" too (same
// PersonKey).
#pragma once

#include <vector>

#include "core/record.h"
#include "indexer/extract/entities.h"
#include "indexer/extract/paragraph.h"
#include "indexer/extract/person_aliases.h"

namespace annals::indexer::people {

// Groups the mentions of all paragraphs into people, in order of first
// mention, and sets every Mention::person (-1 for a lone Han surname such as
// 马教授 with no full name to join). Full names group by PersonKey (Russian
// case endings folded); a one-word name joins the full name whose last (else
// first) word it is, the nearest earlier one when several. Records the
// "person", "country" and "position" facts. Each in-text alias joins the
// people its two spellings name, or becomes an alias of the one it names.
std::vector<core::Person> MergePeople(
    std::vector<Paragraph>* paragraphs, std::vector<ExtractedFact>* facts,
    const std::vector<InTextAlias>& aliases = {});

// Adds mentions of known people written without an honorific: the surname
// of a multi-word name ("Rahimov also demonstrated ...") and a whole Han name
// (马林介绍了 ...). Keeps each paragraph's mentions sorted.
void AddBareMentions(const std::vector<core::Person>& people,
                     std::vector<Paragraph>* paragraphs);

}  // namespace annals::indexer::people
