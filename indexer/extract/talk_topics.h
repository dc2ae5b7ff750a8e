// Talk titles written without quotes: a Thai title after "เรื่อง" or
// "หัวข้อ" (it runs to the next space), and English titles listed after
// "lectures on" and paired by "respectively" ("gave lectures on hernia
// repair and bariatric surgery respectively"). The marks are the topic-mark
// entries of people_rules.txt.
#pragma once

#include <vector>

#include "indexer/extract/paragraph.h"

namespace annals::indexer::people {

// The unquoted titles of the sentence `span`, in text order; empty when the
// sentence has no topic mark (or, for a spaced script, no "respectively"
// after it).
std::vector<Span> UnquotedTopics(const Paragraph& p, Span span);

}  // namespace annals::indexer::people
