// One paragraph of an article as the entity rules see it: its phrase hits
// (one lexicon pass), its sentences, its quoted titles, the countries it
// names, and the person mentions found in it.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/countries.h"
#include "indexer/extract/lexicon.h"
#include "indexer/extract/people_rules.h"

namespace annals::indexer::people {

struct Span {
  size_t begin = 0;
  size_t end = 0;
  bool Contains(size_t pos) const { return pos >= begin && pos < end; }
};

// A person named once in a paragraph.
struct Mention {
  size_t begin = 0;  // the whole mention: honorific, name, Han title
  size_t end = 0;
  size_t name_begin = 0;
  size_t name_end = 0;
  std::string name;       // as written
  std::string honorific;  // as written, "" for a bare surname
  std::string lang;       // of the rule that found it
  std::string rule;       // "en:honorific", "zh:name+title" ...
  bool one_word = false;  // "Prof Rahimov", 马教授: matched to a full name
  std::string country, country_rule;
  std::string position, affiliation, position_rule;
  int person = -1;  // index into the article's people, -1 until merged
};

class Paragraph {
 public:
  // REQUIRES: rules and the gazetteer outlive the paragraph.
  Paragraph(std::string_view text, int index, const PeopleRules& rules,
            const core::CountryGazetteer& countries);

  std::string_view text() const { return text_; }
  int index() const { return index_; }
  const PeopleRules& rules() const { return rules_; }
  const std::vector<Hit>& hits() const { return hits_; }
  const std::vector<Span>& sentences() const { return sentences_; }
  std::vector<Mention>& mentions() { return mentions_; }
  const std::vector<Mention>& mentions() const { return mentions_; }

  // The hit that starts / ends exactly at pos, or nullptr.
  const Hit* HitStartingAt(size_t pos) const;
  const Hit* HitEndingAt(size_t pos) const;
  // Hits with begin in [span.begin, span.end), as [first, last) indexes.
  std::pair<size_t, size_t> HitsIn(Span span) const;
  // The sentence that holds pos (the last one when pos is past the end).
  Span SentenceOf(size_t pos) const;

  // Quoted titles inside span: the text between “” "" 《》 «» „“ 「」.
  std::vector<Span> QuotesIn(Span span) const;

  // Countries named in the paragraph (computed on first use).
  const std::vector<core::CountryMention>& Countries() const;
  // The country named starting at pos (after spaces and an English "the"),
  // or nullopt.
  std::optional<core::CountryMention> CountryAt(size_t pos) const;
  // "Thailand, the Philippines, and Uzbekistan" / "泰国、越南和老挝" starting
  // at pos: the codes in order; `*end` receives the offset after the list.
  std::vector<std::string> CountryListAt(size_t pos, size_t* end) const;
  // The offset after a list conjunction ("and", "和") at pos, else pos.
  size_t ConjunctionEnd(size_t pos) const;
  // The end of a capitalised phrase from pos ("the Digestive Endoscopy
  // Center of the People's Hospital"): capitalised words and host-link
  // words, ending with a capitalised word; pos when none.
  size_t CapitalisedPhraseEnd(size_t pos) const;
  // The country whose name ends exactly at pos, or nullopt.
  std::optional<core::CountryMention> CountryEndingAt(size_t pos) const;
  const core::CountryGazetteer& gazetteer() const { return gazetteer_; }

 private:
  void SplitSentences();
  bool InHit(size_t pos) const;

  std::string_view text_;
  int index_;
  const PeopleRules& rules_;
  const core::CountryGazetteer& gazetteer_;
  std::vector<Hit> hits_;
  std::vector<Span> sentences_;
  std::vector<Mention> mentions_;
  mutable std::optional<std::vector<core::CountryMention>> countries_;
};

// The language part of a rule name: the hit's tag language, or "any".
std::string RuleLang(const Hit& hit, int category);

}  // namespace annals::indexer::people
