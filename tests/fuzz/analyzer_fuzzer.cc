// libFuzzer target: the text analyzer (core/text_analyzer.h), person keys
// (core/person_name.h) and country mentions (core/countries.h). The first
// byte picks the language tag the analyzer is given.
#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/countries.h"
#include "core/person_name.h"
#include "core/text_analyzer.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using annals::core::TextAnalyzer;
  static constexpr std::array<std::string_view, 7> kLanguages = {
      "", "en", "zh", "th", "ru", "fa", "vi"};
  if (size == 0) return 0;
  std::string_view language = kLanguages[data[0] % kLanguages.size()];
  std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);

  const TextAnalyzer& analyzer = TextAnalyzer::Default();
  for (const auto& token : analyzer.Analyze(text, language)) {
    if (token.begin > token.end || token.end > text.size()) __builtin_trap();
    (void)TextAnalyzer::Bigrams(token.term);
  }
  (void)TextAnalyzer::Bigrams(text);
  (void)analyzer.Normalize(text);

  (void)annals::core::SplitHonorific(text);
  std::string key = annals::core::PersonKey(text);
  // PersonKey is idempotent on its own output (core/person_name.h).
  if (annals::core::PersonKey(key) != key) __builtin_trap();
  (void)annals::core::PersonKeyVariants(text);

  const auto& countries = annals::core::CountryGazetteer::Default();
  size_t last_end = 0;
  for (const auto& mention : countries.FindAll(text)) {
    // Left to right, non-overlapping, inside the text.
    if (mention.begin < last_end || mention.end > text.size()) __builtin_trap();
    last_end = mention.end;
  }
  (void)countries.Lookup(text);
  return 0;
}
