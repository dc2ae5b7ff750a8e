// Host institution of the course, and the pass over title and first
// paragraph that fills the course identity.
#include "indexer/extract/course_identity.h"

#include <algorithm>

#include "indexer/extract/text_scan.h"

namespace annals::indexer::people {
namespace {

constexpr size_t kMaxHanHostChars = 30;
constexpr size_t kMaxHostBytes = 160;

struct Host {
  std::string name;
  std::string rule;
};

bool HasHostHead(const Paragraph& p, size_t begin, size_t end) {
  auto [first, last] = p.HitsIn({begin, end});
  for (size_t i = first; i < last; ++i) {
    if (p.hits()[i].Has(kHostHead) && p.hits()[i].end <= end) return true;
  }
  return false;
}

bool EndsWithHanHead(const Paragraph& p, std::string_view text) {
  const auto& heads = p.rules().zh_host_heads;
  return std::any_of(heads.begin(), heads.end(), [text](const std::string& h) {
    return text.ends_with(h);
  });
}

// Russian institutions are lower-case phrases: "Республиканской клинической
// больницы открылся 42-й курс" ends with its last head word before anything
// that names the course (a series head or a number).
size_t LastHostHeadEnd(const Paragraph& p, size_t begin, size_t end) {
  size_t last = begin;
  auto [first, stop] = p.HitsIn({begin, end});
  for (size_t i = first; i < stop; ++i) {
    const Hit& hit = p.hits()[i];
    if (hit.Has(kSeriesHead) || hit.Has(kEditionMark)) break;
    if (hit.Has(kHostHead)) last = WordEnd(p.text(), hit.begin);
  }
  size_t digits = p.text().find_first_of("0123456789", begin);
  if (digits != std::string_view::npos && digits < last) last = begin;
  return last;
}

// The institution that ends right before pos, in the same clause.
size_t InstitutionStart(const Paragraph& p, size_t pos) {
  std::string_view text = p.text();
  size_t start = SkipSpacesBack(text, pos);
  size_t begin = start;
  while (begin > 0) {
    size_t word = WordStartBefore(text, begin);
    if (word == begin) break;
    std::string_view w = text.substr(word, begin - word);
    if (!IsUpper(DecodeAt(w, 0).c) && !InSet(p.rules().host_links, w)) break;
    begin = word;
    if (begin == 0 || text[begin - 1] != ' ') break;
    --begin;
  }
  begin = SkipSpaces(text, begin);
  // Leading link words go, except an article ("the Center of ...").
  while (begin < start) {
    size_t end = WordEnd(text, begin);
    std::string_view w = text.substr(begin, end - begin);
    if (IsUpper(DecodeAt(w, 0).c) || InSet(p.rules().articles, w)) break;
    begin = SkipSpaces(text, end);
  }
  return begin;
}

// 由兰州大学第一医院主办: the Han institution before a host verb.
std::optional<Host> HanHostBefore(const Paragraph& p, const Hit& verb) {
  std::string_view text = p.text();
  size_t begin = verb.begin;
  for (size_t chars = 0; chars < kMaxHanHostChars && begin > 0; ++chars) {
    CodePoint cp = DecodeBefore(text, begin);
    bool name_char = IsHan(cp.c) || (cp.c < 0x80 && IsWordChar(cp.c));
    if (!name_char ||
        InSet(p.rules().clause_chars, text.substr(begin - cp.len, cp.len))) {
      break;
    }
    if (p.HitEndingAt(begin) != nullptr && begin != verb.begin) break;
    begin -= cp.len;
  }
  std::string_view host = text.substr(begin, verb.begin - begin);
  if (host.empty() || !EndsWithHanHead(p, host)) return std::nullopt;
  return Host{std::string(host), "zh:host-verb"};
}

std::optional<Host> HostAtCue(const Paragraph& p, const Hit& cue) {
  std::string_view text = p.text();
  std::string lang = RuleLang(cue, kHostCue);
  size_t begin = SkipSpaces(text, cue.end);
  size_t end = begin;
  if (lang == "en") {
    end = p.CapitalisedPhraseEnd(begin);
  } else {  // up to the clause's end (ru) or the next space (th)
    size_t limit = std::min(text.size(), begin + kMaxHostBytes);
    while (end < limit) {
      CodePoint cp = DecodeAt(text, end);
      if (IsPunct(cp.c) || (lang == "th" && IsSpace(cp.c))) break;
      end += cp.len;
    }
  }
  if (lang == "ru") end = LastHostHeadEnd(p, begin, end);
  if (end <= begin || !HasHostHead(p, begin, end)) return std::nullopt;
  return Host{ValidUtf8(Trim(text.substr(begin, end - begin))),
              lang + ":host-cue"};
}

std::optional<Host> HostAtVerb(const Paragraph& p, const Hit& verb) {
  std::string lang = RuleLang(verb, kHostVerb);
  if (lang == "zh") return HanHostBefore(p, verb);
  std::string_view text = p.text();
  size_t begin = InstitutionStart(p, verb.begin);
  size_t end = SkipSpacesBack(text, verb.begin);
  if (lang == "ru") {  // Russian names are lower case: the whole clause
    begin = end;
    while (begin > 0 && !IsPunct(DecodeBefore(text, begin).c)) {
      begin -= DecodeBefore(text, begin).len;
    }
    begin = SkipSpaces(text, begin);
  }
  if (end <= begin || !HasHostHead(p, begin, end)) return std::nullopt;
  return Host{ValidUtf8(text.substr(begin, end - begin)), lang + ":host-verb"};
}

std::optional<Host> FindHost(const Paragraph& p) {
  for (const Hit& hit : p.hits()) {
    std::optional<Host> host;
    if (hit.Has(kHostCue)) host = HostAtCue(p, hit);
    if (!host && hit.Has(kHostVerb)) host = HostAtVerb(p, hit);
    if (host) return host;
  }
  return std::nullopt;
}

void ApplySeries(const Paragraph& p, const CityGazetteer& cities,
                 ArticleEntities* out) {
  if (!out->series.empty()) return;
  std::optional<SeriesEdition> found = FindSeriesEdition(p, cities);
  if (!found) return;
  out->series = found->series;
  out->edition = found->edition;
  out->facts.push_back({"series", "", found->series, p.index(), found->rule});
  out->facts.push_back(
      {"edition", "", std::to_string(found->edition), p.index(), found->rule});
}

void ApplyHost(const Paragraph& p, ArticleEntities* out) {
  if (!out->host.empty()) return;
  std::optional<Host> host = FindHost(p);
  if (!host) return;
  out->host = host->name;
  out->facts.push_back({"host", "", host->name, p.index(), host->rule});
}

}  // namespace

void FindCourseIdentity(const Paragraph& title, const Paragraph* first,
                        const CityGazetteer& cities, ArticleEntities* out) {
  for (const Paragraph* p : {&title, first}) {
    if (p == nullptr) continue;
    ApplySeries(*p, cities, out);
    ApplyHost(*p, out);
  }
}

}  // namespace annals::indexer::people
