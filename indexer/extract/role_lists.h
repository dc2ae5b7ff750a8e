// Which people a role cue's list of names covers: "Prof. A (TJ) and Dr. B
// gave lectures", "Mr. A, member of ..., Ms. B, Director of ..., and Mr. C
// attended", but not "Prof. A opened the course, and his colleague Dr. B
// presented". Shared by the role rules (roles.cc).
#pragma once

#include <cstddef>
#include <vector>

#include "indexer/extract/paragraph.h"
#include "indexer/extract/roles_sentence.h"

namespace annals::indexer::people {

// Nothing but spaces, separators, articles, conjunctions and parentheses
// between a and b.
bool ThinGap(const Paragraph& p, size_t a, size_t b);
// A role, talk or "respectively" cue in [begin, end).
bool HasCueHit(const Paragraph& p, size_t begin, size_t end);
// Between two members of a coordinated list (from a to `next`): separators
// and conjunctions, or appositions, but never a clause.
bool ListGap(const Paragraph& p, size_t a, const Mention& next);
// The people named last before `end` (after `begin`) with those joined to
// them as a list.
std::vector<int> Subjects(const Paragraph& p, const Sentence& s, size_t begin,
                          size_t end);

}  // namespace annals::indexer::people
