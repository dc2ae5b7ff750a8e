// libFuzzer target: course records in JSON and JSON Lines
// (indexer/sources/record_parser.h); every input is read both ways.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "indexer/sources/record_parser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  for (const auto& parsed :
       {annals::indexer::ParseRecordsJson(bytes, "fuzz/records.json"),
        annals::indexer::ParseRecordsJsonl(bytes, "fuzz/records.jsonl")}) {
    // Every error has its structured form.
    if (parsed.errors.size() != parsed.error_details.size()) __builtin_trap();
  }
  return 0;
}
