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
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "core/text_analyzer.h"
#include "indexer/source_reader.h"
#include "indexer/walk.h"

namespace {

struct Text {
  std::string title, body, language;
};

double CpuSeconds() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec +
         (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

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
      annals::core::Record& r = doc.record;
      // As the document builder's EffectiveLanguage.
      std::string language = r.language.empty()
                                 ? annals::core::TextAnalyzer::DetectLanguage(
                                       r.title + "\n" + r.body)
                                 : r.language;
      texts.push_back({std::move(r.title), std::move(r.body), language});
    }
  }
  if (texts.size() > max_docs) texts.resize(max_docs);
  auto start = std::chrono::steady_clock::now();
  double cpu_start = CpuSeconds();
  size_t tokens = 0;
  for (const Text& text : texts) {
    tokens += analyzer.Analyze(text.title, text.language).size();
    tokens += analyzer.Analyze(text.body, text.language).size();
  }
  double wall =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
          .count();
  double cpu = CpuSeconds() - cpu_start;
  std::FILE* out = std::fopen(argv[2], "w");
  if (!out) {
    std::fprintf(stderr, "analysis-floor: cannot write %s\n", argv[2]);
    return 2;
  }
  std::fprintf(out, "%zu %.3f %.3f\n", texts.size(), wall, cpu);
  std::fclose(out);
  std::fprintf(stderr, "analysis-floor: %zu documents, %zu tokens\n",
               texts.size(), tokens);
  return 0;
}
