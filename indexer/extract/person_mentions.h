// Finding people in a paragraph: an honorific and a name in the spaced
// scripts and Thai (person_mentions.cc), a Han name next to a title, an
// "expert" word or a position (han_names.cc), and what the text says about
// each of them — country, position, affiliation (person_attributes.cc).
#pragma once

#include <optional>
#include <vector>

#include "indexer/extract/paragraph.h"

namespace annals::indexer::people {

// Fills p->mentions() with every person mention of the paragraph, sorted by
// offset and not overlapping, each with its attributes attached.
void FindMentions(Paragraph* p);

// "Prof.Kamal Rahimov", "проф. И.И. Иванов", "Prof. Dr. Siti binti Ahmad":
// the name of 1-4 capitalised words (particles and initials allowed) after
// an honorific hit; nullopt when no name follows.
std::optional<Mention> SpacedNameAfter(const Paragraph& p,
                                       const Hit& honorific);
// "ศ.นพ.สมชาย ใจดี": a Thai given name and surname after an honorific hit.
std::optional<Mention> ThaiNameAfter(const Paragraph& p, const Hit& honorific);

// "马林教授", "越南专家阮氏兰教授", "卡迈勒·拉希莫夫教授", "马教授" (one_word).
std::optional<Mention> HanNameBeforeTitle(const Paragraph& p, const Hit& title);
// "越南专家阮氏兰作了…": a name after nationality + 专家.
std::optional<Mention> HanNameAfterExpert(const Paragraph& p,
                                          const Hit& expert);
// "院长李汛出席…": a name after a position word.
std::optional<Mention> HanNameAfterPosition(const Paragraph& p,
                                            const Hit& position);

// "东湖医院阚玉明出席", "心内科罗志强、…": a name right after an institution
// or department with no title, where punctuation, a conjunction or a role
// cue ends it (strict, since nothing else marks it).
void HanNamesAfterInstitutions(const Paragraph& p, std::vector<Mention>* out);

// "Director of Trauma Center Laura Evans": a position title, "of", an
// organisation and a two-word name before a boundary.
std::optional<Mention> NameAfterPositionOf(const Paragraph& p,
                                           const Hit& position);
// Names without an honorific where the sentence's shape says a name stands
// ("Fiona Mackay, Director of ...", "Professors A B, C D and E F"), merged
// into `mentions` (sorted, none overlapping an existing one).
void AddUnmarkedMentions(const Paragraph& p, std::vector<Mention>* mentions);

// Country ("(Tajikistan)", "from Vietnam", "越南专家", "（泰国）",
// "из Таиланда"), position and affiliation (", deputy director of the
// regional Health Commission,"; "兰州大学第一医院院长李汛").
void AttachAttributes(const Paragraph& p, Mention* m);

}  // namespace annals::indexer::people
