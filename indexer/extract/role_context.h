// The words around a role cue that decide whose it is, beyond the list of
// names before it (role_lists.h): the agent of a passive further on ("the
// session was led by"), the verb a cue needs ("presented … with a
// certificate"), a possessive mark before it (在X的指导下). Shared by the
// role rules (roles.cc).
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "indexer/extract/paragraph.h"
#include "indexer/extract/roles_sentence.h"

namespace annals::indexer::people {

// True when an agent verb and the passive word stand a few words after the
// cue, in its clause: "the teaching team led by".
bool HasAgentAfter(const Paragraph& p, const Hit& cue);
// The offset of a cue-verb before the cue in its clause, or npos.
size_t CueVerbBefore(const Paragraph& p, Span sentence, const Hit& cue);
// The people a cue after a possessive mark belongs to (maybe none), or
// nullopt when no name or role cue stands before the mark.
std::optional<std::vector<int>> PossessorsOf(const Paragraph& p,
                                             const Sentence& s, const Hit& cue);

}  // namespace annals::indexer::people
