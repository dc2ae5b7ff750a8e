// baseline-index DB PATH...: the plain-Xapian baseline of tools/bench. Reads
// the same files as annals-index (same walk), one document per news file,
// JSON file or JSONL line, indexed by a TermGenerator with an English stemmer
// (STEM_SOME), one thread, no entity work; the text is stored as data.
#include <xapian.h>

#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

#include "indexer/sources/walk.h"

namespace {

void AddDocument(Xapian::WritableDatabase& db, Xapian::TermGenerator& terms,
                 const std::string& id, const std::string& text) {
  Xapian::Document doc;
  terms.set_document(doc);
  terms.index_text(text);
  doc.set_data(text);
  // Appended, not `"Q" + id.substr(...)`: GCC 12's false -Wrestrict in
  // Release builds (GCC bug 105651).
  std::string id_term = "Q";
  id_term.append(id, 0, 240);
  doc.add_boolean_term(id_term);
  db.replace_document(id_term, doc);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: baseline-index DB PATH...\n");
    return 2;
  }
  try {
    Xapian::WritableDatabase db(argv[1], Xapian::DB_CREATE_OR_OVERWRITE);
    Xapian::TermGenerator terms;
    terms.set_stemmer(Xapian::Stem("english"));
    terms.set_stemming_strategy(Xapian::TermGenerator::STEM_SOME);
    auto walk = annals::indexer::WalkSources({argv + 2, argv + argc});
    size_t count = 0;
    for (const auto& file : walk.files) {
      std::ifstream in(file.path, std::ios::binary);
      std::ostringstream buffer;
      buffer << in.rdbuf();
      std::string text = std::move(buffer).str();
      if (file.kind != annals::indexer::SourceKind::kJsonl) {
        AddDocument(db, terms, file.id, text);
        ++count;
        continue;
      }
      std::istringstream lines(text);
      std::string line;
      for (int n = 1; std::getline(lines, line); ++n) {
        if (line.empty()) continue;
        AddDocument(db, terms, file.id + ":" + std::to_string(n), line);
        ++count;
      }
    }
    db.commit();
    std::fprintf(stderr, "baseline-index: %zu documents\n", count);
  } catch (const Xapian::Error& e) {
    std::fprintf(stderr, "baseline-index: %s\n", e.get_description().c_str());
    return 2;
  }
  return 0;
}
