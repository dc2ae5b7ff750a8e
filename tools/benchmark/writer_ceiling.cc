// writer-ceiling DB THREADS MAX_DOCS OUT: how fast Xapian alone writes the
// documents of an Annals database, the way annals-index writes them (each
// thread its own 1000-document segments, every segment compacted into one
// database at the end), with no reading, analysis or extraction at all. The
// documents (terms, wdf, positions, values, data) are read into memory before
// the clock starts; the clock covers building each Xapian::Document from
// them, adding, committing and the final compaction. So it is the ceiling of
// any indexer of these documents on Xapian: tools/bench prints it beside the
// baseline and annals-index. Spelling data is not written (it is not in the
// documents), so the ceiling is a little higher than it would be.
//
// Reads the first MAX_DOCS documents (memory: ~50 KB each) and writes one
// line to the file OUT: documents, wall seconds, CPU seconds.
#include <xapian.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "indexer/write/shards.h"
#include "tools/benchmark/self_timing.h"

namespace fs = std::filesystem;

namespace {

struct StoredTerm {
  std::string name;
  Xapian::termcount wdf = 0;
  std::vector<Xapian::termpos> positions;
};

struct StoredDocument {
  std::vector<StoredTerm> terms;
  std::vector<std::pair<Xapian::valueno, std::string>> values;
  std::string data;
};

std::vector<StoredDocument> ReadFirst(const Xapian::Database& db,
                                      size_t max_docs) {
  std::vector<StoredDocument> out;
  for (auto id = db.postlist_begin("");
       id != db.postlist_end("") && out.size() < max_docs; ++id) {
    Xapian::Document doc = db.get_document(*id);
    StoredDocument stored;
    for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t) {
      StoredTerm term{*t, t.get_wdf(), {}};
      for (auto p = t.positionlist_begin(); p != t.positionlist_end(); ++p)
        term.positions.push_back(*p);
      stored.terms.push_back(std::move(term));
    }
    for (auto v = doc.values_begin(); v != doc.values_end(); ++v)
      stored.values.emplace_back(v.get_valueno(), *v);
    stored.data = doc.get_data();
    out.push_back(std::move(stored));
  }
  return out;
}

Xapian::Document Build(const StoredDocument& stored) {
  Xapian::Document doc;
  for (const StoredTerm& term : stored.terms) {
    for (Xapian::termpos pos : term.positions)
      doc.add_posting(term.name, pos, 0);
    doc.add_term(term.name, term.wdf);
  }
  for (const auto& [slot, value] : stored.values) doc.add_value(slot, value);
  doc.set_data(stored.data);
  return doc;
}

// Writes documents first, first + step, ... into segments under dir.
void WriteSegments(const std::vector<StoredDocument>& docs, size_t first,
                   size_t step, size_t segment_docs, const std::string& dir,
                   std::vector<std::string>* segments) {
  std::unique_ptr<Xapian::WritableDatabase> db;
  size_t in_segment = 0;
  for (size_t i = first; i < docs.size(); i += step) {
    if (!db || in_segment == segment_docs) {
      if (db) db->close();
      segments->push_back(dir + "/s" + std::to_string(segments->size()));
      db = std::make_unique<Xapian::WritableDatabase>(segments->back(),
                                                      Xapian::DB_CREATE);
      in_segment = 0;
    }
    db->add_document(Build(docs[i]));
    ++in_segment;
  }
  if (db) db->close();
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 5) {
    std::fprintf(stderr, "usage: writer-ceiling DB THREADS MAX_DOCS OUT\n");
    return 2;
  }
  unsigned threads = std::max(1, std::atoi(argv[2]));
  size_t max_docs = std::max(1, std::atoi(argv[3]));
  // As annals-index: Options::segment_documents.
  constexpr size_t kSegmentDocuments = 1000;
  try {
    std::vector<StoredDocument> docs =
        ReadFirst(Xapian::Database(argv[1]), max_docs);
    std::string scratch = std::string(argv[1]) + ".ceiling";
    fs::remove_all(scratch);
    annals::tools::SelfTiming timing;
    std::vector<std::vector<std::string>> segments(threads);
    std::vector<std::thread> workers;
    for (unsigned w = 0; w < threads; ++w) {
      std::string dir = scratch + "/w" + std::to_string(w);
      fs::create_directories(dir);
      workers.emplace_back(WriteSegments, std::cref(docs), w, threads,
                           kSegmentDocuments, dir, &segments[w]);
    }
    for (std::thread& worker : workers) worker.join();
    std::vector<std::string> all;
    for (const auto& list : segments)
      all.insert(all.end(), list.begin(), list.end());
    annals::core::Status merged =
        annals::indexer::CompactInto(all, scratch + "/merged");
    if (!merged.ok()) {
      std::fprintf(stderr, "writer-ceiling: %s\n", merged.message().c_str());
      return 2;
    }
    // The scratch databases are removed after the clock stops.
    bool reported = timing.Report("writer-ceiling", argv[4], docs.size());
    fs::remove_all(scratch);
    if (!reported) return 2;
  } catch (const Xapian::Error& e) {
    std::fprintf(stderr, "writer-ceiling: %s\n", e.get_description().c_str());
    return 2;
  }
  return 0;
}
