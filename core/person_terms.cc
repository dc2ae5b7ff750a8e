// Person index terms.
#include "core/person_terms.h"

#include <algorithm>

#include "core/dates.h"
#include "core/person_name.h"
#include "core/text_analyzer.h"

namespace annals::core {

std::string HanIdentity(const Person& person) {
  if (TextAnalyzer::ScriptOf(person.name) == Script::kHan) return person.name;
  for (const std::string& alias : person.names) {
    if (TextAnalyzer::ScriptOf(alias) == Script::kHan) return alias;
  }
  return "";
}

int IdentityRank(std::string_view name) {
  switch (TextAnalyzer::ScriptOf(name)) {
    case Script::kLatin:
      return 0;
    case Script::kCyrillic:
      return 1;
    case Script::kHan:
      // 奥尔加·伊万诺娃 is a transliteration; 李汛 is the name itself.
      return name.find("\u00b7") == name.npos &&
                     name.find("\u30fb") == name.npos
                 ? 2
                 : 3;
    default:
      return 3;
  }
}

std::vector<std::string> PersonIndexKeys(const Person& person) {
  std::vector<const std::string*> names{&person.name};
  for (const std::string& alias : person.names) names.push_back(&alias);
  const std::string* identity = names.front();
  for (const std::string* name : names) {
    if (IdentityRank(*name) < IdentityRank(*identity)) identity = name;
  }
  std::vector<std::string> keys;
  auto add = [&keys](const std::string& key) {
    if (!key.empty() && std::find(keys.begin(), keys.end(), key) == keys.end())
      keys.push_back(key);
  };
  add(CachedPersonKey(*identity));
  for (const std::string* name : names) {
    if (TextAnalyzer::ScriptOf(*name) == Script::kLatin)
      add(CachedPersonKey(*name));
  }
  return keys;
}

std::string WrittenName(std::string_view name) {
  bool ascii = std::all_of(name.begin(), name.end(), [](char c) {
    return static_cast<unsigned char>(c) < 0x80;
  });
  if (ascii) return "";
  std::string normalized =
      TextAnalyzer::Default().Normalize(SplitHonorific(name).name);
  // One space between words, none around them.
  std::string written;
  for (char c : normalized) {
    bool space = c == ' ' || c == '\t' || c == '\n';
    if (space && (written.empty() || written.back() == ' ')) continue;
    written += space ? ' ' : c;
  }
  if (!written.empty() && written.back() == ' ') written.pop_back();
  return written;
}

std::string WrittenNameTermStart(const std::string& written) {
  return written + '\t';
}

std::string WrittenNameTermBody(const std::string& written,
                                const std::string& key) {
  return WrittenNameTermStart(written) + key;
}

std::string IdentityTermStart(const std::string& key) { return key + '\t'; }

std::string IdentityTermBody(const std::string& key,
                             const std::string& han_spelling) {
  return IdentityTermStart(key) + han_spelling;
}

std::string EventMonth(const std::string& iso_date) {
  auto date = ParseIsoDate(iso_date);
  return date.ok() ? date->SlotValue().substr(0, 6) : "";
}

std::string MonthTermStart(const std::string& key) { return key + '\t'; }

std::string MonthTermBody(const std::string& key, const std::string& month) {
  return MonthTermStart(key) + month;
}

}  // namespace annals::core
