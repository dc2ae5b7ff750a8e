// Person-name keys: transliteration to one key per name, and key variants.
// Rules: person_name.h.
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

#include "core/person_name_internal.h"
#include "core/transliterator.h"

namespace annals::core {
namespace {

using icu::UnicodeString;

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
}

void ReplaceEvery(std::string& w, std::string_view from, std::string_view to) {
  for (size_t p; (p = w.find(from)) != w.npos;) w.replace(p, from.size(), to);
}

// One spelling for the romanisation variants of a non-pinyin word, mostly
// Russian ones: Евгений is Yevgeny, Evgeny, Evgenii and Yevgeniy; Алексей is
// Aleksei and Alexey; Фёдор is Fyodor and Fedor; Мария is Mariya and Maria.
// Folds: "ks" -> "x", "ye" -> "e" (not in uyen/uyet: Nguyen), "yo" after a
// consonant -> "e", "iya" -> "ia", and a final y, iy, ij, yi or ii -> "i" in
// words of 4+ letters. Every fold shortens or keeps the word and leaves nothing
// to fold again.
void FoldRomanisation(std::string& w) {
  ReplaceEvery(w, "ks", "x");
  // "ye" -> "e", except in the Vietnamese rhymes uyen/uyet (Nguyen).
  for (size_t p = 0; (p = w.find("ye", p)) != w.npos;) {
    bool vietnamese = p > 0 && w[p - 1] == 'u' && p + 2 < w.size() &&
                      (w[p + 2] == 'n' || w[p + 2] == 't');
    if (vietnamese) {
      p += 2;
    } else {
      w.erase(p, 1);
    }
  }
  for (size_t p = 1; (p = w.find("yo", p)) != w.npos;) {
    if (std::string_view("aeiouy").find(w[p - 1]) == std::string_view::npos) {
      // Not `replace(p, 2, "e")`: GCC 12's false -Wrestrict in Release
      // (GCC bug 105651).
      w[p] = 'e';
      w.erase(p + 1, 1);
    } else {
      ++p;
    }
  }
  ReplaceEvery(w, "iya", "ia");
  // й before a consonant: Mikhaylov = Mikhailov.
  auto vowel = [](char c) {
    return std::string_view("aeiouy").find(c) != std::string_view::npos;
  };
  for (size_t p = 1; p + 1 < w.size(); ++p) {
    if (w[p] == 'y' && vowel(w[p - 1]) && !vowel(w[p + 1])) w[p] = 'i';
  }
  if (w.size() < 4) return;
  if (w.ends_with("ij") || w.ends_with("yi")) w.replace(w.size() - 2, 2, "i");
  if (w.back() == 'y') w.back() = 'i';
  while (w.size() >= 4 && w.ends_with("ii")) w.pop_back();
}

// The key of romanised words: FoldRomanisation on each word unless the whole
// name is pinyin, whose spellings are exact ("ye" is 叶, "xun" is 汛).
std::string RomanisedKey(std::vector<std::string> words) {
  if (!IsPinyinKey(words)) {
    for (std::string& w : words) {
      bool letters = std::all_of(w.begin(), w.end(),
                                 [](char c) { return c >= 'a' && c <= 'z'; });
      // Folded to a fixed point, so that a key is its own key: one pass on
      // "...yyy" leaves "...yi", which the next pass folds again. Each pass
      // that changes the word shortens it or turns a 'y' into 'i'.
      for (std::string before; letters && before != w;) {
        before = w;
        FoldRomanisation(w);
      }
    }
  }
  return Join(words, 0, SIZE_MAX);
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
  SplitHonorificUnicode(WithoutBrackets(u), &honorific, &bare);
  bare.foldCase();
  bool han = false, plain = false, thai = false, cyrillic = false;
  for (int32_t i = 0; i < bare.length(); i += U16_LENGTH(bare.char32At(i))) {
    UChar32 c = bare.char32At(i);
    han = han || IsScript(c, USCRIPT_HAN);
    thai = thai || IsScript(c, USCRIPT_THAI);
    cyrillic = cyrillic || IsScript(c, USCRIPT_CYRILLIC);
    plain = plain || IsScript(c, USCRIPT_ARABIC);
  }
  if (han) {
    std::string key = HanKey(bare);
    if (!key.empty()) return key;
  }
  if (thai) {
    std::string key = RomanisedKey(AsciiWords(ThaiToLatin(bare)));
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
  if (cyrillic) {
    if (auto pinyin = PalladiusToPinyin(latin)) return *pinyin;
  }
  if (ascii || Transliterate(kToLatin, latin)) {
    std::string key = RomanisedKey(AsciiWords(ToUtf8(latin)));
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

}  // namespace annals::core
