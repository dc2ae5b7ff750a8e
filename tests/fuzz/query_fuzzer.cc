// libFuzzer target: the query language (query/language/query_parser.h
// ParseQuery) and the whole search path behind it (query/search/searcher.h
// Search: builder, synonyms, ranges, facets, spelling) against a small database
// built once from tests/fixtures/e2e in a temporary folder.
#include <xapian.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

#include "core/text_analyzer.h"
#include "indexer/document_builder.h"
#include "indexer/enrich.h"
#include "indexer/sources/source_reader.h"
#include "indexer/sources/walk.h"
#include "query/language/describe.h"
#include "query/language/query_parser.h"
#include "query/search/searcher.h"

namespace {

std::string g_temp_dir;

void RemoveTempDir() {
  std::error_code ignored;
  std::filesystem::remove_all(g_temp_dir, ignored);
}

Xapian::Database BuildFixtureDatabase() {
  namespace indexer = annals::indexer;
  std::string pattern =
      (std::filesystem::temp_directory_path() / "annals-fuzz-XXXXXX").string();
  if (mkdtemp(pattern.data()) == nullptr) std::abort();
  g_temp_dir = pattern;
  std::atexit(RemoveTempDir);
  Xapian::WritableDatabase db(g_temp_dir + "/db", Xapian::DB_CREATE);
  indexer::DocumentBuilder builder(annals::core::TextAnalyzer::Default());
  auto walk = indexer::WalkSources({ANNALS_FIXTURES_DIR "/e2e"});
  for (const indexer::SourceFile& file : walk.files) {
    for (auto& doc : indexer::ReadSource(file).documents) {
      indexer::Enrich(&doc);
      indexer::BuiltDocument built = builder.Build(doc.stored);
      db.replace_document(built.id_term, built.document);
      for (const std::string& word : built.spelling_words) {
        db.add_spelling(word);
      }
    }
  }
  db.add_synonym("ercp", "эрхпг");
  db.add_synonym("эрхпг", "ercp");
  db.commit();
  return db;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const Xapian::Database kDb = BuildFixtureDatabase();
  std::string text(reinterpret_cast<const char*>(data), size);
  auto tree = annals::query::ParseQuery(text);
  if (tree.ok()) (void)annals::query::Describe(*tree);

  annals::query::SearchOptions options;
  options.facets = size % 2 == 0;
  options.by_event = size % 3 == 0;
  options.sort_by_date = size % 5 == 0;
  options.explain = true;
  auto result = annals::query::Search(kDb, text, options);
  // Search fails when parsing fails or a field value names nothing; never
  // with a database error.
  if (!result.ok() &&
      result.status().code() == annals::core::StatusCode::kIoError) {
    std::fprintf(stderr, "%s\n", result.status().message().c_str());
    __builtin_trap();
  }
  return 0;
}
