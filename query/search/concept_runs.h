// Concept queries: free words that, read together, write a glossary name of
// several words ("endoscopic submucosal dissection", "EUS guided fine needle
// aspiration", "эндоскопической подслизистой диссекции") become one phrase
// node, which the query builder matches as the concept (any of its names,
// one term's weight). No Xapian types here.
#pragma once

#include <vector>

#include "core/glossary.h"
#include "core/text_analyzer.h"
#include "query/language/query_ast.h"

namespace annals::query {

// The children of an AND with each longest run of free words (no field, no
// +/-, no quotes) that writes a glossary form of more than one word replaced
// by a kPhrase node of those words. Runs are found left to right, the
// longest first, in time linear in the number of words; hyphens count as
// spaces ("EUS-guided" = "EUS guided") because both analyse alike.
std::vector<QueryNode> GroupConceptRuns(const std::vector<QueryNode>& children,
                                        const core::TextAnalyzer& analyzer,
                                        const core::Glossary& glossary);

}  // namespace annals::query
