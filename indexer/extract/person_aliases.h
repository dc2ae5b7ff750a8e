// Names the text itself ties across scripts, and Latin names inside
// Chinese text: "卡马尔·拉希莫夫（Kamal Rahimov）", "Li Xun (李汛)", "Мария
// Соколова (Maria Sokolova)" name one person twice; "Somchai Jaidee教授" is a
// person written in Latin letters before a Chinese title.
#pragma once

#include <string>
#include <vector>

#include "indexer/extract/paragraph.h"

namespace annals::indexer::people {

// Two spellings of one person in two scripts, as written.
struct InTextAlias {
  std::string name;   // before the bracket
  std::string alias;  // inside it
  int paragraph = -1;
};

// Adds mentions for Latin names before a Chinese title and for in-text alias
// pairs no rule found, and returns the pairs. The two sides of a pair are in
// different scripts and have the same person key or are phonetically
// compatible (core::PhoneticallyCompatible), so "黄河大学 (Yellow River
// University)" is no pair. Keeps the paragraph's mentions sorted. Run after
// FindMentions.
std::vector<InTextAlias> FindNamesAcrossScripts(Paragraph* p);

}  // namespace annals::indexer::people
