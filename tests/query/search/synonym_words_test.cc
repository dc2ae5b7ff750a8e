// Synonyms whose Han/Thai words are glued in the synonym table are split
// with the words the indexer stored (schema::kMetaKeyWordsPrefix), and the
// queries built that way are those segmenting the synonyms would build.
#include <xapian.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <string>
#include <vector>

#include "core/glossary.h"
#include "core/schema.h"
#include "core/text_analyzer.h"
#include "query/language/query_parser.h"
#include "query/search/query_builder.h"
#include "tests/e2e/fixture_db.h"

namespace {

namespace schema = annals::core::schema;

annals::query::BuiltQuery Build(const Xapian::Database& db,
                                const std::string& text) {
  auto root = annals::query::ParseQuery(text);
  REQUIRE(root.ok());
  annals::query::QueryBuilder builder(annals::core::TextAnalyzer::Default(),
                                      db);
  auto built = builder.Build(*root);
  REQUIRE(built.ok());
  return *built;
}

// A copy of the sample database without the stored key words, as a
// database written before them.
std::string CopyWithoutKeyWords(const std::string& source) {
  std::string copy = annals::testing::MakeTempDir("no-key-words") + "/db";
  std::filesystem::copy(source, copy);
  Xapian::WritableDatabase db(copy);
  std::vector<std::string> names;
  std::string prefix(schema::kMetaKeyWordsPrefix);
  for (auto it = db.metadata_keys_begin(prefix);
       it != db.metadata_keys_end(prefix); ++it)
    names.push_back(*it);
  for (const std::string& name : names) db.set_metadata(name, "");
  db.commit();
  return copy;
}

}  // namespace

TEST_CASE("Glued synonyms are split by the stored words as by segmenting them",
          "[e2e][synonyms]") {
  const auto& sample = annals::testing::SampleDatabase();
  Xapian::Database stored(sample.path);
  std::string prefix(schema::kMetaKeyWordsPrefix);
  // Every glossary key has its words, a glued one more than one.
  CHECK(stored.get_metadata(prefix + "超声内镜").find(' ') !=
        std::string::npos);
  CHECK(stored.get_metadata(prefix + "ercp") == "ercp");
  Xapian::Database older(CopyWithoutKeyWords(sample.path));
  REQUIRE(older.get_metadata(prefix + "超声内镜").empty());
  for (const std::string text :
       {"ERCP", "EUS training", "курс врачи", "超声内镜", "ESD", "polypectomy",
        "title:training", "การอบรม"}) {
    INFO(text);
    auto fast = Build(stored, text);
    auto segmented = Build(older, text);
    CHECK(fast.query.get_description() == segmented.query.get_description());
    CHECK(fast.explanations == segmented.explanations);
    // Snippets mark the synonyms' words as the index has them.
    std::string key = annals::core::Glossary::FormKey(
        annals::core::TextAnalyzer::Default(), text);
    for (auto it = stored.synonyms_begin(key); it != stored.synonyms_end(key);
         ++it) {
      std::string words = stored.get_metadata(prefix + *it);
      CHECK_FALSE(words.empty());
      size_t start = 0;
      while (start < words.size()) {
        size_t cut = std::min(words.find(' ', start), words.size());
        CHECK(fast.highlight_stems.count(words.substr(start, cut - start)) ==
              1);
        start = cut + 1;
      }
    }
  }
}
