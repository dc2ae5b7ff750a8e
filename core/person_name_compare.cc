// Tolerant comparison of person keys: spelling alternatives of
// transliteration and one-letter slips (SamePersonKey), and the phonetic
// compatibility of a name with its rendering in another script.
#include <unicode/unistr.h>
#include <unicode/uscript.h>

#include <algorithm>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "core/person_name.h"
#include "core/person_name_internal.h"

namespace annals::core {
namespace {

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

// ---- Phonetic compatibility across scripts -------------------------------

namespace annals::core {
namespace {

// Consonant classes; a letter may belong to several (j is ch in "Jaidee"
// and g in 加 jia, as Chinese writes "Olga" 奥尔加).
enum : uint16_t {
  kP = 1,
  kT = 2,
  kK = 4,
  kC = 8,
  kS = 16,
  kM = 32,
  kN = 64,
  kL = 128,
  kWordBreak = 256
};

// The class of the letters at w[i] (a digraph when `*len` becomes 2);
// 0 for letters that carry no consonant (vowels, y, w, v, f, which scripts
// render too differently: ว is w or v, ฟ is f or v).
uint16_t ClassAt(std::string_view w, size_t i, size_t* len) {
  *len = 1;
  char c = w[i], d = i + 1 < w.size() ? w[i + 1] : 0;
  auto two = [len](uint16_t cls) {
    *len = 2;
    return cls;
  };
  if (d == 'h') {
    switch (c) {
      case 'c':
        return two(kC);
      case 'z':
        return two(kC);
      case 's':
        return two(kS);
      case 't':
        return two(kT);
      case 'p':
        return two(kP);
      case 'k':
        return two(kK);
      case 'g':
        return two(kK);
      default:
        break;
    }
  }
  if (c == 'n' && d == 'g') return two(kN);
  if (c == 't' && (d == 's' || d == 'z')) return two(kC | kS);
  if (c == 'c' && d == 'k') return two(kK);
  switch (c) {
    case 'b':
    case 'p':
      return kP;
    case 'd':
    case 't':
      return kT;
    case 'g':
    case 'k':
      return kK;
    case 'q':
      return kC | kK;
    case 'c':
      return kK | kS | kC;
    case 'j':
      return kC | kK;
    case 'x':
      return kS | kK;
    case 'z':
      return kS | kC;
    case 's':
      return kS;
    case 'h':
      return kS | kK;
    case 'r':
    case 'l':
      return kL;
    case 'm':
      return kM;
    case 'n':
      return kN;
    default:
      return 0;
  }
}

// A key's consonant classes, repeats collapsed, words separated.
std::vector<uint16_t> ConsonantSkeleton(std::string_view key) {
  std::vector<uint16_t> out;
  for (const std::string& w : SplitWords(key)) {
    if (!out.empty()) out.push_back(kWordBreak);
    for (size_t i = 0, len = 1; i < w.size(); i += len) {
      uint16_t cls = ClassAt(w, i, &len);
      if (cls != 0 && (out.empty() || out.back() != cls)) out.push_back(cls);
    }
  }
  return out;
}

int ScriptOf(std::string_view name) {
  icu::UnicodeString u =
      icu::UnicodeString::fromUTF8(icu::StringPiece(name.data(), name.size()));
  for (int32_t i = 0; i < u.length(); i += U16_LENGTH(u.char32At(i))) {
    UErrorCode status = U_ZERO_ERROR;
    UScriptCode script = uscript_getScript(u.char32At(i), &status);
    if (U_SUCCESS(status) && script > USCRIPT_INHERITED) return script;
  }
  return USCRIPT_COMMON;
}

// A name whose key spells its sounds exactly: a Chinese name in Han (not a
// dotted transliteration) or a Latin name in pinyin. Two of them are one
// person only with one key: 陈军 "chen jun" is not Chen Juan.
bool ExactReading(std::string_view name, const std::string& key) {
  int script = ScriptOf(name);
  if (script == USCRIPT_HAN) {
    return name.find("\u00b7") == name.npos && name.find("\u30fb") == name.npos;
  }
  return (script == USCRIPT_LATIN || script == USCRIPT_COMMON) &&
         IsPinyinKey(SplitWords(key));
}

}  // namespace

bool PhoneticallyCompatible(std::string_view a, std::string_view b) {
  // Cached: an event's names are compared pair by pair.
  std::string ka =
      IsAsciiKey(a) ? std::string(a) : CachedPersonKey(std::string(a));
  std::string kb =
      IsAsciiKey(b) ? std::string(b) : CachedPersonKey(std::string(b));
  if (!IsAsciiKey(ka) || !IsAsciiKey(kb) || ka.empty() || kb.empty())
    return false;
  if (ExactReading(a, ka) && ExactReading(b, kb)) return ka == kb;
  std::vector<uint16_t> sa = ConsonantSkeleton(ka), sb = ConsonantSkeleton(kb);
  size_t consonants = std::count_if(sa.begin(), sa.end(),
                                    [](uint16_t c) { return c != kWordBreak; });
  if (sa.size() != sb.size() || consonants < 3) return false;
  for (size_t i = 0; i < sa.size(); ++i) {
    if ((sa[i] & sb[i]) == 0) return false;
  }
  return true;
}

std::vector<std::pair<size_t, size_t>> AlignNamesAcrossScripts(
    const std::vector<std::string>& a, const std::vector<std::string>& b) {
  std::vector<std::string> ka, kb;
  std::vector<int> sa, sb;
  for (const std::string& n : a)
    ka.push_back(CachedPersonKey(n)), sa.push_back(ScriptOf(n));
  for (const std::string& n : b)
    kb.push_back(CachedPersonKey(n)), sb.push_back(ScriptOf(n));
  // compatible[i][j]: a[i] and b[j], in different scripts, may be one person.
  std::vector<std::vector<bool>> compatible(a.size(),
                                            std::vector<bool>(b.size()));
  std::vector<int> per_a(a.size()), per_b(b.size());
  for (size_t i = 0; i < a.size(); ++i) {
    for (size_t j = 0; j < b.size(); ++j) {
      if (sa[i] == sb[j]) continue;  // 马林 and 马琳 are two people
      bool same = !ka[i].empty() && ka[i] == kb[j];
      if (!same && !PhoneticallyCompatible(a[i], b[j])) continue;
      compatible[i][j] = true;
      ++per_a[i];
      ++per_b[j];
    }
  }
  std::vector<std::pair<size_t, size_t>> out;
  for (size_t i = 0; i < a.size(); ++i) {
    for (size_t j = 0; j < b.size(); ++j) {
      if (compatible[i][j] && per_a[i] == 1 && per_b[j] == 1)
        out.emplace_back(i, j);
    }
  }
  return out;
}

}  // namespace annals::core
