// Abbreviations that documents write with their expansion ("endoscopic
// ultrasound (EUS)", "人工智能（AI）", "EUS (endoscopic ultrasound)"), and
// the report of those the glossary lacks (annals-index --report-terms), so
// that a curator can add them. Nothing is learnt silently: the glossary is
// only read.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/glossary.h"
#include "core/text_analyzer.h"

namespace annals::indexer {

struct AbbreviationPair {
  std::string abbreviation;  // "EUS", "ЭРХПГ", "EUS-FNA"
  std::string expansion;     // as written: "endoscopic ultrasound"
};

// The pairs a text writes, in order. An abbreviation is 2-10 letters,
// digits, '-' or '/' with at least two capitals, in parentheses of either
// width. A Latin or Cyrillic expansion is two or more words that spell the
// abbreviation's letters in order, its first letter starting a word (at
// most min(n + 5, 2n) words for n letters); a Han expansion is the run of
// Han characters before the parenthesis, cut after the last particle
// ("的", "和", "了" ...) and after its last verb ("开展", "采用" ...).
std::vector<AbbreviationPair> FindAbbreviations(std::string_view text);

// Counts the pairs of a run and lists those the glossary lacks.
class TermReport {
 public:
  TermReport(const core::Glossary& glossary,
             const core::TextAnalyzer& analyzer);

  void Add(const AbbreviationPair& pair);

  // One line per missing pair, most frequent first:
  // "COUNT\tABBREVIATION = EXPANSION\tNOTE", NOTE saying what the glossary
  // has ("new concept", "add the expansion to EUS", ...).
  std::vector<std::string> Lines() const;

 private:
  struct Seen {
    AbbreviationPair first;  // as first written
    int count = 0;
  };
  // The concepts (indices into glossary.concepts()) a form key names.
  std::vector<size_t> ConceptsOf(const std::string& key) const;

  const core::Glossary& glossary_;
  const core::TextAnalyzer& analyzer_;
  std::multimap<std::string, size_t> concept_of_;  // form key -> concept
  std::map<std::pair<std::string, std::string>, Seen> seen_;  // by form keys
};

}  // namespace annals::indexer
