// libFuzzer target: the entity extractor (indexer/extract/people_extractor.h
// ExtractEntities) and the event date (event_date.h FindEventDate) on any
// bytes. The first line is the title, the rest the body, as the news parser
// hands them over.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/utf8.h"
#include "indexer/extract/event_date.h"
#include "indexer/extract/people_extractor.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  size_t newline = bytes.find('\n');
  std::string_view title = bytes.substr(0, newline);
  std::string_view body =
      newline == std::string_view::npos ? "" : bytes.substr(newline + 1);
  annals::indexer::ArticleEntities e =
      annals::indexer::ExtractEntities(title, body, "en");
  // What the extractor stores is valid UTF-8 and names someone.
  for (const auto& person : e.people) {
    if (person.name.empty() || !annals::core::IsValidUtf8(person.name) ||
        !annals::core::IsValidUtf8(person.affiliation) ||
        !annals::core::IsValidUtf8(person.position)) {
      __builtin_trap();
    }
    for (const auto& talk : person.talks) {
      if (!annals::core::IsValidUtf8(talk)) __builtin_trap();
    }
  }
  if (!annals::core::IsValidUtf8(e.series) ||
      !annals::core::IsValidUtf8(e.host)) {
    __builtin_trap();
  }
  // A date found is a calendar date.
  auto date = annals::indexer::FindEventDate(body, {2020, 3, 4}, "zh");
  if (date && (date->date.year < 1900 || date->date.year > 2200 ||
               date->date.month < 0 || date->date.month > 12 ||
               date->date.day < 0 || date->date.day > 31)) {
    __builtin_trap();
  }
  return 0;
}
