// Abbreviation/expansion pairs: found by matching an abbreviation's letters
// against the words before it (or inside the parentheses after it), and
// checked against the glossary's form keys.
#include "indexer/term_report.h"

#include <fmt/format.h>
#include <unicode/uchar.h>

#include <algorithm>

#include "core/utf8.h"

namespace annals::indexer {
namespace {

// A character with its byte range in the text.
using CodePoint = core::Utf8Span;

bool IsHan(UChar32 c) { return u_hasBinaryProperty(c, UCHAR_IDEOGRAPHIC); }
bool IsLetter(UChar32 c) { return u_isalpha(c) && !IsHan(c); }
bool IsOpen(UChar32 c) { return c == '(' || c == 0xFF08; }
bool IsClose(UChar32 c) { return c == ')' || c == 0xFF09; }
bool IsSpace(UChar32 c) { return c == ' ' || c == 0x3000 || c == 0xA0; }

// Where a sentence or a clause ends: an expansion never spans one.
bool IsBoundary(UChar32 c) {
  return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' ||
         IsOpen(c) || IsClose(c) || c == 0x3002 || c == 0xFF0C || c == 0xFF1B ||
         c == 0xFF1A || c == 0x3001 || c == '\n' || c == 0x201C ||
         c == 0x201D || c == '"';
}

// 2-10 letters, digits, '-' or '/', a letter first, at least two capitals
// and more capitals than small letters: "EUS", "EUS-FNA", "ЭРХПГ", "AI".
bool IsAbbreviation(const std::vector<CodePoint>& p, size_t begin, size_t end) {
  if (end - begin < 2 || end - begin > 10 || !IsLetter(p[begin].c)) {
    return false;
  }
  size_t upper = 0;
  size_t lower = 0;
  for (size_t i = begin; i < end; ++i) {
    UChar32 c = p[i].c;
    if (!IsLetter(c) && !u_isdigit(c) && c != '-' && c != '/') return false;
    upper += u_isupper(c) ? 1 : 0;
    lower += u_islower(c) ? 1 : 0;
  }
  return upper >= 2 && upper > lower;
}

bool StartsWord(const std::vector<CodePoint>& p, size_t i, size_t floor) {
  return i == floor || !(IsLetter(p[i - 1].c) || u_isdigit(p[i - 1].c));
}

// The start of the words in [floor, last] that spell the abbreviation's
// letters in order, its first letter starting a word (the words closest to
// `last` are preferred); npos when they do not.
size_t SpelledFrom(const std::vector<CodePoint>& p, size_t floor, size_t last,
                   const std::vector<UChar32>& letters) {
  if (letters.empty()) return std::string_view::npos;
  size_t i = last + 1;
  for (size_t k = letters.size(); k-- > 0;) {
    bool found = false;
    while (i > floor) {
      --i;
      if (IsBoundary(p[i].c)) return std::string_view::npos;
      if (u_tolower(p[i].c) == letters[k] &&
          (k > 0 || StartsWord(p, i, floor))) {
        found = true;
        break;
      }
    }
    if (!found) return std::string_view::npos;
  }
  size_t words = 0;
  for (size_t j = i; j <= last; ++j) {
    words += IsLetter(p[j].c) && StartsWord(p, j, floor) ? 1 : 0;
  }
  size_t most = std::min(letters.size() + 5, letters.size() * 2);
  // One word is too often a name with its code ("Pakistan (PK)").
  return words >= 2 && words <= most && last + 1 - i > letters.size() + 1
             ? i
             : std::string_view::npos;
}

std::vector<UChar32> LettersOf(const std::vector<CodePoint>& p, size_t begin,
                               size_t end) {
  std::vector<UChar32> letters;
  for (size_t i = begin; i < end; ++i) {
    if (IsLetter(p[i].c)) letters.push_back(u_tolower(p[i].c));
  }
  return letters;
}

// The Han name before `last` (inclusive): the run of Han characters, cut
// after its last particle and its last verb; npos when too short.
size_t HanNameFrom(const std::vector<CodePoint>& p, size_t last) {
  static constexpr UChar32 kParticles[] = {
      0x7684, 0x4E86, 0x548C, 0x4E0E, 0x53CA, 0x5728, 0x5BF9, 0x5C06,
      0x628A, 0x7531, 0x5373, 0x5982, 0x6216, 0x7B49, 0x662F, 0x4E3A,
      0x4E8E, 0x4EE5, 0x4ECE, 0x5411, 0x88AB, 0x8BA9, 0x7ED9};
  // 的 了 和 与 及 在 对 将 把 由 即 如 或 等 是 为 于 以 从 向 被 让 给
  size_t start = last + 1;
  while (start > 0 && IsHan(p[start - 1].c) && last + 1 - start < 16) --start;
  for (size_t i = last + 1; i-- > start;) {
    if (std::find(std::begin(kParticles), std::end(kParticles), p[i].c) !=
        std::end(kParticles)) {
      start = i + 1;
      break;
    }
  }
  static constexpr std::u32string_view kVerbs[] = {
      U"开展", U"采用", U"使用", U"应用", U"利用", U"通过", U"进行",
      U"举办", U"学习", U"掌握", U"完成", U"实施", U"推广", U"介绍"};
  // The name follows the last verb that leaves two characters after it.
  size_t cut = start;
  for (std::u32string_view verb : kVerbs) {
    for (size_t at = start; at + verb.size() + 2 <= last + 1; ++at) {
      bool here = true;
      for (size_t k = 0; here && k < verb.size(); ++k) {
        here = static_cast<char32_t>(p[at + k].c) == verb[k];
      }
      if (here) cut = std::max(cut, at + verb.size());
    }
  }
  start = cut;
  return last + 1 - start >= 2 ? start : std::string_view::npos;
}

std::string Slice(std::string_view text, const std::vector<CodePoint>& p,
                  size_t begin, size_t end) {
  return std::string(
      text.substr(p[begin].begin, p[end - 1].end - p[begin].begin));
}

}  // namespace

std::vector<AbbreviationPair> FindAbbreviations(std::string_view text) {
  std::vector<AbbreviationPair> pairs;
  std::vector<CodePoint> p = core::DecodeUtf8Text(text);
  for (size_t open = 0; open < p.size(); ++open) {
    if (!IsOpen(p[open].c)) continue;
    size_t close = open + 1;
    while (close < p.size() && close - open <= 80 && !IsClose(p[close].c) &&
           p[close].c != '\n') {
      ++close;
    }
    if (close >= p.size() || !IsClose(p[close].c) || close == open + 1) {
      continue;
    }
    size_t before = open;  // one past the last code point before "("
    while (before > 0 && IsSpace(p[before - 1].c)) --before;
    if (IsAbbreviation(p, open + 1, close)) {
      // "endoscopic ultrasound (EUS)", "人工智能（AI）"
      if (before == 0) continue;
      size_t last = before - 1;
      size_t start =
          IsHan(p[last].c)
              ? HanNameFrom(p, last)
              : SpelledFrom(p, 0, last, LettersOf(p, open + 1, close));
      if (start != std::string_view::npos) {
        pairs.push_back(
            {Slice(text, p, open + 1, close), Slice(text, p, start, last + 1)});
      }
      continue;
    }
    // "EUS (endoscopic ultrasound)": the whole inside spells the word before.
    size_t word = before;
    while (word > 0 && !IsSpace(p[word - 1].c) && !IsBoundary(p[word - 1].c) &&
           !IsHan(p[word - 1].c)) {
      --word;
    }
    if (word == before || !IsAbbreviation(p, word, before)) continue;
    size_t start =
        SpelledFrom(p, open + 1, close - 1, LettersOf(p, word, before));
    if (start == open + 1) {
      pairs.push_back(
          {Slice(text, p, word, before), Slice(text, p, open + 1, close)});
    }
  }
  return pairs;
}

TermReport::TermReport(const core::Glossary& glossary,
                       const core::TextAnalyzer& analyzer)
    : glossary_(glossary), analyzer_(analyzer) {
  const auto& concepts = glossary.concepts();
  for (size_t i = 0; i < concepts.size(); ++i) {
    for (const std::string& key : concepts[i]) concept_of_.emplace(key, i);
  }
}

void TermReport::Add(const AbbreviationPair& written) {
  AbbreviationPair pair = written;
  std::string abbreviation =
      core::Glossary::FormKey(analyzer_, pair.abbreviation);
  std::string expansion = core::Glossary::FormKey(analyzer_, pair.expansion);
  // Han text has no spaces to say where a name starts: its shortest ending
  // that the glossary knows is the name ("掌握内镜下黏膜切除术").
  std::vector<CodePoint> p = core::DecodeUtf8Text(pair.expansion);
  if (!p.empty() && IsHan(p[0].c)) {
    for (size_t start = p.size() - 1; start-- > 0;) {
      std::string ending(pair.expansion.substr(p[start].begin));
      std::string key = core::Glossary::FormKey(analyzer_, ending);
      if (concept_of_.count(key) > 0) {
        pair.expansion = std::move(ending);
        expansion = std::move(key);
        break;
      }
    }
  }
  if (abbreviation.empty() || expansion.empty()) return;
  Seen& seen = seen_[{abbreviation, expansion}];
  if (seen.count++ == 0) seen.first = pair;
}

std::vector<size_t> TermReport::ConceptsOf(const std::string& key) const {
  std::vector<size_t> found;
  auto [begin, end] = concept_of_.equal_range(key);
  for (auto it = begin; it != end; ++it) found.push_back(it->second);
  return found;
}

std::vector<std::string> TermReport::Lines() const {
  std::vector<std::pair<int, std::string>> lines;
  auto name = [&](size_t concept_index) {
    return glossary_.DisplayName(glossary_.concepts()[concept_index][0]);
  };
  for (const auto& [keys, seen] : seen_) {
    std::vector<size_t> by_abbreviation = ConceptsOf(keys.first);
    std::vector<size_t> by_expansion = ConceptsOf(keys.second);
    bool known = std::any_of(
        by_abbreviation.begin(), by_abbreviation.end(), [&](size_t i) {
          return std::find(by_expansion.begin(), by_expansion.end(), i) !=
                 by_expansion.end();
        });
    if (known) continue;
    std::string note =
        by_abbreviation.empty() && by_expansion.empty() ? "new concept"
        : by_expansion.empty()
            ? "add the expansion to " + name(by_abbreviation[0])
        : by_abbreviation.empty()
            ? "add the abbreviation to " + name(by_expansion[0])
            : fmt::format("the glossary has them in two concepts: {} and {}",
                          name(by_abbreviation[0]), name(by_expansion[0]));
    lines.emplace_back(seen.count, fmt::format("{}\t{} = {}\t{}", seen.count,
                                               seen.first.abbreviation,
                                               seen.first.expansion, note));
  }
  std::stable_sort(
      lines.begin(), lines.end(),
      [](const auto& a, const auto& b) { return a.first > b.first; });
  std::vector<std::string> out;
  for (auto& [count, line] : lines) out.push_back(std::move(line));
  return out;
}

}  // namespace annals::indexer
