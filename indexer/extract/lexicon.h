// A set of phrases found in text in one left-to-right pass: the honorifics,
// titles and cue words of people_rules.txt, and the city names of
// cities.txt. Built once, then shared read-only between threads.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace annals::indexer::people {

// What a phrase means; one phrase may carry several tags ("主任" is both a
// title and a position).
struct LexTag {
  int category = 0;   // the owner's enum
  std::string lang;   // "en", "zh", "ru", "th", or ""
  std::string value;  // e.g. the role a cue word signals
  int id = 0;         // e.g. an index into the owner's table
};

struct LexEntry {
  std::string text;
  bool prefix = false;  // matches any word that starts with text ("lectur*")
  std::vector<LexTag> tags;
};

struct Hit {
  size_t begin = 0;
  size_t end = 0;
  const LexEntry* entry = nullptr;

  // The first tag of the category, or nullptr.
  const LexTag* Tag(int category) const;
  bool Has(int category) const { return Tag(category) != nullptr; }
  std::string_view Text(std::string_view paragraph) const {
    return paragraph.substr(begin, end - begin);
  }
};

class Lexicon {
 public:
  // Adds a phrase. A phrase of a spaced script must start and end at word
  // boundaries (unless `prefix`, which extends the match to the end of the
  // word); one starting with a lower-case letter also matches with that
  // letter upper-cased. Han and Thai phrases match anywhere.
  void Add(std::string_view text, bool prefix, const LexTag& tag);

  // Every phrase in text, leftmost-longest, not overlapping.
  std::vector<Hit> Scan(std::string_view text) const;
  // The longest phrase starting exactly at pos; entry == nullptr if none.
  Hit MatchAt(std::string_view text, size_t pos) const;
  bool empty() const { return entries_.empty(); }

 private:
  void AddExact(std::string text, bool prefix, const LexTag& tag);
  bool MayStart(char32_t c) const;

  std::vector<LexEntry> entries_;
  std::unordered_map<std::string, uint32_t> index_of_;
  const std::vector<uint32_t>* Bucket(char32_t first) const;

  // Entries by first code point, longest first (ASCII in an array).
  std::vector<std::vector<uint32_t>> ascii_first_ =
      std::vector<std::vector<uint32_t>>(128);
  std::unordered_map<char32_t, std::vector<uint32_t>> by_first_;
  std::vector<uint64_t> filter_ = std::vector<uint64_t>(1024, 0);
};

}  // namespace annals::indexer::people
