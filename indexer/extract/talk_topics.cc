// Unquoted talk titles; see talk_topics.h.
#include "indexer/extract/talk_topics.h"

#include "indexer/extract/text_scan.h"

namespace annals::indexer::people {
namespace {

// "การส่องกล้อง..." after เรื่อง: the Thai run up to the next space.
Span ThaiTopicAfter(std::string_view text, size_t mark_end, size_t end) {
  size_t begin = SkipSpaces(text, mark_end);
  size_t stop = begin;
  while (stop < end) {
    CodePoint cp = DecodeAt(text, stop);
    if (IsSpace(cp.c) || (IsPunct(cp.c) && !IsThai(cp.c))) break;
    stop += cp.len;
  }
  return {begin, stop};
}

// "hernia repair and bariatric surgery": the items between `begin` and
// `end`, split at commas and conjunctions.
std::vector<Span> ListItems(const Paragraph& p, size_t begin, size_t end) {
  std::string_view text = p.text();
  std::vector<Span> items;
  size_t item = SkipSpaces(text, begin);
  for (size_t pos = item; pos < end;) {
    size_t conjunction = p.ConjunctionEnd(pos);
    bool comma = text[pos] == ',';
    bool word_start = pos == 0 || IsSpace(DecodeBefore(text, pos).c);
    if (comma || (word_start && conjunction > pos)) {
      size_t item_end = SkipSpacesBack(text, pos);
      if (item_end > item) items.push_back({item, item_end});
      pos = comma ? pos + 1 : conjunction;
      pos = SkipSpaces(text, pos);
      // ", and": the conjunction after a comma starts no new item.
      if (p.ConjunctionEnd(pos) > pos)
        pos = SkipSpaces(text, p.ConjunctionEnd(pos));
      item = pos;
      continue;
    }
    pos += DecodeAt(text, pos).len;
  }
  size_t last = SkipSpacesBack(text, end);
  if (last > item) items.push_back({item, last});
  return items;
}

}  // namespace

std::vector<Span> UnquotedTopics(const Paragraph& p, Span span) {
  std::string_view text = p.text();
  std::vector<Span> topics;
  auto [first, last] = p.HitsIn(span);
  for (size_t i = first; i < last; ++i) {
    const Hit& mark = p.hits()[i];
    if (!mark.Has(kTopicMark)) continue;
    if (IsThai(DecodeAt(text, mark.begin).c)) {
      Span topic = ThaiTopicAfter(text, mark.end, span.end);
      if (topic.end > topic.begin) topics.push_back(topic);
      continue;
    }
    // "lectures on": right after a speaker cue, before "respectively".
    const Hit* cue = p.HitEndingAt(SkipSpacesBack(text, mark.begin));
    const LexTag* role = cue != nullptr ? cue->Tag(kRole) : nullptr;
    if (role == nullptr || role->value != "speaker") continue;
    for (size_t j = i + 1; j < last; ++j) {
      if (p.hits()[j].Has(kRespectively)) {
        return ListItems(p, mark.end, p.hits()[j].begin);
      }
    }
  }
  return topics;
}

}  // namespace annals::indexer::people
