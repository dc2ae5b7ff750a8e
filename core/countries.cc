// Country names in any language -> ISO 3166-1 alpha-2: the name table (ICU
// plus corpus/data/country_aliases.txt) and the free-text matcher. Rules in
// countries.h.
#include "core/countries.h"

#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cctype>
#include <climits>
#include <cstdlib>
#include <fstream>
#include <utility>

#ifndef ANNALS_DATA_DIR
#define ANNALS_DATA_DIR ""
#endif

namespace annals::core {
namespace {

enum class Kind { kWord, kHan, kThai };

// A word (Latin, Cyrillic, Arabic ...) or a run of Han or Thai characters.
struct Token {
  size_t begin = 0, end = 0;  // byte offsets in the text
  Kind kind = Kind::kWord;
  bool joined = false;  // a word after a word with only spaces, hyphens,
                        // apostrophes, dots or '&' between them
  std::string folded;   // words: case and accents folded
};

bool IsHan(UChar32 c) {
  return (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) ||
         (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x323AF);
}
bool IsThai(UChar32 c) { return c >= 0x0E01 && c <= 0x0E5B; }
bool IsCyrillic(UChar32 c) { return c >= 0x400 && c <= 0x4FF; }

bool IsJoiner(UChar32 c) {
  return u_isUWhiteSpace(c) || c == '-' || c == '\'' || c == '.' || c == '&' ||
         c == 0x2019 || c == 0x02BC || (c >= 0x2010 && c <= 0x2014);
}

bool IsInheritedMark(UChar32 c) {
  UErrorCode status = U_ZERO_ERROR;
  return u_charType(c) == U_NON_SPACING_MARK &&
         uscript_getScript(c, &status) == USCRIPT_INHERITED &&
         U_SUCCESS(status);
}

bool IsWordChar(UChar32 c) {
  int8_t type = u_charType(c);
  return u_isalnum(c) || type == U_NON_SPACING_MARK ||
         type == U_COMBINING_SPACING_MARK || c == 0x200C || c == 0x200D;
}

void AppendUtf8(UChar32 c, std::string& out) {
  char buf[U8_MAX_LENGTH];
  int32_t n = 0;
  UBool error = false;
  U8_APPEND(buf, n, U8_MAX_LENGTH, c, error);
  if (!error) out.append(buf, n);
}

// Appends one code point of a word, case- and accent-folded.
void AppendFolded(UChar32 c, std::string& out) {
  if (c < 0x80) {
    out += static_cast<char>(std::tolower(c));
    return;
  }
  c = u_foldCase(c, U_FOLD_CASE_DEFAULT);
  switch (c) {
    case 0xDF:
      out += "ss";
      return;
    case 0xE6:
      out += "ae";
      return;
    case 0x153:
      out += "oe";
      return;
    case 0xF0:
    case 0x111:
      out += 'd';
      return;
    case 0xF8:
      out += 'o';
      return;
    case 0x142:
      out += 'l';
      return;
    case 0x131:
      out += 'i';
      return;
    case 0x640:
    case 0x200C:
    case 0x200D:
      return;  // tatweel, ZWNJ, ZWJ
    case 0x649:
    case 0x64A:
      c = 0x6CC;
      break;  // ى ي -> ی
    case 0x643:
      c = 0x6A9;
      break;  // ك -> ک
    default:
      break;
  }
  if (IsInheritedMark(c)) return;
  if (c < 0x2000) {  // Latin, Greek, Cyrillic: drop accents (ё -> е, й -> и)
    static const icu::Normalizer2* nfd = [] {
      UErrorCode status = U_ZERO_ERROR;
      const icu::Normalizer2* n = icu::Normalizer2::getNFDInstance(status);
      return U_SUCCESS(status) ? n : nullptr;
    }();
    icu::UnicodeString parts;
    if (nfd != nullptr && nfd->getDecomposition(c, parts)) {
      for (int32_t i = 0; i < parts.length();
           i += U16_LENGTH(parts.char32At(i)))
        if (!IsInheritedMark(parts.char32At(i)))
          AppendUtf8(parts.char32At(i), out);
      return;
    }
  }
  AppendUtf8(c, out);
}

std::vector<Token> Tokenize(std::string_view text) {
  std::vector<Token> tokens;
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t n =
      static_cast<int32_t>(std::min<size_t>(text.size(), INT32_MAX));
  bool in_token = false, after_word = false;
  for (int32_t i = 0; i < n;) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, n, c);
    Kind kind = IsHan(c) ? Kind::kHan : IsThai(c) ? Kind::kThai : Kind::kWord;
    if (c < 0 || (kind == Kind::kWord && !IsWordChar(c))) {
      bool was_word = in_token && tokens.back().kind == Kind::kWord;
      after_word =
          (was_word || (!in_token && after_word)) && c >= 0 && IsJoiner(c);
      in_token = false;
      continue;
    }
    if (!in_token || tokens.back().kind != kind) {
      Token& t = tokens.emplace_back();
      t.begin = start;
      t.kind = kind;
      t.joined = kind == Kind::kWord && !in_token && after_word;
      in_token = true;
      after_word = false;
    }
    tokens.back().end = i;
    if (kind == Kind::kWord) AppendFolded(c, tokens.back().folded);
  }
  return tokens;
}

// The table key of a name: words joined by one space, or the Han (Thai)
// characters written together; "" for anything else.
std::string KeyOf(std::string_view text, const std::vector<Token>& tokens) {
  std::string key;
  if (tokens.empty()) return key;
  Kind kind = tokens[0].kind;
  for (const Token& t : tokens) {
    if (t.kind != kind) return "";
    if (kind == Kind::kWord) {
      if (!key.empty()) key += ' ';
      key += t.folded;
    } else {
      key += text.substr(t.begin, t.end - t.begin);
    }
  }
  if (kind != Kind::kWord && key.size() < 6) return "";  // one character
  return key;
}

bool IsCyrillicWord(const Token& t) {
  return t.kind == Kind::kWord && !t.folded.empty() &&
         static_cast<uint8_t>(t.folded[0]) >= 0xD0 &&
         static_cast<uint8_t>(t.folded[0]) <= 0xD3;
}

// The stem of a one-word Russian name (countries.h), or "".
std::string StemOf(std::string_view text, const std::vector<Token>& tokens) {
  if (tokens.size() != 1 || !IsCyrillicWord(tokens[0])) return "";
  const Token& t = tokens[0];
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  int32_t end = static_cast<int32_t>(t.end);
  UChar32 last;
  U8_PREV(s, static_cast<int32_t>(t.begin), end, last);
  last = u_tolower(last);
  std::string stem = t.folded;
  if (std::u32string_view(U"аяйь").find(last) != std::u32string_view::npos) {
    stem.resize(stem.size() - 2);  // the folded last letter is 2 bytes
  } else if (!IsCyrillic(last) || std::u32string_view(U"еёиоуыэю").find(last) !=
                                      std::u32string_view::npos) {
    return "";  // indeclinable (Мали, Перу)
  }
  return stem.size() >= 8 ? stem : "";  // 4+ letters
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front())))
    s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back())))
    s.remove_suffix(1);
  return s;
}

std::string ToUtf8(const icu::UnicodeString& u) {
  std::string out;
  u.toUTF8String(out);
  return out;
}

}  // namespace

void CountryGazetteer::Upsert(StringMap<Entry>& map, const std::string& key,
                              const Entry& entry) {
  auto [it, inserted] = map.try_emplace(key, entry);
  Entry& old = it->second;
  if (inserted || entry.priority < old.priority) return;
  if (entry.priority > old.priority) {
    old = entry;
  } else if (old.code != entry.code) {
    old.ambiguous = true;
  } else {
    old.lookup_only = old.lookup_only && entry.lookup_only;
  }
}

void CountryGazetteer::Add(std::string_view name, const std::string& code,
                           int priority) {
  std::vector<Token> tokens = Tokenize(name);
  std::string key = KeyOf(name, tokens);
  if (key.empty()) return;
  bool two_letters = key.size() <= 2 && tokens[0].folded.size() == key.size();
  Upsert(names_, key, Entry{code, priority, false, two_letters});
  std::string stem = StemOf(name, tokens);
  if (!stem.empty()) Upsert(stems_, stem, Entry{code, priority, false, false});
}

void CountryGazetteer::AddIcuNames() {
  for (const char* const* c = icu::Locale::getISOCountries(); *c != nullptr;
       ++c) {
    const std::string code = *c;
    const icu::Locale region("", *c);
    for (const char* lang : {"en", "zh", "ru", "th", "fa", "vi"}) {
      icu::UnicodeString display;
      region.getDisplayCountry(icu::Locale(lang), display);
      std::string name = ToUtf8(display);
      if (name.empty() || name == code) continue;  // ICU has no name
      if (lang == std::string_view("en")) english_[code] = name;
      if (lang == std::string_view("vi")) {
        std::string key = KeyOf(name, Tokenize(name));
        if (key.size() - std::count(key.begin(), key.end(), ' ') < 6) continue;
      }
      Add(name, code, 2);
      // "Myanmar (Burma)", "刚果（金）", "هنگ‌کنگ، منطقهٔ ...": parts at
      // level 1.
      for (std::string_view open : {"(", "（", ",", "،", "，"}) {
        size_t p = name.find(open);
        if (p == std::string::npos) continue;
        Add(std::string_view(name).substr(0, p), code, 1);
        size_t close = name.find_first_of(")）", p);
        if (open[0] == '(' || open == "（")
          Add(std::string_view(name).substr(p + open.size(),
                                            close - p - open.size()),
              code, 1);
      }
      if (lang == std::string_view("en")) {
        std::string long_form = name;
        if (size_t p = long_form.find('&'); p != std::string::npos)
          long_form.replace(p, 1, "and");
        if (long_form.starts_with("St. ")) long_form.replace(0, 3, "Saint");
        Add(long_form, code, 2);
      }
    }
  }
}

Status CountryGazetteer::AddAliases(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::NotFound(path + ": cannot read the country aliases");
  std::vector<std::string> lookup_only;
  std::string line;
  for (int line_no = 1; std::getline(in, line); ++line_no) {
    std::string_view rest = Trim(line);
    if (rest.empty() || rest[0] == '#') continue;
    std::vector<std::string_view> fields;
    for (size_t p; (p = rest.find('=')) != rest.npos; rest.remove_prefix(p + 1))
      fields.push_back(Trim(rest.substr(0, p)));
    fields.push_back(Trim(rest));
    const std::string where = path + ":" + std::to_string(line_no) + ": ";
    if (fields.size() < 2 || std::count(fields.begin(), fields.end(), "") > 0)
      return Status::Invalid(where + "expected \"CODE = name = name ...\"");
    std::string code(fields[0]);
    if (code != "-" && code != "?" && english_.count(code) == 0)
      return Status::Invalid(where + "unknown country code \"" + code + "\"");
    if (code == "-") code.clear();
    for (size_t i = 1; i < fields.size(); ++i) {
      std::string_view name = fields[i];
      if (fields[0] == "?") {
        lookup_only.emplace_back(name);
      } else if (name.back() == '*') {
        name.remove_suffix(1);
        std::string stem = KeyOf(name, Tokenize(name));
        if (stem.empty() || stem.find(' ') != std::string::npos)
          return Status::Invalid(where + "a stem is one word: \"" +
                                 std::string(name) + "*\"");
        Upsert(stems_, stem, Entry{code, 3, false, false});
      } else {
        Add(name, code, 3);
      }
    }
  }
  if (in.bad()) return Status::IoError(path + ": read error");
  for (const std::string& name : lookup_only) {
    std::vector<Token> tokens = Tokenize(name);
    if (auto it = names_.find(KeyOf(name, tokens)); it != names_.end())
      it->second.lookup_only = true;
    if (auto it = stems_.find(StemOf(name, tokens)); it != stems_.end())
      it->second.lookup_only = true;
  }
  return Status::Ok();
}

void CountryGazetteer::Finish() {
  for (const auto& [key, entry] : names_) {
    UChar32 c;
    U8_GET_UNSAFE(reinterpret_cast<const uint8_t*>(key.data()), 0, c);
    if (IsHan(c) || IsThai(c)) {
      first_char_[c] = std::max(first_char_[c], key.size());
    } else {
      size_t words = std::count(key.begin(), key.end(), ' ') + 1;
      size_t& longest = first_word_[key.substr(0, key.find(' '))];
      longest = std::max(longest, words);
    }
  }
}

CountryGazetteer CountryGazetteer::FromIcu() {
  CountryGazetteer g;
  g.AddIcuNames();
  g.Finish();
  return g;
}

Result<CountryGazetteer> CountryGazetteer::Load(
    const std::string& aliases_path) {
  CountryGazetteer g;
  g.AddIcuNames();
  ANNALS_RETURN_IF_ERROR(g.AddAliases(aliases_path));
  g.Finish();
  return g;
}

const CountryGazetteer& CountryGazetteer::Default() {
  static const CountryGazetteer gazetteer = [] {
    const char* env = std::getenv("ANNALS_DATA_DIR");
    std::string dir = env != nullptr && *env != '\0' ? env : ANNALS_DATA_DIR;
    Result<CountryGazetteer> loaded = Load(dir + "/country_aliases.txt");
    if (loaded.ok()) return std::move(loaded).value();
    CountryGazetteer icu_only = FromIcu();
    icu_only.load_status_ = loaded.status();
    return icu_only;
  }();
  return gazetteer;
}

const CountryGazetteer::Entry* CountryGazetteer::FindStem(
    std::string_view word) const {
  // Folded Russian case endings (й is folded to и), shortest first.
  static constexpr std::string_view kEndings[] = {
      "а",  "я",   "у",   "ю",   "е",   "и",   "ы",   "ои",  "еи", "ом", "ем",
      "ою", "ею",  "ам",  "ям",  "ах",  "ях",  "ии",  "ию",  "ие", "ыи", "ая",
      "яя", "ое",  "ее",  "ые",  "ую",  "юю",  "их",  "ых",  "им", "ым", "ов",
      "ев", "ами", "ями", "ого", "его", "ому", "ему", "ими", "ыми"};
  for (std::string_view ending : kEndings) {
    if (word.size() <= ending.size() || !word.ends_with(ending)) continue;
    auto it = stems_.find(word.substr(0, word.size() - ending.size()));
    if (it != stems_.end()) return &it->second;
  }
  return nullptr;
}

std::string CountryGazetteer::Lookup(std::string_view name) const {
  name = Trim(name);
  if (name.size() == 2 && std::isalpha(static_cast<unsigned char>(name[0])) &&
      std::isalpha(static_cast<unsigned char>(name[1]))) {
    std::string code{
        static_cast<char>(std::toupper(static_cast<unsigned char>(name[0]))),
        static_cast<char>(std::toupper(static_cast<unsigned char>(name[1])))};
    if (english_.count(code) > 0) return code;
  }
  std::vector<Token> tokens = Tokenize(name);
  if (tokens.size() > 1 && tokens[0].folded == "the")
    tokens.erase(tokens.begin());
  const Entry* entry = nullptr;
  if (auto it = names_.find(KeyOf(name, tokens)); it != names_.end()) {
    entry = &it->second;
  } else if (name.starts_with("ประเทศ")) {
    return Lookup(name.substr(std::string_view("ประเทศ").size()));
  } else if (tokens.size() == 1 && IsCyrillicWord(tokens[0])) {
    entry = FindStem(tokens[0].folded);
  }
  return entry != nullptr && !entry->ambiguous ? entry->code : "";
}

void CountryGazetteer::Report(const Entry& entry, size_t begin, size_t end,
                              std::vector<CountryMention>& out) {
  if (!entry.code.empty() && !entry.ambiguous && !entry.lookup_only)
    out.push_back({begin, end, entry.code});
}

// Max-length matching inside a run of Han or Thai characters.
void CountryGazetteer::ScanRun(std::string_view text, size_t begin, size_t end,
                               std::vector<CountryMention>& out) const {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  std::vector<int32_t> ends;
  for (int32_t p = static_cast<int32_t>(begin), next;
       p < static_cast<int32_t>(end); p = next) {
    next = p;
    UChar32 c;
    U8_NEXT(s, next, static_cast<int32_t>(end), c);
    auto first = first_char_.find(c);
    if (first == first_char_.end()) continue;
    ends.clear();
    int32_t limit = static_cast<int32_t>(std::min(end, p + first->second));
    for (int32_t e = next; e <= limit;) {
      ends.push_back(e);
      if (e == limit) break;
      U8_FWD_1(s, e, limit);
    }
    for (auto e = ends.rbegin(); e != ends.rend(); ++e) {
      auto it = names_.find(text.substr(p, *e - p));
      if (it == names_.end()) continue;
      Report(it->second, p, *e, out);
      next = *e;
      break;
    }
  }
}

std::vector<CountryMention> CountryGazetteer::FindAll(
    std::string_view text) const {
  std::vector<CountryMention> out;
  std::vector<Token> tokens = Tokenize(text);
  std::string phrase;
  for (size_t i = 0; i < tokens.size();) {
    const Token& t = tokens[i];
    if (t.kind != Kind::kWord) {
      ScanRun(text, t.begin, t.end, out);
      ++i;
      continue;
    }
    const Entry* hit = nullptr;
    size_t used = 1;
    if (auto first = first_word_.find(t.folded); first != first_word_.end()) {
      size_t n = 1;
      while (n < first->second && i + n < tokens.size() && tokens[i + n].joined)
        ++n;
      for (; n > 0 && hit == nullptr; --n) {
        phrase = t.folded;
        for (size_t k = 1; k < n; ++k) (phrase += ' ') += tokens[i + k].folded;
        if (auto it = names_.find(phrase); it != names_.end()) {
          hit = &it->second;
          used = n;
        }
      }
    }
    if (hit == nullptr && IsCyrillicWord(t)) hit = FindStem(t.folded);
    if (hit != nullptr) Report(*hit, t.begin, tokens[i + used - 1].end, out);
    i += hit != nullptr ? used : 1;
  }
  return out;
}

std::string CountryGazetteer::EnglishName(std::string_view code) const {
  std::string upper(code);
  for (char& c : upper)
    c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  auto it = english_.find(upper);
  return it != english_.end() ? it->second : "";
}

}  // namespace annals::core
