// annals-index --threads: the database is the same whatever the thread count.
#include <xapian.h>

#include <catch2/catch.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>

#include "core/record_json.h"
#include "core/schema.h"
#include "indexer/indexer.h"
#include "tests/e2e/fixture_db.h"

namespace {

// Every document by its id term: "term:wdf[positions]" lines, values, data
// (the source term and slots, absolute paths, are left out).
std::map<std::string, std::string> DumpByIdTerm(const std::string& path) {
  Xapian::Database db(path);
  std::map<std::string, std::string> out;
  for (auto it = db.postlist_begin(""); it != db.postlist_end(""); ++it) {
    Xapian::Document doc = db.get_document(*it);
    std::string id, text;
    for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t) {
      std::string term = *t;
      if (term.rfind(annals::core::schema::kPrefixSource, 0) == 0) continue;
      if (term[0] == 'Q') id = term;
      text += term + ":" + std::to_string(t.get_wdf()) + "[";
      for (auto p = t.positionlist_begin(); p != t.positionlist_end(); ++p)
        text += std::to_string(*p) + " ";
      text += "]\n";
    }
    for (auto v = doc.values_begin(); v != doc.values_end(); ++v) {
      // Slots 9 and 10 are the source's stamp and absolute path.
      if (v.get_valueno() < 9 || v.get_valueno() > 10)
        text += "#" + std::to_string(v.get_valueno()) + "=" + *v + "\n";
    }
    out[id] = text + doc.get_data();
  }
  return out;
}

std::string Spellings(const std::string& path) {
  Xapian::Database db(path);
  std::string out;
  for (auto w = db.spellings_begin(); w != db.spellings_end(); ++w)
    out += *w + "=" + std::to_string(w.get_termfreq()) + " ";
  return out;
}

// Runs the indexer quietly on `inputs` (default: fixtures and the sample
// corpus, several commits per worker).
int Index(const std::string& db, unsigned threads,
          annals::indexer::Summary* summary,
          annals::indexer::Options options = {}) {
  options.db_path = db;
  options.quiet = true;
  options.threads = threads;
  if (options.inputs.empty()) {
    options.commit_every = 7;
    options.inputs = {std::string(ANNALS_FIXTURES_DIR) + "/e2e",
                      std::string(ANNALS_CORPUS_DIR) + "/news",
                      std::string(ANNALS_CORPUS_DIR) + "/records"};
  }
  std::FILE* sink = std::tmpfile();
  int status = annals::indexer::RunIndexer(options, sink, summary);
  std::fclose(sink);
  return status;
}

}  // namespace

TEST_CASE("Indexing with 1 and 4 threads gives the same documents",
          "[indexer][parallel]") {
  std::string dir = annals::testing::MakeTempDir("parallel");
  annals::indexer::Summary one, four;
  int status_one = Index(dir + "/one.db", 1, &one);
  int status_four = Index(dir + "/four.db", 4, &four);
  CHECK(status_one == status_four);
  CHECK(one.indexed == four.indexed);
  CHECK(one.replaced == four.replaced);
  CHECK(one.failed == four.failed);
  REQUIRE(one.indexed > 50);
  auto docs_one = DumpByIdTerm(dir + "/one.db");
  auto docs_four = DumpByIdTerm(dir + "/four.db");
  REQUIRE(docs_one.size() == one.indexed);
  REQUIRE(docs_one.size() == docs_four.size());
  for (const auto& [id, text] : docs_one) {
    INFO(id);
    REQUIRE(docs_four.count(id) == 1);
    CHECK(docs_four[id] == text);
  }
  CHECK(Spellings(dir + "/one.db") == Spellings(dir + "/four.db"));
}

TEST_CASE("Indexing more into a database replaces by id with any threads",
          "[indexer][parallel]") {
  std::string dir = annals::testing::MakeTempDir("parallel-update");
  annals::indexer::Summary first, second;
  int status_first = Index(dir + "/db", 2, &first);
  int status_second = Index(dir + "/db", 3, &second);
  CHECK(status_first == status_second);
  CHECK(second.indexed == 0);
  CHECK(second.replaced == first.indexed + first.replaced);
  CHECK(Xapian::Database(dir + "/db").get_doccount() == first.indexed);
}

TEST_CASE("Segments and their merges keep the later document of an id",
          "[indexer][parallel]") {
  // Tiny segments merged three at a time, the same record ids early and
  // late: the same documents as one database written in one go.
  std::string dir = annals::testing::MakeTempDir("segments");
  std::string in = dir + "/in";
  std::filesystem::create_directories(in + "/m");
  auto record = [](const std::string& id, const std::string& title) {
    return "{\"id\": \"" + id + "\", \"type\": \"course\", \"title\": \"" +
           title + "\", \"start\": \"2019-06-12\", \"language\": \"en\"}\n";
  };
  std::ofstream(in + "/a.jsonl") << record("dup-1", "early zzearly");
  for (int k = 0; k < 400; ++k) {
    std::ofstream(in + "/m/" + std::to_string(10000 + k) + ".txt")
        << "Note " << k << "\ndate:2020/1/2\nERCP session " << k << ".\n";
  }
  std::ofstream(in + "/m/10150.jsonl") << record("dup-2", "zzmidearly");
  std::ofstream(in + "/m/10160.jsonl") << record("dup-2", "zzmidlate");
  std::ofstream(in + "/z.jsonl") << record("dup-1", "late zzlate");
  auto index = [&](const std::string& db, unsigned threads, size_t segment) {
    annals::indexer::Options options;
    options.segment_documents = segment;
    options.merge_fan_in = 3;
    options.inputs = {in};
    annals::indexer::Summary summary;
    int status = Index(db, threads, &summary, options);
    return std::make_pair(status, summary);
  };
  auto [one_status, one] = index(dir + "/one.db", 1, 100000);
  REQUIRE(one_status == 0);
  auto expected = DumpByIdTerm(dir + "/one.db");
  REQUIRE(expected.size() == 402);
  for (unsigned threads : {1u, 2u, 3u}) {
    INFO("threads " << threads);
    std::string db = dir + "/t" + std::to_string(threads) + ".db";
    auto [status, summary] = index(db, threads, 10);
    CHECK(status == 0);
    CHECK(summary.indexed == one.indexed);
    CHECK(summary.replaced == one.replaced);
    Xapian::Database reader(db);
    CHECK(reader.get_doccount() == 402);
    auto title_of = [&](const std::string& id) {
      Xapian::PostingIterator it = reader.postlist_begin("Q" + id);
      if (it == reader.postlist_end("Q" + id)) return std::string();
      Xapian::Document doc = reader.get_document(*it);
      auto stored = annals::core::FromStored(
          doc.get_data(), doc.get_value(annals::core::schema::SlotNumber(
                              annals::core::schema::Slot::kSummary)));
      return stored.ok() ? stored->record.title : std::string();
    };
    CHECK(reader.get_termfreq("Qdup-1") == 1);
    CHECK(reader.get_termfreq("Qdup-2") == 1);
    CHECK(title_of("dup-1").find("zzlate") != std::string::npos);
    CHECK(title_of("dup-2").find("zzmidlate") != std::string::npos);
    CHECK(DumpByIdTerm(db) == expected);
  }
}
