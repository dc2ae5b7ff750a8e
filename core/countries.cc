// Country names in any language -> ISO 3166-1 alpha-2: the name table (ICU
// plus corpus/data/country_aliases.txt) and the free-text matcher, over the
// words of country_words.h. Rules in countries.h.
#include "core/countries.h"

#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <fstream>
#include <utility>

#include "core/country_words.h"
#include "core/data_directory.h"
#include "core/utf8.h"

namespace annals::core {
namespace {

using country_words::IsCyrillicWord;
using country_words::IsHan;
using country_words::IsThai;
using country_words::KeyOf;
using country_words::Kind;
using country_words::StemOf;
using country_words::Token;
using country_words::Tokenize;
using country_words::Tokens;

std::string Upper(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

std::string_view Trim(std::string_view s) {
  constexpr std::string_view kSpaces = " \t\r\n\f\v";
  size_t begin = s.find_first_not_of(kSpaces);
  if (begin == s.npos) return {};
  return s.substr(begin, s.find_last_not_of(kSpaces) - begin + 1);
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
  Tokens tokens = Tokenize(name);
  std::string key = KeyOf(name, tokens);
  if (key.empty()) return;
  bool two_letters = key.size() <= 2 && tokens.list[0].kind == Kind::kWord;
  Upsert(names_, key, Entry{code, priority, false, two_letters});
  std::string stem = StemOf(name, tokens);
  if (!stem.empty()) Upsert(stems_, stem, Entry{code, priority, false, false});
}

// Adds an ICU name at level 2, and at level 1 its parts: "Myanmar (Burma)"
// gives "Myanmar" and "Burma"; "هنگ‌کنگ، منطقهٔ ..." gives
// "هنگ‌کنگ".
void CountryGazetteer::AddIcuName(std::string_view name,
                                  const std::string& code) {
  Add(name, code, 2);
  for (std::string_view open : {"(", "（", ",", "،", "，"}) {
    size_t p = name.find(open);
    if (p == std::string::npos) continue;
    Add(name.substr(0, p), code, 1);
    size_t close = name.find(open == "(" ? ")" : "）", p);
    if (open == "(" || open == "（")
      Add(name.substr(p + open.size(), close - p - open.size()), code, 1);
  }
}

void CountryGazetteer::AddIcuNames() {
  for (const char* const* c = icu::Locale::getISOCountries(); *c; ++c) {
    const std::string code = *c;
    const icu::Locale region("", *c);
    for (std::string_view lang : {"en", "zh", "ru", "th", "fa", "vi"}) {
      icu::UnicodeString display;
      region.getDisplayCountry(icu::Locale(std::string(lang).c_str()), display);
      std::string name;
      display.toUTF8String(name);
      if (name.empty() || name == code) continue;  // ICU has no name
      if (lang == "vi") {  // short Vietnamese names are common words
        std::string key = KeyOf(name, Tokenize(name));
        if (key.size() - std::count(key.begin(), key.end(), ' ') < 6) continue;
      }
      AddIcuName(name, code);
      if (lang != "en") continue;
      english_[code] = name;
      if (size_t p = name.find('&'); p != std::string::npos)
        name.replace(p, 1, "and");  // "Trinidad & Tobago"
      if (name.starts_with("St. ")) name.replace(0, 3, "Saint");
      AddIcuName(name, code);
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
    Tokens tokens = Tokenize(name);
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
      first_char_[c].push_back(key.size());
    } else {
      size_t words = std::count(key.begin(), key.end(), ' ') + 1;
      size_t& longest = first_word_[key.substr(0, key.find(' '))];
      longest = std::max(longest, words);
    }
  }
  for (auto& [c, lengths] : first_char_) {  // longest first, once each
    std::sort(lengths.rbegin(), lengths.rend());
    lengths.erase(std::unique(lengths.begin(), lengths.end()), lengths.end());
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
    Result<CountryGazetteer> loaded =
        Load(DataDirectory() + "/country_aliases.txt");
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
      std::isalpha(static_cast<unsigned char>(name[1])) &&
      !EnglishName(name).empty()) {
    return Upper(name);
  }
  constexpr std::string_view kPrathet = "ประเทศ";  // Thai "country"
  if (name.size() > kPrathet.size() && name.starts_with(kPrathet)) {
    std::string code = Lookup(name.substr(kPrathet.size()));
    if (!code.empty()) return code;
  }
  Tokens tokens = Tokenize(name);
  if (tokens.list.size() > 1 && tokens.Word(0) == "the")
    tokens.list.erase(tokens.list.begin());
  const Entry* entry = nullptr;
  if (auto it = names_.find(KeyOf(name, tokens)); it != names_.end()) {
    entry = &it->second;
  } else if (tokens.list.size() == 1 && IsCyrillicWord(tokens, 0)) {
    entry = FindStem(tokens.Word(0));
  }
  return entry != nullptr && !entry->ambiguous ? entry->code : "";
}

void CountryGazetteer::Report(const Entry& entry, size_t begin, size_t end,
                              std::vector<CountryMention>& out) {
  if (!entry.code.empty() && !entry.ambiguous && !entry.lookup_only)
    out.push_back({begin, end, entry.code});
}

// Max-length matching inside a run [begin, end) of Han or Thai characters.
void CountryGazetteer::ScanRun(std::string_view text, size_t begin, size_t end,
                               std::vector<CountryMention>& out) const {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  for (size_t p = begin, next; p < end; p = next) {
    Utf8Char decoded = DecodeUtf8(text.substr(0, end), p);
    UChar32 c = decoded.c;
    next = p + decoded.length;
    auto first = first_char_.find(c);
    if (first == first_char_.end()) continue;
    for (size_t length : first->second) {
      if (p + length > end || (p + length < end && U8_IS_TRAIL(s[p + length])))
        continue;
      auto it = names_.find(text.substr(p, length));
      if (it == names_.end()) continue;
      Report(it->second, p, p + length, out);
      next = p + length;
      break;
    }
  }
}

std::vector<CountryMention> CountryGazetteer::FindAll(
    std::string_view text) const {
  std::vector<CountryMention> out;
  const Tokens tokens = Tokenize(text);
  const std::vector<Token>& list = tokens.list;
  for (size_t i = 0; i < list.size();) {
    if (list[i].kind != Kind::kWord) {
      ScanRun(text, list[i].begin, list[i].end, out);
      ++i;
      continue;
    }
    const Entry* hit = nullptr;
    size_t last = i;
    if (auto first = first_word_.find(tokens.Word(i));
        first != first_word_.end()) {
      size_t n = 1;
      while (n < first->second && i + n < list.size() && list[i + n].joined)
        ++n;
      for (last = i + n - 1; hit == nullptr; --last) {
        if (auto it = names_.find(tokens.Words(i, last)); it != names_.end()) {
          hit = &it->second;
          break;
        }
        if (last == i) break;
      }
    }
    if (hit == nullptr && IsCyrillicWord(tokens, i))
      hit = FindStem(tokens.Word(i));
    if (hit != nullptr) Report(*hit, list[i].begin, list[last].end, out);
    i = hit != nullptr ? last + 1 : i + 1;
  }
  return out;
}

std::string CountryGazetteer::EnglishName(std::string_view code) const {
  auto it = english_.find(Upper(code));
  return it != english_.end() ? it->second : "";
}

}  // namespace annals::core
