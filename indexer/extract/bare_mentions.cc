// Bare mentions: a known person named again without an honorific or title
// ("Rahimov also demonstrated ...", "马林介绍了 ..."), so that roles in those
// sentences reach them.
#include <algorithm>
#include <string>
#include <vector>

#include "indexer/extract/person_merge.h"
#include "indexer/extract/text_scan.h"

namespace annals::indexer::people {
namespace {

constexpr size_t kMinBareSurnameBytes = 4;

// The written form a later bare mention of the person would use.
std::string BareForm(const core::Person& person) {
  std::string_view name = person.name;
  char32_t first = name.empty() ? 0 : DecodeAt(name, 0).c;
  if (IsHan(first)) return name.size() >= 6 ? std::string(name) : "";
  if (IsThai(first)) return "";
  size_t space = name.rfind(' ');
  if (space == std::string_view::npos) return "";
  std::string_view last = name.substr(space + 1);
  if (last.size() < kMinBareSurnameBytes || !IsUpper(DecodeAt(last, 0).c)) {
    return "";
  }
  return std::string(last);
}

bool Covered(const std::vector<Mention>& mentions, size_t begin, size_t end) {
  return std::any_of(mentions.begin(), mentions.end(), [&](const Mention& m) {
    return begin < m.end && end > m.begin;
  });
}

void AddBareIn(Paragraph* p, const std::string& form, int person) {
  std::string_view text = p->text();
  bool spaced = IsWordChar(DecodeAt(form, 0).c);
  std::vector<Mention> found;
  for (size_t pos = text.find(form); pos != std::string_view::npos;
       pos = text.find(form, pos + form.size())) {
    size_t end = pos + form.size();
    if (spaced && (IsWordChar(DecodeBefore(text, pos).c) ||
                   (end < text.size() && IsWordChar(DecodeAt(text, end).c)))) {
      continue;
    }
    if (Covered(p->mentions(), pos, end)) continue;
    Mention m;
    m.begin = m.name_begin = pos;
    m.end = m.name_end = end;
    m.name = form;
    m.one_word = true;
    m.rule = "surname";
    m.person = person;
    found.push_back(std::move(m));
  }
  if (found.empty()) return;
  std::vector<Mention>& mentions = p->mentions();
  mentions.insert(mentions.end(), found.begin(), found.end());
  std::sort(
      mentions.begin(), mentions.end(),
      [](const Mention& a, const Mention& b) { return a.begin < b.begin; });
}

}  // namespace

void AddBareMentions(const std::vector<core::Person>& people,
                     std::vector<Paragraph>* paragraphs) {
  for (size_t i = 0; i < people.size(); ++i) {
    std::string form = BareForm(people[i]);
    if (form.empty()) continue;
    for (Paragraph& p : *paragraphs) AddBareIn(&p, form, static_cast<int>(i));
  }
}

}  // namespace annals::indexer::people
