// Person index terms.
#include "core/person_terms.h"

#include "core/dates.h"
#include "core/text_analyzer.h"

namespace annals::core {

std::string HanIdentity(const Person& person) {
  if (TextAnalyzer::ScriptOf(person.name) == Script::kHan) return person.name;
  for (const std::string& alias : person.names) {
    if (TextAnalyzer::ScriptOf(alias) == Script::kHan) return alias;
  }
  return "";
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
