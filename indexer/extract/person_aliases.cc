// In-text aliases and Latin names in Chinese text.
#include "indexer/extract/person_aliases.h"

#include <algorithm>
#include <optional>
#include <string_view>

#include "core/person_name.h"
#include "indexer/extract/person_mentions.h"
#include "indexer/extract/text_scan.h"

namespace annals::indexer::people {
namespace {

constexpr size_t kMaxBracketBytes = 80;
constexpr int kMaxLatinWords = 4;
constexpr int kMaxHanChars = 20;  // 穆罕默德·拉希杜尔·伊斯兰: 13

// Titles written after a Chinese name: 教授 and the like.
constexpr std::string_view kHanTitles[] = {
    "副主任医师", "主任医师", "副教授", "教授", "院士", "博士", "副院长",
    "院长",       "副主任",   "主任",   "医师", "医生", "先生", "女士"};

enum class Kind { kNone, kLatin, kCyrillic, kHan, kThai };

Kind KindOf(char32_t c) {
  if (IsHan(c) || c == 0xB7 || c == 0x30FB) return Kind::kHan;
  if (IsThai(c)) return Kind::kThai;
  if (IsCyrillic(c)) return Kind::kCyrillic;
  // Latin Extended Additional holds the Vietnamese letters (Nguyễn).
  if ((c < 0x250 || (c >= 0x1E00 && c <= 0x1EFF)) && IsLetter(c))
    return Kind::kLatin;
  return Kind::kNone;
}

bool IsDot(char32_t c) { return c == 0xB7 || c == 0x30FB || c == 0x2022; }

struct Found {
  size_t begin = 0, end = 0;
  Kind kind = Kind::kNone;
};

// Capitalised words (Latin or Cyrillic) ending at `end`, at most
// kMaxLatinWords; each candidate start, nearest first.
std::vector<size_t> SpacedStartsBefore(std::string_view text, size_t end,
                                       Kind kind) {
  std::vector<size_t> starts;
  size_t pos = end;
  for (int words = 0; words < kMaxLatinWords && pos > 0; ++words) {
    size_t start = pos;
    while (start > 0) {
      CodePoint cp = DecodeBefore(text, start);
      bool inner = cp.c == '-' || cp.c == '\'' || cp.c == 0x2019;
      if (!(KindOf(cp.c) == kind || inner)) break;
      start -= cp.len;
    }
    if (start == pos || !IsUpper(DecodeAt(text, start).c)) break;
    starts.push_back(start);
    if (start == 0 || DecodeBefore(text, start).c != ' ') break;
    pos = start - 1;
  }
  return starts;
}

// Han letters and name dots ending at `end`; each candidate start, nearest
// first (2+ letters).
std::vector<size_t> HanStartsBefore(std::string_view text, size_t end) {
  std::vector<size_t> starts;
  size_t pos = end;
  for (int n = 1; n <= kMaxHanChars && pos > 0; ++n) {
    CodePoint cp = DecodeBefore(text, pos);
    if (KindOf(cp.c) != Kind::kHan) break;
    pos -= cp.len;
    if (n >= 2 && !IsDot(cp.c)) starts.push_back(pos);
  }
  return starts;
}

// A name of one script filling [begin, end) entirely, trimmed.
std::optional<Found> WholeName(std::string_view text, size_t begin,
                               size_t end) {
  begin = SkipSpaces(text, begin);
  end = SkipSpacesBack(text, end);
  if (begin >= end) return std::nullopt;
  Kind kind = KindOf(DecodeAt(text, begin).c);
  if (kind == Kind::kNone) return std::nullopt;
  int words = 1;
  for (size_t pos = begin; pos < end;) {
    CodePoint cp = DecodeAt(text, pos);
    bool space = cp.c == ' ' || cp.c == 0xA0;
    bool inner = cp.c == '-' || cp.c == '\'' || cp.c == 0x2019 || cp.c == '.';
    if (space) {
      ++words;
    } else if (!inner && KindOf(cp.c) != kind) {
      return std::nullopt;
    }
    pos += cp.len;
  }
  if (words > kMaxLatinWords) return std::nullopt;
  if ((kind == Kind::kLatin || kind == Kind::kCyrillic) &&
      (words < 2 || !IsUpper(DecodeAt(text, begin).c))) {
    return std::nullopt;
  }
  return Found{begin, end, kind};
}

bool SamePerson(std::string_view a, std::string_view b) {
  const std::string& ka = core::CachedPersonKey(std::string(a));
  const std::string& kb = core::CachedPersonKey(std::string(b));
  return (!ka.empty() && ka == kb) || core::PhoneticallyCompatible(a, b);
}

// The name of another script than `inside` that ends at `end` and may be
// the same person: the longest candidate that is.
std::optional<Found> NameBefore(std::string_view text, size_t end,
                                const Found& inside) {
  end = SkipSpacesBack(text, end);
  if (end == 0) return std::nullopt;
  Kind kind = KindOf(DecodeBefore(text, end).c);
  if (kind == Kind::kNone || kind == inside.kind || kind == Kind::kThai)
    return std::nullopt;
  std::vector<size_t> starts = kind == Kind::kHan
                                   ? HanStartsBefore(text, end)
                                   : SpacedStartsBefore(text, end, kind);
  std::string_view alias = text.substr(inside.begin, inside.end - inside.begin);
  std::optional<Found> best;
  for (size_t start : starts) {
    if (IsDot(DecodeAt(text, start).c)) continue;
    if (SamePerson(text.substr(start, end - start), alias))
      best = Found{start, end, kind};
  }
  return best;
}

// A name may start at pos: the text starts, or a non-Han character, a stop
// or clause character (伊朗的), a rule phrase (主任) or a country stands
// before it.
// `dotted`: the first part of a transliteration may hold stop characters
// (拉希杜尔), so only a clause character ends what stands before it.
bool HanNameMayStartAt(const Paragraph& p, size_t pos, bool dotted = false) {
  if (pos == 0) return true;
  CodePoint cp = DecodeBefore(p.text(), pos);
  if (IsDot(cp.c)) return false;
  if (!IsHan(cp.c)) return true;
  std::string_view c = p.text().substr(pos - cp.len, cp.len);
  if ((!dotted && p.rules().IsStopChar(c)) ||
      InSet(p.rules().clause_chars, c) || p.HitEndingAt(pos) != nullptr) {
    return true;
  }
  return std::any_of(
      p.Countries().begin(), p.Countries().end(),
      [pos](const core::CountryMention& m) { return m.end == pos; });
}

// "（Lanzhou University）" names no person: a Latin name in brackets may,
// with no institution, series or position word, no name stop and no country.
bool MayNamePerson(const Paragraph& p, const Found& inside) {
  std::string_view text = p.text();
  if (inside.kind != Kind::kLatin) return false;
  for (size_t pos = inside.begin; pos < inside.end;) {
    size_t word_end = WordEnd(text, pos);
    if (word_end == pos) break;
    const Hit* hit = p.HitStartingAt(pos);
    if ((hit != nullptr && (hit->Has(kHostHead) || hit->Has(kSeriesHead) ||
                            hit->Has(kPosition) || hit->Has(kPositionTitle))) ||
        InSet(p.rules().name_stops, text.substr(pos, word_end - pos)) ||
        p.CountryAt(pos)) {
      return false;
    }
    pos = SkipSpaces(text, word_end);
  }
  return true;
}

// "นพ.ทาคาฮาชิ เคนโตะ (Kento Takahashi)": a Thai name its honorific marked,
// right before a Latin name in brackets. Thai spelling neither sounds like
// the Latin to our keys nor keeps its word count (เหลียงจื้อหมิง is Liang
// Zhiming), so the honorific is what ties them.
std::optional<Found> ThaiMentionBefore(const Paragraph& p, size_t open,
                                       const Found& inside) {
  size_t end = SkipSpacesBack(p.text(), open);
  if (end == 0 || !IsThai(DecodeBefore(p.text(), end).c) ||
      !MayNamePerson(p, inside)) {
    return std::nullopt;
  }
  for (const Mention& m : p.mentions()) {
    if (m.lang == "th" && m.name_end == end) {
      return Found{m.name_begin, m.name_end, Kind::kThai};
    }
  }
  return std::nullopt;
}

// When the sounds do not tell (维克托·季霍诺夫 is Viktor Tikhonov, 阮文雄 is
// Nguyễn Văn Hùng), the shape does: a Latin name in brackets right after a
// transliteration with as many dotted parts as it has words, or after a
// surname-led Han name with as many characters as it has words.
std::optional<Found> HanNameOfShape(const Paragraph& p, size_t end,
                                    const Found& inside) {
  std::string_view text = p.text();
  if (inside.kind != Kind::kLatin) return std::nullopt;
  std::string_view alias = text.substr(inside.begin, inside.end - inside.begin);
  size_t words =
      1 + static_cast<size_t>(std::count(alias.begin(), alias.end(), ' '));
  if (!MayNamePerson(p, inside)) return std::nullopt;
  end = SkipSpacesBack(text, end);
  for (size_t start : HanStartsBefore(text, end)) {
    if (IsDot(DecodeAt(text, start).c)) continue;
    std::string_view name = text.substr(start, end - start);
    size_t chars = 0, dots = 0;
    for (size_t pos = 0; pos < name.size();) {
      CodePoint cp = DecodeAt(name, pos);
      IsDot(cp.c) ? ++dots : ++chars;
      pos += cp.len;
    }
    if (dots > 0) {
      if (dots + 1 > words) return std::nullopt;
      if (dots + 1 == words && HanNameMayStartAt(p, start, true)) {
        return Found{start, end, Kind::kHan};
      }
      continue;  // the first part goes on (穆罕默德·…)
    }
    if (!HanNameMayStartAt(p, start)) continue;
    bool fits = chars == words &&
                p.rules().IsSurname(name.substr(0, DecodeAt(name, 0).len));
    if (fits) return Found{start, end, Kind::kHan};
    return std::nullopt;  // the nearest start that may begin a name decides
  }
  return std::nullopt;
}

size_t HanTitleEndAt(std::string_view text, size_t pos) {
  for (std::string_view t : kHanTitles)
    if (StartsWith(text, pos, t)) return pos + t.size();
  return pos;
}

bool Overlaps(const std::vector<Mention>& mentions, size_t begin, size_t end) {
  return std::any_of(mentions.begin(), mentions.end(), [&](const Mention& m) {
    return m.begin < end && begin < m.end;
  });
}

void AddMention(Paragraph* p, size_t begin, size_t end, size_t mention_end,
                std::string honorific, std::string lang, std::string rule) {
  std::vector<Mention>& mentions = p->mentions();
  if (Overlaps(mentions, begin, end)) return;
  Mention m;
  m.begin = begin;
  m.end = std::max(end, mention_end);
  m.name_begin = begin;
  m.name_end = end;
  m.name = ValidUtf8(p->text().substr(begin, end - begin));
  m.honorific = std::move(honorific);
  m.lang = std::move(lang);
  m.rule = std::move(rule);
  AttachAttributes(*p, &m);
  auto at = std::lower_bound(
      mentions.begin(), mentions.end(), m.begin,
      [](const Mention& a, size_t pos) { return a.begin < pos; });
  mentions.insert(at, std::move(m));
}

// "Somchai Jaidee教授": Latin words right before a Chinese title.
void LatinNamesBeforeHanTitles(Paragraph* p) {
  std::string_view text = p->text();
  for (std::string_view title : kHanTitles) {
    for (size_t at = text.find(title); at != text.npos;
         at = text.find(title, at + title.size())) {
      size_t end = SkipSpacesBack(text, at);
      if (end == 0 || KindOf(DecodeBefore(text, end).c) != Kind::kLatin)
        continue;
      std::vector<size_t> starts = SpacedStartsBefore(text, end, Kind::kLatin);
      if (starts.size() < 2) continue;  // a surname alone is not enough
      AddMention(p, starts.back(), end, at + title.size(), std::string(title),
                 "zh", "zh:latin-name+title");
    }
  }
}

// "缅甸学员Thant Zin Oo代表学员发言": two to four capitalised Latin words right
// after a Han trainee noun, position or expert word.
void LatinNamesAfterHanNouns(Paragraph* p) {
  std::string_view text = p->text();
  for (const Hit& noun : p->hits()) {  // hits, not characters: cheap
    size_t pos = noun.end;
    if (pos >= text.size() ||
        !(noun.Has(kTraineeNoun) || noun.Has(kPosition) || noun.Has(kExpert))) {
      continue;
    }
    CodePoint cp = DecodeAt(text, pos);
    if (KindOf(cp.c) != Kind::kLatin || !IsUpper(cp.c) ||
        !IsHan(DecodeBefore(text, pos).c)) {
      continue;
    }
    size_t end = pos;
    int words = 0;
    for (size_t at = pos; words < kMaxLatinWords;) {
      size_t word_end = at;
      while (word_end < text.size()) {
        CodePoint c = DecodeAt(text, word_end);
        bool inner = c.c == '-' || c.c == '\'' || c.c == 0x2019;
        if (KindOf(c.c) != Kind::kLatin && !inner) break;
        word_end += c.len;
      }
      if (word_end == at || !IsUpper(DecodeAt(text, at).c)) break;
      end = word_end;
      ++words;
      if (word_end >= text.size() || text[word_end] != ' ') break;
      at = word_end + 1;
    }
    if (words >= 2) {
      AddMention(p, pos, end, end, "", "zh", "zh:noun+latin-name");
    }
  }
}

}  // namespace

std::vector<InTextAlias> FindNamesAcrossScripts(Paragraph* p) {
  std::string_view text = p->text();
  std::vector<InTextAlias> out;
  if (text.empty()) return out;
  LatinNamesBeforeHanTitles(p);
  LatinNamesAfterHanNouns(p);
  for (size_t open = 0; open < text.size(); ++open) {
    size_t inner;
    if (text[open] == '(') {
      inner = open + 1;
    } else if (StartsWith(text, open, "（")) {
      inner = open + std::string_view("（").size();
    } else {
      continue;
    }
    size_t close = std::min(text.find(')', inner), text.find("）", inner));
    if (close == text.npos || close - inner > kMaxBracketBytes) continue;
    std::optional<Found> inside = WholeName(text, inner, close);
    if (!inside) continue;
    std::optional<Found> before = NameBefore(text, open, *inside);
    if (!before) before = HanNameOfShape(*p, open, *inside);
    if (!before) before = ThaiMentionBefore(*p, open, *inside);
    if (!before) continue;
    size_t after =
        close + (text[close] == ')' ? 1 : std::string_view("）").size());
    size_t title_end = HanTitleEndAt(text, SkipSpaces(text, after));
    std::string title =
        title_end > after
            ? std::string(Trim(text.substr(after, title_end - after)))
            : "";
    AddMention(p, before->begin, before->end, title.empty() ? after : title_end,
               title, before->kind == Kind::kHan ? "zh" : "any",
               "any:in-text-alias");
    InTextAlias alias;
    alias.name =
        ValidUtf8(text.substr(before->begin, before->end - before->begin));
    alias.alias =
        ValidUtf8(text.substr(inside->begin, inside->end - inside->begin));
    alias.paragraph = p->index();
    out.push_back(std::move(alias));
  }
  return out;
}

}  // namespace annals::indexer::people
