// What the role and talk rules share about one sentence (roles.cc assigns
// roles from cue words, talks.cc talks from titles): its people and cues,
// and where findings go.
#pragma once

#include <string>
#include <vector>

#include "core/record.h"
#include "indexer/extract/paragraph.h"
#include "indexer/extract/people_extractor.h"

namespace annals::indexer::people {

struct Output {
  std::vector<core::Person>* people;
  std::vector<ExtractedFact>* facts;
  int paragraph;
  const Paragraph* previous = nullptr;  // the paragraph before, if any
};

struct Sentence {
  Span span;
  std::vector<const Mention*> mentions;  // merged ones, in order
  std::vector<const Hit*> cues;          // role cues, in order
  std::vector<LexTag> roles;             // the role of each cue
};

// Adds the role (once) with the fact that explains it.
void AddRole(const Output& out, int person, const std::string& role,
             const std::string& rule);
// Adds the talk (once) and the speaker role.
void AddTalk(const Output& out, int person, std::string title,
             const std::string& rule);
// The people named in [begin, end) of the sentence, each once, in order.
std::vector<int> PeopleIn(const Sentence& s, size_t begin, size_t end);
// Talks from the quoted (or unquoted, talk_topics.h) titles of a sentence
// with a speaker cue.
void GiveTalks(const Paragraph& p, const Sentence& s, const Output& out);

}  // namespace annals::indexer::people
