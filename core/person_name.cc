// Person-name keys: honorific splitting, transliteration to one key per
// name, key variants and tolerant key comparison. Rules: person_name.h.
#include "core/person_name.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "core/transliterator.h"

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

void Split(const UnicodeString& u, UnicodeString* honorific,
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

// ---- Transliteration -----------------------------------------------------

enum Translit { kHanNames, kHanPlain, kToLatin, kTranslitCount };
constexpr const char* kTranslitIds[kTranslitCount] = {
    "Han-Latin/Names; Latin-ASCII", "Han-Latin; Latin-ASCII",
    "Russian-Latin/BGN; Any-Latin; Latin-ASCII"};

bool Transliterate(Translit which, UnicodeString& text) {
  return TransliterateWithIcu(kTranslitIds[which], text);
}

// ---- Keys ----------------------------------------------------------------

bool IsScript(UChar32 c, UScriptCode script) {
  UErrorCode status = U_ZERO_ERROR;
  return uscript_getScript(c, &status) == script && U_SUCCESS(status);
}

// "kh" + 1-3 vowels + optional final: one Vietnamese syllable (Khánh).
bool IsVietnameseKhSyllable(std::string_view w) {
  if (!w.starts_with("kh")) return false;
  size_t i = 2;
  while (i < w.size() && std::string_view("aeiouy").find(w[i]) != w.npos) ++i;
  if (i == 2 || i > 5) return false;
  std::string_view rest = w.substr(i);
  for (std::string_view f : {"", "c", "ch", "m", "n", "ng", "nh", "p", "t"})
    if (rest == f) return true;
  return false;
}

void NormalizeAsciiWord(std::string& w) {
  if (!IsVietnameseKhSyllable(w)) {
    for (size_t p; (p = w.find("kh")) != w.npos;) w.erase(p, 1);
  }
  // Дмитрий: "dmitriy" -> "dmitry". Not after another i, so that a second
  // pass leaves the word as it is ("kiiy" would shrink a letter per pass).
  if (w.size() >= 4 && w.ends_with("iy") && w[w.size() - 3] != 'i')
    w.replace(w.size() - 2, 2, "y");
}

// ASCII text -> key words: letters and digits kept (lower case), quotes and
// hyphens inside a word deleted, anything else separates words.
std::vector<std::string> AsciiWords(std::string_view s) {
  std::vector<std::string> words(1);
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = s[i];
    bool next_alnum =
        i + 1 < s.size() && std::isalnum(static_cast<unsigned char>(s[i + 1]));
    if (c < 0x80 && std::isalnum(c)) {
      words.back() += static_cast<char>(std::tolower(c));
    } else if ((c == '\'' || c == '"' || c == '-' || c == '`') &&
               !words.back().empty() && next_alnum) {
      continue;
    } else if (!words.back().empty()) {
      words.emplace_back();
    }
  }
  if (words.back().empty()) words.pop_back();
  for (std::string& w : words) NormalizeAsciiWord(w);
  return words;
}

std::string Join(const std::vector<std::string>& words, size_t begin,
                 size_t end, const char* sep = " ") {
  std::string out;
  for (size_t i = begin; i < end && i < words.size(); ++i) {
    if (i > begin) out += sep;
    out += words[i];
  }
  return out;
}

// A transliterated Han part as one ASCII word (syllables joined).
std::string HanWord(UnicodeString part, Translit which) {
  if (part.isEmpty() || !Transliterate(which, part)) return "";
  return Join(AsciiWords(ToUtf8(part)), 0, SIZE_MAX, "");
}

std::string HanKey(const UnicodeString& u) {
  static const UnicodeString kCompound = UnicodeString::fromUTF8(
      "欧阳司马诸葛上官东方皇甫尉迟公孙慕容令狐夏侯长孙宇文司徒司空轩辕端木独孤"
      "南宫西门万俟闻人澹台公冶太史申屠钟离呼延赫连拓跋百里东郭闾丘濮阳淳于单"
      "于");
  static constexpr std::pair<const char*, const char*> kSurnameReading[] = {
      {"朴", "piao"}, {"覃", "qin"}, {"缪", "miao"}};
  std::vector<UnicodeString> parts(1);
  for (int32_t i = 0; i < u.length(); i += U16_LENGTH(u.char32At(i))) {
    UChar32 c = u.char32At(i);
    if (IsScript(c, USCRIPT_HAN)) {
      parts.back().append(c);
    } else if ((c == 0xB7 || c == 0x30FB || c == 0x2022 || c == 0x2027) &&
               !parts.back().isEmpty()) {
      parts.emplace_back();  // 阿卜杜拉·卡里莫夫: a foreign name
    }
  }
  if (parts.back().isEmpty()) parts.pop_back();
  if (parts.size() != 1) {
    std::vector<std::string> words;
    for (const UnicodeString& p : parts) words.push_back(HanWord(p, kHanPlain));
    return Join(words, 0, words.size());
  }
  const UnicodeString& han = parts[0];
  int32_t surname_len = U16_LENGTH(han.char32At(0));
  if (han.countChar32() >= 3) {
    for (int32_t i = 0; i + 1 < kCompound.length(); i += 2) {
      if (han.startsWith(kCompound, i, 2)) surname_len = 2;
    }
  }
  UnicodeString surname(han, 0, surname_len);
  std::string key = HanWord(surname, kHanNames);
  for (const auto& [han_surname, reading] : kSurnameReading) {
    if (surname == UnicodeString::fromUTF8(han_surname)) key = reading;
  }
  std::string given = HanWord(UnicodeString(han, surname_len), kHanPlain);
  if (!given.empty()) key += " " + given;
  return key;
}

// Thai, Persian ...: the text itself, folded; no romanisation.
std::string PlainKey(const UnicodeString& u) {
  UnicodeString out;
  bool space = false;
  for (int32_t i = 0; i < u.length(); i += U16_LENGTH(u.char32At(i))) {
    UChar32 c = u.char32At(i);
    if (c == 0x64A || c == 0x649) c = 0x6CC;  // ي ى -> ی
    if (c == 0x643) c = 0x6A9;                // ك -> ک
    if (c == 0x640 || c == 0x200C || c == 0x200D || c == 0x670 ||
        (c >= 0x64B && c <= 0x65F)) {
      continue;  // tatweel, ZWNJ/ZWJ, harakat
    }
    int8_t type = u_charType(c);
    if (u_isalnum(c) || type == U_NON_SPACING_MARK ||
        type == U_COMBINING_SPACING_MARK) {
      if (space && !out.isEmpty()) out.append(UChar(' '));
      out.append(c);
      space = false;
    } else {
      space = true;
    }
  }
  return ToUtf8(out);
}

// Tajik, Uzbek and Kazakh Cyrillic letters that Russian-Latin/BGN leaves
// alone, as the Russian letters they are usually written with (Раҳимов ->
// Рахимов -> rahimov). Input is case-folded.
void FoldCentralAsianCyrillic(UnicodeString& u) {
  static const UnicodeString kFrom = UnicodeString::fromUTF8("ҳһқғӯўұүӣіөәң");
  static const UnicodeString kTo = UnicodeString::fromUTF8("ххкгууууииоан");
  for (int32_t i = 0; i < kFrom.length(); ++i)
    u.findAndReplace(UnicodeString(kFrom[i]), UnicodeString(kTo[i]));
  u.findAndReplace(UnicodeString(UChar(0x4B7)), UnicodeString::fromUTF8("дж"));
}

// Drops bracketed parts: "Kamal Rahimov (Tajikistan)". Input is NFKC.
UnicodeString WithoutBrackets(UnicodeString u) {
  for (int32_t open; (open = u.indexOf(UChar('('))) >= 0;) {
    int32_t close = u.indexOf(UChar(')'), open);
    u.replace(open, close < 0 ? INT32_MAX : close - open + 1, UChar(' '));
  }
  return u;
}

std::vector<std::string> SplitWords(std::string_view key) {
  std::vector<std::string> words;
  for (size_t p = 0; p < key.size();) {
    size_t q = std::min(key.find(' ', p), key.size());
    if (q > p) words.emplace_back(key.substr(p, q - p));
    p = q + 1;
  }
  return words;
}

// ---- Pinyin shape ---------------------------------------------------------

bool IsPinyinSyllable(std::string_view s) {
  static const std::unordered_set<std::string> syllables = [] {
    std::unordered_set<std::string> set;
    std::vector<std::string> initials =
        SplitWords("b p m f d t n l g k h j q x zh ch sh r z c s y w");
    initials.emplace_back();
    const std::vector<std::string> finals = SplitWords(
        "a o e i u v ai ei ui ao ou iu ie ue ve er an en in un vn ang eng ing "
        "ong ia iao ian iang iong ua uo uai uan uang ueng");
    for (std::string_view i : initials) {
      for (std::string_view f : finals) {
        if (i.empty() && std::string_view("iuv").find(f[0]) != f.npos) continue;
        set.insert(std::string(i) + std::string(f));
      }
    }
    return set;
  }();
  return syllables.count(std::string(s)) > 0;
}

// Splits a word into pinyin syllables, longest first; {} if it is not pinyin.
std::vector<std::string> PinyinSyllables(std::string_view w) {
  if (w.empty() || w.size() > 40) return {};
  std::vector<bool> ok(w.size() + 1, false);  // ok[i]: w[i..] splits
  ok[w.size()] = true;
  for (size_t i = w.size(); i-- > 0;) {
    for (size_t n = 1; n <= 6 && i + n <= w.size() && !ok[i]; ++n)
      ok[i] = ok[i + n] && IsPinyinSyllable(w.substr(i, n));
  }
  if (!ok[0]) return {};
  std::vector<std::string> out;
  for (size_t i = 0; i < w.size();) {
    size_t n = std::min<size_t>(6, w.size() - i);
    while (!(ok[i + n] && IsPinyinSyllable(w.substr(i, n)))) --n;
    out.emplace_back(w.substr(i, n));
    i += n;
  }
  return out;
}

bool IsPinyinKey(const std::vector<std::string>& words) {
  return !words.empty() &&
         std::all_of(words.begin(), words.end(), [](const std::string& w) {
           return !PinyinSyllables(w).empty();
         });
}

bool IsAsciiKey(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) {
    return c == ' ' || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  });
}

// ---- Tolerant comparison --------------------------------------------------

void ReplaceAll(std::string& s, std::string_view from, std::string_view to) {
  for (size_t p = 0; (p = s.find(from, p)) != s.npos; p += to.size())
    s.replace(p, from.size(), to);
}

// Folds spelling alternatives of one transliterated word.
std::string Skeleton(std::string w) {
  for (const auto& [from, to] : {std::pair{"ks", "x"}, std::pair{"ye", "e"},
                                 std::pair{"ie", "e"}, std::pair{"ya", "ia"}})
    ReplaceAll(w, from, to);
  for (std::string_view end : {"ii", "ij", "iy", "yi"}) {
    if (w.size() > 3 && w.ends_with(end)) w.replace(w.size() - 2, 2, "y");
  }
  if (w.size() > 3 && w.ends_with("ei")) w.back() = 'y';
  return w;
}

// One substituted letter, or one letter inserted inside a word of `s` or `t`.
bool OneInteriorEdit(std::string_view s, std::string_view t) {
  if (s.size() < t.size()) std::swap(s, t);
  if (s.size() - t.size() > 1) return false;
  size_t i = 0;
  while (i < t.size() && s[i] == t[i]) ++i;
  if (s.size() == t.size()) {
    return i < s.size() && s[i] != ' ' && t[i] != ' ' &&
           s.substr(i + 1) == t.substr(i + 1);
  }
  return i > 0 && i + 1 < s.size() && s[i - 1] != ' ' && s[i] != ' ' &&
         s[i + 1] != ' ' && s.substr(i + 1) == t.substr(i);
}

}  // namespace

SplitName SplitHonorific(std::string_view text) {
  UnicodeString honorific, name;
  Split(UnicodeString::fromUTF8(icu::StringPiece(text.data(), text.size())),
        &honorific, &name);
  return {ToUtf8(honorific), ToUtf8(name)};
}

namespace {

// PersonKey without the length rule below.
std::string PersonKeyOnce(std::string_view name) {
  UnicodeString u =
      UnicodeString::fromUTF8(icu::StringPiece(name.data(), name.size()));
  if (u.length() > kMaxNameUnits) {
    u.truncate(U16_IS_LEAD(u.charAt(kMaxNameUnits - 1)) ? kMaxNameUnits - 1
                                                        : kMaxNameUnits);
  }
  static const icu::Normalizer2* const nfkc = [] {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* n = icu::Normalizer2::getNFKCInstance(status);
    return U_SUCCESS(status) ? n : nullptr;
  }();
  UErrorCode status = U_ZERO_ERROR;
  UnicodeString normalized = nfkc ? nfkc->normalize(u, status) : u;
  if (U_SUCCESS(status)) u = normalized;
  UnicodeString honorific, bare;
  Split(WithoutBrackets(u), &honorific, &bare);
  bare.foldCase();
  bool han = false, plain = false;
  for (int32_t i = 0; i < bare.length(); i += U16_LENGTH(bare.char32At(i))) {
    UChar32 c = bare.char32At(i);
    han = han || IsScript(c, USCRIPT_HAN);
    plain = plain || IsScript(c, USCRIPT_THAI) || IsScript(c, USCRIPT_ARABIC);
  }
  if (han) {
    std::string key = HanKey(bare);
    if (!key.empty()) return key;
  }
  if (plain) return PlainKey(bare);
  UnicodeString latin = bare;
  // ASCII needs no romanising; skipping the transliterator keeps a query for
  // "endoscopy training" from building ICU's transliterator registry.
  bool ascii =
      std::all_of(latin.getBuffer(), latin.getBuffer() + latin.length(),
                  [](char16_t c) { return c < 0x80; });
  FoldCentralAsianCyrillic(latin);
  if (ascii || Transliterate(kToLatin, latin)) {
    std::string key = Join(AsciiWords(ToUtf8(latin)), 0, SIZE_MAX);
    if (!key.empty()) return key;
  }
  return PlainKey(bare);
}

}  // namespace

std::string PersonKey(std::string_view name) {
  // One pass is not always a fixed point: romanising can make a key longer
  // than kMaxNameUnits (a long Han run), and letters no rule romanises (N'Ko)
  // can glue to their neighbours only on a second pass. Key the key again
  // until it no longer changes, so PersonKey is idempotent on its output.
  std::string key = PersonKeyOnce(name);
  for (int pass = 0; pass < 4; ++pass) {
    std::string again = PersonKeyOnce(key);
    if (again == key) break;
    key = std::move(again);
  }
  return key;
}

const std::string& CachedPersonKey(const std::string& name) {
  constexpr size_t kMaxCachedNames = 200000;  // a few tens of MB at most
  thread_local std::unordered_map<std::string, std::string> keys;
  if (keys.size() > kMaxCachedNames) keys.clear();
  auto it = keys.find(name);
  if (it == keys.end()) it = keys.emplace(name, PersonKey(name)).first;
  return it->second;
}

std::vector<std::string> PersonKeyVariants(std::string_view name) {
  std::string key = PersonKey(name);
  if (key.empty()) return {};
  std::vector<std::string> out{key};
  auto add = [&out](std::string v) {
    if (!v.empty() && std::find(out.begin(), out.end(), v) == out.end())
      out.push_back(std::move(v));
  };
  std::vector<std::string> w = SplitWords(key);
  if (!IsAsciiKey(key)) return out;
  if (w.size() == 2) add(w[1] + " " + w[0]);
  for (size_t i = 1; i + 1 < w.size(); ++i) {
    if (w[i] == "bin" || w[i] == "binti" || w[i] == "bte" || w[i] == "bt") {
      add(Join(w, 0, i));
      break;
    }
  }
  if (!IsPinyinKey(w)) return out;
  if (w.size() >= 3) {
    add(w[0] + " " + Join(w, 1, w.size(), ""));
    add(w.back() + " " + Join(w, 0, w.size() - 1, ""));
  } else if (w.size() == 2) {
    add(w[0] + " " + Join(PinyinSyllables(w[1]), 0, SIZE_MAX));
  }
  return out;
}

PersonKeyForms::PersonKeyForms(std::string_view key) {
  std::string keyed = IsAsciiKey(key) ? std::string(key) : PersonKey(key);
  std::vector<std::string> words = SplitWords(keyed);
  words_ = words.size();
  joined_ = Join(words, 0, SIZE_MAX);
  ascii_ = IsAsciiKey(keyed);
  if (words.empty() || !ascii_) return;
  if (IsPinyinKey(words))
    pinyin_ = words[0] + " " + Join(words, 1, SIZE_MAX, "");
  for (std::string& w : words) skeleton_letters_ += (w = Skeleton(w)).size();
  skeleton_ = Join(words, 0, SIZE_MAX);
}

bool PersonKeyForms::SamePerson(const PersonKeyForms& other) const {
  if (words_ == 0 || other.words_ == 0) return false;
  if (joined_ == other.joined_) return true;
  if (!ascii_ || !other.ascii_) return false;
  if (!pinyin_.empty() && !other.pinyin_.empty())
    return pinyin_ == other.pinyin_;
  if (skeleton_ == other.skeleton_) return true;
  return words_ == other.words_ &&
         std::min(skeleton_letters_, other.skeleton_letters_) >= 8 &&
         OneInteriorEdit(skeleton_, other.skeleton_);
}

bool SamePersonKey(std::string_view a, std::string_view b) {
  return PersonKeyForms(a).SamePerson(PersonKeyForms(b));
}

}  // namespace annals::core
