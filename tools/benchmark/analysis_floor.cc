// analysis-floor MAX_DOCS OUT PATH...: how long the text analysis alone
// (core::TextAnalyzer::Analyze: ICU word breaks, normalisation, stemming)
// takes over the titles and bodies of the first MAX_DOCS documents of the
// sources, on one thread, as annals-index analyses them (the same language
// tags). Reading, parsing and extraction happen before the clock starts.
// Beside the Xapian-only ceiling (tools/writer_ceiling.cc), tools/bench
// prints it to show what indexing cannot go below while it analyses with
// ICU and writes with Xapian.
//
// Writes one line to the file OUT: documents, wall seconds, CPU seconds.

#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "core/text_analyzer.h"
#include "indexer/sources/source_reader.h"
#include "indexer/sources/walk.h"
#include "tools/benchmark/self_timing.h"

namespace {

struct Text {
  std::string title, body, language;
};

}  // namespace

int main(int argc, char** argv) {
  if (argc < 4) {
    std::fprintf(stderr, "usage: analysis-floor MAX_DOCS OUT PATH...\n");
    return 2;
  }
  size_t max_docs = std::max(1, std::atoi(argv[1]));
  const auto& analyzer = annals::core::TextAnalyzer::Default();
  std::vector<Text> texts;
  auto walk = annals::indexer::WalkSources({argv + 3, argv + argc});
  for (const auto& file : walk.files) {
    if (texts.size() >= max_docs) break;
    auto contents = annals::indexer::ReadSource(file);
    for (auto& doc : contents.documents) {
      // Enrichment leaves title, body and language as they are.
      annals::core::Record& r = doc.stored.record;
      // As the document builder's EffectiveLanguage.
      std::string language = r.language.empty()
                                 ? annals::core::TextAnalyzer::DetectLanguage(
                                       r.title + "\n" + r.body)
                                 : r.language;
      texts.push_back({std::move(r.title), std::move(r.body), language});
    }
  }
  if (texts.size() > max_docs) texts.resize(max_docs);
  annals::tools::SelfTiming timing;
  size_t tokens = 0;
  for (const Text& text : texts) {
    tokens += analyzer.Analyze(text.title, text.language).size();
    tokens += analyzer.Analyze(text.body, text.language).size();
  }
  if (!timing.Report("analysis-floor", argv[2], texts.size())) return 2;
  std::fprintf(stderr, "analysis-floor: %zu documents, %zu tokens\n",
               texts.size(), tokens);
  return 0;
}
