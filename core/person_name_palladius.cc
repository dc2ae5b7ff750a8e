// Chinese names written in Cyrillic by the Palladius system, read back as
// pinyin: Ли Сюнь -> "li xun", Чэнь Цзюнь -> "chen jun", Ван Вэйдун ->
// "wang weidong". The table is built from the system's rules (an initial and
// a final per pinyin syllable), not listed syllable by syllable.
#include <unicode/unistr.h>

#include <initializer_list>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/person_name_internal.h"

namespace annals::core {
namespace {

// Pinyin initial -> Palladius. j, q and x come before i and ü only; z, c
// and s never do, so the vowel that follows tells цз/ц/с apart.
constexpr std::pair<const char*, const char*> kInitials[] = {
    {"b", "б"},  {"p", "п"},  {"m", "м"}, {"f", "ф"},  {"d", "д"},
    {"t", "т"},  {"n", "н"},  {"l", "л"}, {"g", "г"},  {"k", "к"},
    {"h", "х"},  {"j", "цз"}, {"q", "ц"}, {"x", "с"},  {"zh", "чж"},
    {"ch", "ч"}, {"sh", "ш"}, {"r", "ж"}, {"z", "цз"}, {"c", "ц"},
    {"s", "с"}};

// Pinyin final (v for ü) after a consonant -> Palladius.
constexpr std::pair<const char*, const char*> kFinals[] = {
    {"a", "а"},      {"o", "о"},     {"e", "э"},     {"i", "и"},
    {"u", "у"},      {"v", "юй"},    {"ai", "ай"},   {"ei", "эй"},
    {"ui", "уй"},    {"ao", "ао"},   {"ou", "оу"},   {"iu", "ю"},
    {"ie", "е"},     {"ve", "юэ"},   {"an", "ань"},  {"en", "энь"},
    {"in", "инь"},   {"un", "унь"},  {"vn", "юнь"},  {"ang", "ан"},
    {"eng", "эн"},   {"ing", "ин"},  {"ong", "ун"},  {"ia", "я"},
    {"iao", "яо"},   {"ian", "янь"}, {"iang", "ян"}, {"iong", "юн"},
    {"ua", "уа"},    {"uo", "о"},    {"uai", "уай"}, {"uan", "уань"},
    {"uang", "уан"}, {"van", "юань"}};

// Syllables without a consonant initial, in pinyin spelling.
constexpr std::pair<const char*, const char*> kBare[] = {
    {"a", "а"},       {"o", "о"},      {"e", "э"},     {"ai", "ай"},
    {"ei", "эй"},     {"ao", "ао"},    {"ou", "оу"},   {"an", "ань"},
    {"en", "энь"},    {"ang", "ан"},   {"eng", "эн"},  {"er", "эр"},
    {"yi", "и"},      {"ya", "я"},     {"yao", "яо"},  {"ye", "е"},
    {"you", "ю"},     {"yan", "янь"},  {"yin", "инь"}, {"yang", "ян"},
    {"ying", "ин"},   {"yong", "юн"},  {"yu", "юй"},   {"yue", "юэ"},
    {"yuan", "юань"}, {"yun", "юнь"},  {"wu", "у"},    {"wa", "ва"},
    {"wo", "во"},     {"wai", "вай"},  {"wei", "вэй"}, {"wan", "вань"},
    {"wen", "вэнь"},  {"wang", "ван"}, {"weng", "вэн"}};

// Surnames a Palladius name may start with (pinyin): the common ones, so
// that a Russian name that happens to split into syllables ("Ли Анна" aside)
// is not read as Chinese.
constexpr const char* kSurnames =
    "li wang zhang liu chen yang zhao huang zhou wu xu sun hu zhu gao lin he "
    "guo ma luo liang song zheng xie han tang feng yu dong xiao cheng cao "
    "yuan deng fu shen zeng peng lu su jiang cai jia ding wei xue ye yan pan "
    "du dai xia zhong tian ren fan fang shi yao tan liao zou xiong jin hao "
    "kong bai cui kang mao qiu qin gu hou shao meng long wan duan lei qian "
    "yin yi chang qiao lai gong wen niu bao hong zhan ou mu ji zhai an che "
    "geng guan ke ling lou mi miao ning nie pang qi rao rong ruan sha tong "
    "xing zang zuo ouyang situ shangguan zhuge sima dongfang huangfu";

// A pinyin syllable as the keys write it (ü as u).
std::string KeySpelling(std::string pinyin) {
  for (char& c : pinyin)
    if (c == 'v') c = 'u';
  return pinyin;
}

// Palladius spelling -> pinyin syllable.
using Table = std::unordered_map<std::u16string, std::string>;

std::u16string U16(const char* utf8) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(utf8);
  return std::u16string(u.getBuffer(), u.getBuffer() + u.length());
}

// Adds `written` -> `pinyin`; a spelling two syllables share is dropped.
void Add(Table* table, std::unordered_set<std::u16string>* clashes,
         const std::u16string& written, const std::string& pinyin) {
  auto [it, added] = table->emplace(written, pinyin);
  if (!added && it->second != pinyin) clashes->insert(written);
}

// Palladius spelling of a consonant + final, "" when pinyin has no such
// syllable; the rules that depend on the pair: zi -> цзы, zhi -> чжи,
// ju -> цзюй, jun -> цзюнь, luo -> ло, bo -> бо.
std::string Spell(const std::string& initial, std::string final_) {
  auto is = [&initial](std::initializer_list<const char*> set) {
    for (const char* i : set)
      if (initial == i) return true;
    return false;
  };
  bool palatal = is({"j", "q", "x"});
  bool dental = is({"z", "c", "s"});
  bool retroflex = is({"zh", "ch", "sh", "r"});
  bool velar = is({"g", "k", "h"});
  bool labial = is({"b", "p", "m", "f"});
  char head = final_[0];
  if (palatal) {
    if (final_ == "u" || final_ == "un" || final_ == "ue" || final_ == "uan")
      final_[0] = head = 'v';  // ju, jun, jue, juan are ü
    if (head != 'i' && head != 'v') return "";
  } else if (final_ == "ue") {
    return "";
  }
  if ((dental || retroflex || velar) &&
      (head == 'v' || (head == 'i' && final_ != "i")))
    return "";
  if (velar && final_ == "i") return "";
  if (dental && final_ == "i") return "ы";
  if ((final_ == "o") != labial && (final_ == "o" || final_ == "uo")) return "";
  for (const auto& [f, written] : kFinals)
    if (final_ == f) return written;
  return "";
}

const Table& Syllables() {
  static const Table table = [] {
    Table t;
    std::unordered_set<std::u16string> clashes;
    std::vector<std::string> finals;
    for (const auto& [f, written] : kFinals) finals.emplace_back(f);
    finals.emplace_back("ue");
    for (const auto& [initial, written_initial] : kInitials) {
      for (const std::string& f : finals) {
        std::string final_written = Spell(initial, f);
        if (final_written.empty()) continue;
        std::string spelled = f;
        if ((initial[0] == 'j' || initial[0] == 'q' || initial[0] == 'x') &&
            f[0] == 'u')
          spelled[0] = 'v';
        std::string pinyin = KeySpelling(initial + spelled);
        std::string written = std::string(written_initial) + final_written;
        Add(&t, &clashes, U16(written.c_str()), pinyin);
      }
    }
    for (const auto& [pinyin, written] : kBare)
      Add(&t, &clashes, U16(written), pinyin);
    // Common looser spellings: е for э after a consonant (Чень), where that
    // names no other syllable.
    Table loose;
    for (const auto& [written, pinyin] : t) {
      std::u16string alt = written;
      for (size_t i = 1; i < alt.size(); ++i)
        if (alt[i] == u'э') alt[i] = u'е';
      if (alt != written && !t.count(alt)) loose.emplace(alt, pinyin);
    }
    t.insert(loose.begin(), loose.end());
    for (const std::u16string& c : clashes) t.erase(c);
    return t;
  }();
  return table;
}

// Splits a word into Palladius syllables (longest first, with backtracking)
// and returns their pinyin joined; nullopt when it does not split.
std::optional<std::vector<std::string>> Split(const std::u16string& w) {
  const Table& table = Syllables();
  constexpr size_t kLongest = 6;  // цзюань, чжуань
  if (w.empty() || w.size() > 24) return std::nullopt;
  std::vector<int> next(w.size() + 1, -1);  // next[i]: syllable length at i
  std::vector<bool> ok(w.size() + 1, false);
  ok[w.size()] = true;
  for (size_t i = w.size(); i-- > 0;) {
    for (size_t n = std::min(kLongest, w.size() - i); n > 0 && !ok[i]; --n) {
      if (ok[i + n] && table.count(w.substr(i, n))) {
        ok[i] = true;
        next[i] = static_cast<int>(n);
      }
    }
  }
  if (!ok[0]) return std::nullopt;
  std::vector<std::string> out;
  for (size_t i = 0; i < w.size(); i += static_cast<size_t>(next[i]))
    out.push_back(table.at(w.substr(i, static_cast<size_t>(next[i]))));
  return out;
}

}  // namespace

std::optional<std::string> PalladiusToPinyin(const icu::UnicodeString& name) {
  static const std::unordered_set<std::string> surnames = [] {
    std::unordered_set<std::string> set;
    for (const std::string& s : SplitWords(kSurnames)) set.insert(s);
    return set;
  }();
  // Words: Cyrillic letters only; hyphens and apostrophes join (Сяо-пин).
  std::vector<std::u16string> words(1);
  for (int32_t i = 0; i < name.length(); ++i) {
    char16_t c = name.charAt(i);
    if (c >= u'а' && c <= u'я') {
      words.back() += c;
    } else if (c == u'ё') {
      return std::nullopt;
    } else if (c == '-' || c == '\'' || c == 0x2019) {
      continue;
    } else if (c == ' ' || c == 0xA0) {
      if (!words.back().empty()) words.emplace_back();
    } else {
      return std::nullopt;
    }
  }
  if (words.back().empty()) words.pop_back();
  if (words.size() < 2 || words.size() > 3) return std::nullopt;
  auto surname = Split(words[0]);
  if (!surname) return std::nullopt;
  std::string family = Join(*surname, 0, SIZE_MAX, "");
  if (!surnames.count(family)) return std::nullopt;
  std::string given;
  size_t syllables = 0;
  for (size_t i = 1; i < words.size(); ++i) {
    auto part = Split(words[i]);
    if (!part) return std::nullopt;
    syllables += part->size();
    given += Join(*part, 0, SIZE_MAX, "");
  }
  if (syllables == 0 || syllables > 2) return std::nullopt;
  return family + " " + given;
}

}  // namespace annals::core
