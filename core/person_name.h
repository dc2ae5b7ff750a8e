// Person identity across scripts: honorifics, one normalised key per name
// ("李汛", "Li Xun" and "Prof. Li Xun" all give "li xun"), query-time key
// variants, and a tolerant comparison of two keys.
//
// Key rules (PersonKey), in order:
//  1. Input is NFKC-normalised; invalid UTF-8 becomes U+FFFD; only the first
//     kMaxNameUnits UTF-16 units are used. Bracketed parts ("(Tajikistan)")
//     and leading/trailing honorifics (SplitHonorific, repeatedly) go.
//  2. Han: surname first, read with ICU "Han-Latin/Names" (单 shan, 曾 zeng;
//     a few overrides: 朴 piao, 覃 qin, 缪 miao); compound surnames (欧阳 ...)
//     are one word; the given name's syllables are joined: 欧阳明华 ->
//     "ouyang minghua". Names with a middle dot (阿卜杜拉·卡里莫夫) are
//     foreign: each part becomes one word, in written order.
//  3. Cyrillic names shaped like Chinese names in the Palladius system (a
//     common Chinese surname, a given name of one or two syllables) are read
//     back as pinyin: Ли Сюнь -> "li xun", Чэнь Цзюнь -> "chen jun".
//  4. Thai: romanised by RTGS rules (person_name_thai.cc), then as rule 5's
//     Latin: สมชาย ใจดี -> "somchai chaidi". Arabic script: NFKC + case
//     fold, Arabic ي ى ك -> Persian ی ک, tatweel, harakat and ZWNJ removed,
//     punctuation -> space; no romanisation.
//  5. Everything else: ICU "Russian-Latin/BGN; Any-Latin; Latin-ASCII", lower
//     case (Nguyễn Văn An -> "nguyen van an"); apostrophes, quotes and
//     hyphens inside a word are deleted (Ol'ga -> olga, Wei-Dong -> weidong);
//     other punctuation separates words. Then, in every ASCII key:
//       - "kh" -> "h" (Rakhimov = Rahimov = Рахимов, Khasanov = Hasanov),
//         except in a word shaped like one Vietnamese syllable ("kh" + 1-3
//         vowels + optional c/ch/m/n/ng/nh/p/t), so Khánh and Hạnh stay apart;
//       - unless every word is pinyin (whose spellings are exact), the
//         romanisation variants fold: "ks" -> "x", "ye" -> "e", "yo" after a
//         consonant -> "e", "iya" -> "ia", vowel+y+consonant -> "i", a final
//         y/iy/ij/yi/ii -> "i" in words of 4+ letters: Yevgeniy = Evgeny =
//         "evgeni", Aleksei = Alexey = "alexei", Fyodor = Фёдор = "fedor",
//         Dmitriy = "dmitri".
//     Word order is kept: "Ivanova Olga" != "Olga Ivanova" (see variants).
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace annals::core {

// Names longer than this (in UTF-16 code units) are cut before keying.
inline constexpr int kMaxNameUnits = 256;

// A name with its honorific or title taken off.
struct SplitName {
  std::string honorific;  // as written, e.g. "Prof.", "教授", "ศ.นพ."; or ""
  std::string name;       // the rest, trimmed
};

// Splits leading and trailing honorifics/titles off a name, case-insensitive,
// with or without a dot or space: "Prof.Kamal Rahimov" -> ("Prof.", "Kamal
// Rahimov"); "马林教授" -> ("教授", "马林"); "Проф. Иванов"; "Dr Ivanova";
// "ศ.นพ.สมชาย ใจดี" -> ("ศ.นพ.", "สมชาย ใจดี"); "PGS.TS. Nguyễn Thị Lan".
// Several leading titles are returned together ("Prof. Dr."). A title is never
// removed when nothing would be left ("Dr." -> ("", "Dr.")).
SplitName SplitHonorific(std::string_view text);

// The normalised key of a name: ASCII lower-case words separated by one
// space, or a normalised Thai/Arabic-script string (see the rules above).
// "" for a name with no letters. Never fails; idempotent on its own output.
std::string PersonKey(std::string_view name);

// PersonKey through a per-thread cache: transliteration runs under a
// process-wide lock and names recur from document to document.
const std::string& CachedPersonKey(const std::string& name);

// Keys under which a name may also be found, the key first: the reversed
// order of a 2-word ASCII key ("xun li"); a Malay name without its bin/binti
// part ("siti aminah"); for pinyin-shaped keys the given name joined
// ("wang wei dong" -> "wang weidong"), spaced ("wang weidong" -> "wang wei
// dong") and moved from Western order ("wei dong wang" -> "wang weidong").
// For finding candidates at query time; never a reason to merge two people.
std::vector<std::string> PersonKeyVariants(std::string_view name);

// True when two keys (PersonKey outputs; other strings are keyed first) most
// likely name the same person:
//  - equal after folding spelling alternatives of transliteration (final
//    ii/ij/iy/yi/y, final ei/ey, ks/x, ye/ie/e, ya/ia), or for pinyin keys
//    after joining the given name's syllables;
//  - otherwise, for non-pinyin keys with the same number of words and at
//    least 8 letters in the shorter one: one substituted letter, or one letter
//    inserted inside a word (not at a word's start or end, so that "ivanov"
//    is not "ivanova" and a name inside a longer name is not that name).
// Pinyin keys that differ in a letter are different people ("chen jun" vs
// "chen juan", "zhang wei" vs "zhang wen"); word order matters.
bool SamePersonKey(std::string_view a, std::string_view b);

// True when two names (or keys) may be one person written in two scripts:
// their keys have the same words and, word by word, consonants of the same
// classes in the same order (vowels, y, w, v and f aside; j is ch or g; x
// is s or ks ...). หลี่ ซวิน ~ Li Xun, 谢尔盖·伊万诺夫 ~ Sergei Ivanov,
// โอลกา อีวาโนวา ~ Olga Ivanova. Loose on purpose: Chen Jun ~ Chen Juan too,
// so it only ever pairs names already known to be of one event, and only
// one-to-one (AlignNamesAcrossScripts). Needs 3+ consonants. Two names
// whose keys spell them exactly (Han, not a dotted transliteration; Latin
// pinyin) must have one key: 陈娟 is not Chen Jun.
bool PhoneticallyCompatible(std::string_view a, std::string_view b);

// Names of one event in two documents: the pairs (i, j) where a[i] and b[j]
// are in different scripts and have the same key or are
// PhoneticallyCompatible, and neither has another such partner in the other
// list. Names in one script are never paired (马林 and 马琳 are two people).
std::vector<std::pair<size_t, size_t>> AlignNamesAcrossScripts(
    const std::vector<std::string>& a, const std::vector<std::string>& b);

// What SamePersonKey compares of one key, worked out once: a reader that
// compares the few keys it wants with every key of a thousand documents pays
// for each key's forms once, not once per pair.
class PersonKeyForms {
 public:
  explicit PersonKeyForms(std::string_view key);
  // SamePersonKey of the two keys.
  bool SamePerson(const PersonKeyForms& other) const;

 private:
  size_t words_ = 0;
  std::string joined_;  // the words joined by single spaces
  bool ascii_ = false;
  std::string pinyin_;  // surname, space, given name joined ("" if not pinyin)
  std::string skeleton_;  // the words' spelling skeletons, joined
  size_t skeleton_letters_ = 0;
};

}  // namespace annals::core
