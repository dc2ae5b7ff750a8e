// Honorifics and titles around a person's name ("Prof.", "教授", "ศ.นพ.").
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <string>
#include <utility>
#include <vector>

#include "core/person_name.h"
#include "core/person_name_internal.h"

namespace annals::core {
namespace {

using icu::UnicodeString;

// ---- Honorifics ----------------------------------------------------------

// How a title may be followed: by a dot (then anything), by a space or comma,
// or directly by the name (scripts written without spaces).
enum : unsigned { kDot = 1, kSpace = 2, kAttached = 4 };
// Chinese titles, before or (usually) after the name, never spaced.
constexpr const char* kHanTitles =
    "副主任医师|主任医师|主治医师|副教授|教授|院士|博士|副院长|院长|副主任|"
    "主任|医师|医生|大夫|护士长|书记|老师|先生|女士|专家";
// Leading titles by what may follow them; lower case, '|'-separated, without
// a final dot.
constexpr std::pair<unsigned, const char*> kLeadingTitles[] = {
    {kDot | kSpace,
     "professor|prof|assoc|asst|doctor|dr|mrs|mr|ms|acad|профессор|проф|"
     "доцент|доц|академик|акад|доктор|д-р|др|г-н|г-жа|ดร"},
    {kSpace,
     "associate professor|assistant professor|miss|madam|sir|dame|"
     "academician|dato'|dato|datuk|tan sri|puan|encik|господин|госпожа|คุณ|"
     "دکتر|پروفسور|آقای|خانم"},
    // Vietnamese giáo sư, phó giáo sư, tiến sĩ, thạc sĩ, bác sĩ; Thai ศ. นพ.
    {kDot, "pgs|gs|ts|ths|bs|ศ|รศ|ผศ|นพ|พญ|ทพ|ทพญ|ภก|ภญ|น.ส"},
    {kSpace | kAttached, "นางสาว|นาง|นาย"},
    {kAttached, kHanTitles},
};
constexpr const char* kTrailingLatin = "m.d.|md|ph.d.|phd|mbbs";

std::vector<UnicodeString> SplitBars(const char* list) {
  std::vector<UnicodeString> out;
  std::string_view rest(list);
  for (size_t p; (p = rest.find('|')) != rest.npos; rest.remove_prefix(p + 1))
    out.push_back(UnicodeString::fromUTF8(rest.substr(0, p)));
  out.push_back(UnicodeString::fromUTF8(rest));
  return out;
}

bool IsSpace(UChar32 c) { return u_isUWhiteSpace(c) || c == ','; }

int32_t SkipSpaces(const UnicodeString& u, int32_t i) {
  while (i < u.length() && IsSpace(u.char32At(i)))
    i += U16_LENGTH(u.char32At(i));
  return i;
}

bool MatchesAt(const UnicodeString& u, int32_t pos, const UnicodeString& t) {
  return pos >= 0 && pos + t.length() <= u.length() &&
         u.caseCompare(pos, t.length(), t, U_FOLD_CASE_DEFAULT) == 0;
}

// The end of a leading title at `pos` (where the name starts), or -1.
int32_t LeadingTitleEnd(const UnicodeString& u, int32_t pos) {
  static const std::vector<std::pair<UnicodeString, unsigned>> titles = [] {
    std::vector<std::pair<UnicodeString, unsigned>> v;
    for (const auto& [follow, list] : kLeadingTitles)
      for (UnicodeString& t : SplitBars(list)) v.emplace_back(t, follow);
    return v;
  }();
  int32_t best = -1;
  for (const auto& [text, follow] : titles) {
    if (!MatchesAt(u, pos, text)) continue;
    int32_t end = pos + text.length();
    if (end >= u.length()) continue;
    UChar c = u.charAt(end);
    if ((c == '.' || c == 0xFF0E) && (follow & kDot)) {
      end = SkipSpaces(u, end + 1);
    } else if (IsSpace(c) && (follow & kSpace)) {
      end = SkipSpaces(u, end);
    } else if (!(follow & kAttached) || IsSpace(c) || c == '.') {
      continue;
    }
    if (end < u.length() && end > best) best = end;
  }
  return best;
}

// The start of a trailing title ending at `end`, or -1.
int32_t TrailingTitleStart(const UnicodeString& u, int32_t end) {
  static const std::vector<UnicodeString> han = SplitBars(kHanTitles);
  static const std::vector<UnicodeString> latin = SplitBars(kTrailingLatin);
  for (const UnicodeString& t : han) {
    if (MatchesAt(u, end - t.length(), t) && end > t.length())
      return end - t.length();
  }
  for (const UnicodeString& t : latin) {
    int32_t pos = end - t.length();
    if (pos > 1 && MatchesAt(u, pos, t) && IsSpace(u.charAt(pos - 1)))
      return pos;
  }
  return -1;
}

UnicodeString Trimmed(const UnicodeString& u, int32_t begin, int32_t end) {
  begin = SkipSpaces(u, begin);
  while (end > begin && IsSpace(u.charAt(end - 1))) --end;
  return UnicodeString(u, begin, end - begin);
}

}  // namespace

void SplitHonorificUnicode(const UnicodeString& u, UnicodeString* honorific,
                           UnicodeString* name) {
  int32_t begin = SkipSpaces(u, 0), end = u.length();
  for (int32_t next; (next = LeadingTitleEnd(u, begin)) > 0;) begin = next;
  *honorific = Trimmed(u, 0, begin);
  while (end > begin && IsSpace(u.charAt(end - 1))) --end;
  int32_t tail_end = end;
  for (int32_t pos; (pos = TrailingTitleStart(u, end)) > begin;) {
    while (pos > begin && IsSpace(u.charAt(pos - 1))) --pos;
    if (pos == begin) break;  // nothing would be left
    end = pos;
  }
  if (end < tail_end) {
    if (!honorific->isEmpty()) honorific->append(UChar(' '));
    honorific->append(Trimmed(u, end, tail_end));
  }
  *name = Trimmed(u, begin, end);
}

std::string ToUtf8(const UnicodeString& u) {
  std::string out;
  u.toUTF8String(out);
  return out;
}

SplitName SplitHonorific(std::string_view text) {
  UnicodeString honorific, name;
  SplitHonorificUnicode(
      UnicodeString::fromUTF8(icu::StringPiece(text.data(), text.size())),
      &honorific, &name);
  return {ToUtf8(honorific), ToUtf8(name)};
}

}  // namespace annals::core
