// Pinyin shape of key words, and the word helpers the key files share.
#include <algorithm>
#include <string>
#include <unordered_set>
#include <vector>

#include "core/person_name_internal.h"

namespace annals::core {

std::vector<std::string> SplitWords(std::string_view key) {
  std::vector<std::string> words;
  for (size_t p = 0; p < key.size();) {
    size_t q = std::min(key.find(' ', p), key.size());
    if (q > p) words.emplace_back(key.substr(p, q - p));
    p = q + 1;
  }
  return words;
}

std::string Join(const std::vector<std::string>& words, size_t begin,
                 size_t end, const char* sep) {
  std::string out;
  for (size_t i = begin; i < end && i < words.size(); ++i) {
    if (i > begin) out += sep;
    out += words[i];
  }
  return out;
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
}  // namespace annals::core
