// Phrase matching with word boundaries for the spaced scripts.
#include "indexer/extract/lexicon.h"

#include <unicode/uchar.h>

#include <algorithm>

#include "indexer/extract/text_scan.h"

namespace annals::indexer::people {
namespace {

size_t FilterBit(char32_t c) { return static_cast<size_t>(c) & 0xFFFF; }

// The last code point of a phrase.
char32_t LastCodePoint(std::string_view text) {
  return DecodeBefore(text, text.size()).c;
}

// End of the word continuing at pos (for prefix phrases).
size_t ExtendWord(std::string_view text, size_t pos) {
  while (pos < text.size()) {
    CodePoint cp = DecodeAt(text, pos);
    if (!IsWordChar(cp.c)) break;
    pos += cp.len;
  }
  return pos;
}

}  // namespace

const LexTag* Hit::Tag(int category) const {
  if (entry == nullptr) return nullptr;
  for (const LexTag& tag : entry->tags) {
    if (tag.category == category) return &tag;
  }
  return nullptr;
}

void Lexicon::Add(std::string_view text, bool prefix, const LexTag& tag) {
  if (text.empty()) return;
  AddExact(std::string(text), prefix, tag);
  CodePoint first = DecodeAt(text, 0);
  if (IsLower(first.c) && IsWordChar(first.c)) {
    std::string upper;
    AppendUtf8(static_cast<char32_t>(u_toupper(static_cast<UChar32>(first.c))),
               &upper);
    upper.append(text.substr(first.len));
    AddExact(std::move(upper), prefix, tag);
  }
}

void Lexicon::AddExact(std::string text, bool prefix, const LexTag& tag) {
  auto found = index_of_.find(text);
  if (found != index_of_.end()) {
    entries_[found->second].tags.push_back(tag);
    return;
  }
  auto index = static_cast<uint32_t>(entries_.size());
  char32_t first = DecodeAt(text, 0).c;
  entries_.push_back({text, prefix, {tag}});
  index_of_.emplace(std::move(text), index);
  std::vector<uint32_t>& bucket =
      first < 0x80 ? ascii_first_[first] : by_first_[first];
  bucket.push_back(index);
  std::stable_sort(bucket.begin(), bucket.end(),
                   [this](uint32_t a, uint32_t b) {
                     return entries_[a].text.size() > entries_[b].text.size();
                   });
  filter_[FilterBit(first) / 64] |= uint64_t{1} << (FilterBit(first) % 64);
}

const std::vector<uint32_t>* Lexicon::Bucket(char32_t first) const {
  if (first < 0x80) return &ascii_first_[first];
  auto found = by_first_.find(first);
  return found == by_first_.end() ? nullptr : &found->second;
}

bool Lexicon::MayStart(char32_t c) const {
  return (filter_[FilterBit(c) / 64] >> (FilterBit(c) % 64)) & 1;
}

Hit Lexicon::MatchAt(std::string_view text, size_t pos) const {
  if (pos >= text.size()) return {};
  CodePoint first = DecodeAt(text, pos);
  if (!MayStart(first.c)) return {};
  if (IsWordChar(first.c) && IsWordChar(DecodeBefore(text, pos).c)) return {};
  const std::vector<uint32_t>* bucket = Bucket(first.c);
  if (bucket == nullptr) return {};
  for (uint32_t index : *bucket) {
    const LexEntry& entry = entries_[index];
    if (text.compare(pos, entry.text.size(), entry.text) != 0) continue;
    size_t end = pos + entry.text.size();
    bool spaced_end = IsWordChar(LastCodePoint(entry.text));
    if (entry.prefix) {
      end = ExtendWord(text, end);
    } else if (spaced_end && end < text.size() &&
               IsWordChar(DecodeAt(text, end).c)) {
      continue;
    }
    return {pos, end, &entry};
  }
  return {};
}

std::vector<Hit> Lexicon::Scan(std::string_view text) const {
  std::vector<Hit> hits;
  for (size_t pos = 0; pos < text.size();) {
    Hit hit = MatchAt(text, pos);
    if (hit.entry != nullptr) {
      hits.push_back(hit);
      pos = hit.end;
      continue;
    }
    // Phrases of the spaced scripts start at word starts only.
    CodePoint cp = DecodeAt(text, pos);
    pos = IsWordChar(cp.c) ? ExtendWord(text, pos) : pos + cp.len;
  }
  return hits;
}

}  // namespace annals::indexer::people
