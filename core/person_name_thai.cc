// Thai script to Latin letters after the Royal Thai General System (RTGS),
// the romanisation Thai names are written in. ICU's Thai-Latin is ISO 11940,
// a letter-for-letter scheme nobody writes names in.
//
// Syllable by syllable: an optional leading vowel (เ แ โ ใ ไ), an initial
// consonant (with a silent ห or อ before it, or a cluster with ร ล ว), the
// vowel signs after it, then a final consonant when the next letter starts
// no syllable of its own. Tone marks are dropped; a letter under ์ is
// silent. A consonant with no vowel sign reads "o" before a final consonant
// (สม som) and "a" otherwise. Deviations from RTGS, for names written in
// Latin letters: ข ค ฆ read "k" (Kittisak, not Khittisak), and final ล and
// ฟ read "l" and "f" (กมล Kamol, a foreign -ov).
#include <unicode/unistr.h>

#include <string>

#include "core/person_name_internal.h"

namespace annals::core {
namespace {

struct ThaiConsonant {
  const char* initial;
  const char* final_;
};

// U+0E01 ก .. U+0E2E ฮ.
constexpr ThaiConsonant kConsonants[] = {
    {"k", "k"},  {"k", "k"},   {"k", "k"},  {"k", "k"},  {"k", "k"},
    {"k", "k"},  {"ng", "ng"}, {"ch", "t"}, {"ch", "t"}, {"ch", "t"},
    {"s", "t"},  {"ch", "t"},  {"y", "n"},  {"d", "t"},  {"t", "t"},
    {"th", "t"}, {"th", "t"},  {"th", "t"}, {"n", "n"},  {"d", "t"},
    {"t", "t"},  {"th", "t"},  {"th", "t"}, {"th", "t"}, {"n", "n"},
    {"b", "p"},  {"p", "p"},   {"ph", "p"}, {"f", "f"},  {"ph", "p"},
    {"f", "f"},  {"ph", "p"},  {"m", "m"},  {"y", "i"},  {"r", "n"},
    {"", ""},    {"l", "l"},   {"", ""},    {"w", "o"},  {"s", "t"},
    {"s", "t"},  {"s", "t"},   {"h", ""},   {"l", "l"},  {"", ""},
    {"h", ""}};

bool IsConsonant(char16_t c) {
  return c >= 0x0E01 && c <= 0x0E2E && c != 0x0E24 && c != 0x0E26;
}
bool IsLeadingVowel(char16_t c) { return c >= 0x0E40 && c <= 0x0E44; }
bool IsToneOrMark(char16_t c) { return c >= 0x0E48 && c <= 0x0E4B; }
constexpr char16_t kSilencer = 0x0E4C;  // ์
constexpr char16_t kShort = 0x0E47;     // ็
// Vowel signs written after or over/under the initial.
bool IsFollowingVowel(char16_t c) {
  return (c >= 0x0E30 && c <= 0x0E3A) || c == 0x0E45 || c == kShort;
}
// Sonorants a silent ห makes high-class (หลี่ li, หวัง wang).
bool IsLowSonorant(char16_t c) {
  return c == u'ง' || c == u'ญ' || c == u'น' || c == u'ม' || c == u'ย' ||
         c == u'ร' || c == u'ล' || c == u'ว';
}

class Romaniser {
 public:
  explicit Romaniser(const icu::UnicodeString& text) : t_(text) {}

  std::string Run() {
    while (i_ < t_.length()) {
      char16_t c = t_.charAt(i_);
      if (IsLeadingVowel(c) || IsConsonant(c)) {
        Syllable();
      } else if (c < 0x80) {
        out_ += static_cast<char>(c);
        ++i_;
      } else if (c >= 0x0E00 && c <= 0x0E7F) {
        ++i_;  // a stray sign: tone mark, ๆ, ฯ, digits
      } else {
        out_ += ' ';
        ++i_;
      }
    }
    return out_;
  }

 private:
  char16_t At(int32_t i) const { return i < t_.length() ? t_.charAt(i) : 0; }
  // The next letter that is not a tone mark, from i.
  int32_t SkipTones(int32_t i) const {
    while (IsToneOrMark(At(i))) ++i;
    return i;
  }
  static const ThaiConsonant& Of(char16_t c) { return kConsonants[c - 0x0E01]; }

  void Syllable() {
    char16_t lead = IsLeadingVowel(At(i_)) ? At(i_++) : 0;
    i_ = SkipTones(i_);
    if (!IsConsonant(At(i_))) {
      out_ += LeadOnly(lead);
      return;
    }
    // Silent ห before a sonorant, silent อ before ย.
    if ((At(i_) == u'ห' && IsLowSonorant(At(i_ + 1))) ||
        (At(i_) == u'อ' && At(i_ + 1) == u'ย')) {
      ++i_;
    }
    std::string onset = Of(At(i_)).initial;
    ++i_;
    // A cluster: ร ล ว after a consonant (not the silent อ), then a vowel
    // sign (ขวา khwa, ซวิน swin); after a leading vowel, then no vowel sign
    // (เปรม prem; in โนวา the ว starts the next syllable).
    char16_t second = At(i_);
    bool sign_after = IsFollowingVowel(At(SkipTones(i_ + 1)));
    if ((second == u'ร' || second == u'ล' || second == u'ว') &&
        !onset.empty() && (lead == 0 ? sign_after : !sign_after)) {
      onset += Of(second).initial;
      ++i_;
    }
    out_ += onset;
    std::string vowel = Vowel(lead);
    out_ += vowel;
    Final(vowel.empty());
  }

  static std::string LeadOnly(char16_t lead) {
    switch (lead) {
      case u'เ':
        return "e";
      case u'แ':
        return "ae";
      case u'โ':
        return "o";
      case u'ใ':
      case u'ไ':
        return "ai";
      default:
        return "";
    }
  }

  // The vowel after the onset; "" when the syllable has no written vowel.
  std::string Vowel(char16_t lead) {
    i_ = SkipTones(i_);
    char16_t v = At(i_);
    auto take = [this](int n) { i_ = SkipTones(i_ + n); };
    if (lead == u'เ') {
      if (v == u'ี' && At(SkipTones(i_ + 1)) == u'ย') return take(2), "ia";
      if (v == u'ื' && At(SkipTones(i_ + 1)) == u'อ') return take(2), "uea";
      if (v == u'ิ') return take(1), "oe";
      if (v == u'า') {
        take(1);
        if (At(i_) == u'ะ') take(1);
        return "ao";
      }
      if (v == u'อ') return take(1), "oe";
      if (v == u'ะ' || v == kShort) return take(1), "e";
      return "e";
    }
    if (lead == u'แ') {
      if (v == u'ะ' || v == kShort) take(1);
      return "ae";
    }
    if (lead == u'โ') {
      if (v == u'ะ') take(1);
      return "o";
    }
    if (lead == u'ใ' || lead == u'ไ') return "ai";
    switch (v) {
      case u'ั':
        take(1);
        if (At(i_) == u'ว') return take(1), "ua";
        return "a";
      case u'ะ':
      case u'า':
        return take(1), "a";
      case u'ำ':
        return take(1), "am";
      case u'ิ':
      case u'ี':
        return take(1), "i";
      case u'ึ':
        return take(1), "ue";
      case u'ื':
        take(1);
        if (At(i_) == u'อ') take(1);
        return "ue";
      case u'ุ':
      case u'ู':
        return take(1), "u";
      case kShort:
        return take(1), "o";
      default:
        break;
    }
    // No vowel sign: อ or ว as the vowel (ก่อน kon, กวน kuan), else the
    // inherent o before a final consonant, a otherwise.
    if (v == u'อ' && !IsFollowingVowel(At(SkipTones(i_ + 1)))) {
      take(1);
      return "o";
    }
    if (v == u'ว' && IsConsonant(At(i_ + 1)) &&
        !IsFollowingVowel(At(SkipTones(i_ + 2)))) {
      take(1);
      return "ua";
    }
    if (IsConsonant(v) && !IsFollowingVowel(At(SkipTones(i_ + 1))) &&
        At(SkipTones(i_ + 1)) != kSilencer) {
      return "o";
    }
    return IsConsonant(v) ? "" : "a";
  }

  // A final consonant: one that no vowel sign follows (a following vowel
  // makes it the next syllable's initial).
  void Final(bool no_vowel) {
    char16_t c = At(i_);
    if (!IsConsonant(c)) {
      if (no_vowel) out_ += "a";
      return;
    }
    int32_t after = SkipTones(i_ + 1);
    if (At(after) == kSilencer) {  // silent: drop it and its mark
      i_ = after + 1;
      if (no_vowel) out_ += "a";
      return;
    }
    if (IsFollowingVowel(At(after))) {
      if (no_vowel) out_ += "a";
      return;
    }
    // Two consonants then a vowel sign: the second starts the next syllable
    // (สมชาย: ม is som's final); so does a consonant before a leading vowel.
    out_ += Of(c).final_;
    i_ = after;
  }

  const icu::UnicodeString& t_;
  int32_t i_ = 0;
  std::string out_;
};

}  // namespace

std::string ThaiToLatin(const icu::UnicodeString& name) {
  return Romaniser(name).Run();
}

}  // namespace annals::core
