// libFuzzer target: scraped news articles (indexer/sources/news_parser.h
// ParseNews).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "indexer/sources/news_parser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  auto parsed = annals::indexer::ParseNews(bytes, "fuzz/news.txt", "news");
  if (parsed.ok()) {
    // Every paragraph of the body has the line it came from.
    const auto& news = *parsed;
    size_t paragraphs = news.record.body.empty() ? 0 : 1;
    for (char c : news.record.body) paragraphs += c == '\n' ? 1 : 0;
    if (paragraphs != news.body_lines.size()) __builtin_trap();
  }
  return 0;
}
