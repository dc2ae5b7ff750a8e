// bench [--docs N] [--threads T] [--seed S] [--json] [--query-only]:
// generates (or reuses) a corpus under build-bench/corpus-N-sS, indexes it
// with annals-index (one thread and T threads) and with the plain-Xapian
// baseline, re-indexes it unchanged, measures query latency in-process and
// the one-shot annals-query against quest, and prints one table (or one JSON
// object). --query-only reuses the database of an earlier run and measures
// the queries alone; --queries FILE replaces the generated query mix;
// --no-baseline leaves out the plain-Xapian run (its cost grows faster than
// linearly: about 50 minutes at 100k documents here); --repeat R indexes R
// rounds and shows each configuration's median run. After annals-index, the
// Xapian-only ceiling (tools/writer_ceiling.cc) writes the same documents
// again without any analysis, on 1 and T threads, and the analysis floor
// (tools/analysis_floor.cc) times the ICU analysis of their text alone.
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#include "core/text_analyzer.h"
#include "tools/benchmark/bench_query.h"
#include "tools/benchmark/bench_run.h"

namespace fs = std::filesystem;
using annals::tools::RunChild;
using annals::tools::RunStats;

namespace {

// One query run as a user runs it, by annals-query and by quest.
struct OneShot {
  std::string query;
  double annals_ms = 0, quest_ms = 0;
};

struct Row {
  std::string name;
  RunStats run;
  double documents = 0, input_mb = 0, db_mb = 0;
  std::vector<double> round_walls;  // every round's wall seconds (--repeat)
};

double Median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v.empty() ? 0 : v[v.size() / 2];
}

double OneShotMedian(const std::vector<std::string>& argv, int runs) {
  std::vector<double> wall;
  for (int i = 0; i < runs; ++i)
    wall.push_back(RunChild(argv).wall_seconds * 1000);
  return Median(wall);
}

// The words as the terms annals-index wrote them (our analyzer's stems), for
// quest to look up as they are (-s none) and all of them (-o and), as
// annals-query does: quest's default, English stems under a Z prefix, would
// match nothing in an Annals database and so measure nothing.
std::string QuestTerms(const std::string& words) {
  std::string terms;
  for (const auto& token : annals::core::TextAnalyzer::Default().Analyze(words))
    terms += (terms.empty() ? "" : " ") + token.stem;
  return terms;
}

Row IndexRun(const std::string& name, std::vector<std::string> argv,
             const std::string& db, bool fresh, double documents,
             double input_mb) {
  if (fresh) fs::remove_all(db);
  Row row{name, RunChild(argv, false), documents, input_mb, 0, {}};
  row.db_mb = annals::tools::DiskBytes(db) / 1e6;
  if (row.run.exit_status != 0)
    std::fprintf(stderr, "bench: %s exited with %d\n", argv[0].c_str(),
                 row.run.exit_status);
  return row;
}

// A tool that times itself (tools/writer_ceiling.cc,
// tools/analysis_floor.cc), leaving out its reading of the documents: it
// writes "documents wall-seconds CPU-seconds" to `result`, the file named
// in its arguments. Its RSS holds every document and it keeps no database:
// neither is shown.
Row SelfTimedRun(const std::string& name, const std::vector<std::string>& argv,
                 const std::string& result, double input_mb_per_doc) {
  RunStats child = RunChild(argv, false);
  Row row{name, child, 0, 0, 0, {}};
  row.run.peak_rss_mb = 0;
  std::FILE* in = std::fopen(result.c_str(), "r");
  if (child.exit_status != 0 || !in ||
      std::fscanf(in, "%lf %lf %lf", &row.documents, &row.run.wall_seconds,
                  &row.run.cpu_seconds) != 3)
    std::fprintf(stderr, "bench: %s failed\n", argv[0].c_str());
  if (in) std::fclose(in);
  fs::remove(result);
  row.input_mb = row.documents * input_mb_per_doc;
  return row;
}

void PrintIndexing(const std::vector<Row>& rows) {
  // Ratios are to the baseline's documents/s, when it ran (the first row).
  const Row& baseline = rows.front();
  bool has_baseline = baseline.name.rfind("baseline", 0) == 0;
  std::printf("%-26s %8s %8s %8s %8s %9s %7s %8s %8s %8s %8s\n", "indexing",
              "docs", "input MB", "wall s", "CPU s", "docs/s", "MB/s", "RSS MB",
              "db MB", "db/input", "vs base");
  double base_rate =
      has_baseline ? baseline.documents / baseline.run.wall_seconds : 0;
  for (const Row& r : rows) {
    double rate = r.documents / r.run.wall_seconds;
    std::printf("%-26s %8.0f %8.1f %8.2f %8.2f %9.0f %7.2f ", r.name.c_str(),
                r.documents, r.input_mb, r.run.wall_seconds, r.run.cpu_seconds,
                rate, r.input_mb / r.run.wall_seconds);
    if (r.db_mb > 0)
      std::printf("%8.0f %8.1f %8.2f", r.run.peak_rss_mb, r.db_mb,
                  r.db_mb / r.input_mb);
    else
      std::printf("%8s %8s %8s", "-", "-", "-");
    std::printf(" %7.2fx\n", base_rate > 0 ? rate / base_rate : 0.0);
  }
  for (const Row& r : rows) {
    if (r.round_walls.size() < 2) continue;
    std::printf("  %s rounds, wall s:", r.name.c_str());
    for (double wall : r.round_walls) std::printf(" %.2f", wall);
    std::printf("\n");
  }
}

void PrintText(const std::vector<Row>& rows, const annals::tools::QueryBench& q,
               const std::vector<OneShot>& one_shots, unsigned cores,
               int rounds) {
  std::printf("cores: %u\n", cores);
  if (rounds > 1)
    std::printf("indexing: the median of %d alternating rounds\n", rounds);
  if (!rows.empty()) PrintIndexing(rows);
  std::printf("\n%-26s %8s %8s %8s %8s %9s\n", "queries (warm, in-process)",
              "count", "p50 ms", "p95 ms", "p99 ms", "max ms");
  for (const auto& [name, l] : {std::pair{"all (mix)", q.all},
                                {"person histories", q.person},
                                {"searches with facets", q.facets}})
    std::printf("%-26s %8zu %8.2f %8.2f %8.2f %9.2f   %.0f queries/s\n", name,
                l.queries, l.p50_ms, l.p95_ms, l.p99_ms, l.max_ms,
                l.per_second);
  std::printf("facet table (web server, built once a revision): %.1f ms\n",
              q.facet_table_ms);
  std::printf("\nslowest queries (median ms):\n");
  for (const auto& slow : q.slowest)
    std::printf("  %8.2f  %-7s %s\n", slow.median_ms, slow.kind.c_str(),
                slow.text.c_str());
  std::printf("\none-shot median wall:\n");
  for (const OneShot& o : one_shots)
    std::printf("  annals-query search %5.1f ms, quest %5.1f ms (%.2fx)  %s\n",
                o.annals_ms, o.quest_ms, o.annals_ms / o.quest_ms,
                o.query.c_str());
}

void PrintJson(const std::vector<Row>& rows, const annals::tools::QueryBench& q,
               const std::vector<OneShot>& one_shots, unsigned cores,
               int rounds) {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> w(buffer);
  w.StartObject();
  w.Key("cores"), w.Uint(cores);
  w.Key("indexing_rounds"), w.Int(rounds);
  w.Key("indexing"), w.StartArray();
  for (const Row& r : rows) {
    w.StartObject();
    w.Key("name"), w.String(r.name), w.Key("documents"), w.Double(r.documents);
    w.Key("input_mb"), w.Double(r.input_mb), w.Key("wall_s"),
        w.Double(r.run.wall_seconds);
    w.Key("cpu_s"), w.Double(r.run.cpu_seconds), w.Key("peak_rss_mb");
    w.Double(r.run.peak_rss_mb), w.Key("db_mb"), w.Double(r.db_mb);
    w.Key("exit_status"), w.Int(r.run.exit_status);
    w.EndObject();
  }
  w.EndArray();
  for (const auto& [name, l] : {std::pair{"queries", q.all},
                                {"person_queries", q.person},
                                {"facet_queries", q.facets}}) {
    w.Key(name), w.StartObject(), w.Key("count"), w.Uint64(l.queries);
    w.Key("p50_ms"), w.Double(l.p50_ms), w.Key("p95_ms"), w.Double(l.p95_ms);
    w.Key("p99_ms"), w.Double(l.p99_ms), w.Key("max_ms"), w.Double(l.max_ms);
    w.Key("per_second"), w.Double(l.per_second), w.EndObject();
  }
  w.Key("facet_table_ms"), w.Double(q.facet_table_ms);
  // The first query's figures under their earlier names.
  w.Key("one_shot_annals_ms"), w.Double(one_shots.front().annals_ms);
  w.Key("one_shot_quest_ms"), w.Double(one_shots.front().quest_ms);
  w.Key("one_shot"), w.StartArray();
  for (const OneShot& o : one_shots) {
    w.StartObject(), w.Key("query"), w.String(o.query);
    w.Key("annals_ms"), w.Double(o.annals_ms), w.Key("quest_ms");
    w.Double(o.quest_ms), w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  std::printf("%s\n", buffer.GetString());
}

}  // namespace

int main(int argc, char** argv) {
  size_t docs = 10000;
  unsigned cores = std::max(1u, std::thread::hardware_concurrency());
  unsigned threads = cores;
  std::string seed = "1";
  bool json = false, query_only = false, no_baseline = false;
  int repeat = 1;
  std::string queries_file;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    bool has_value = i + 1 < argc;
    if (arg == "--docs" && has_value)
      docs = std::stoul(argv[++i]);
    else if (arg == "--threads" && has_value)
      threads = std::stoul(argv[++i]);
    else if (arg == "--seed" && has_value)
      seed = argv[++i];
    else if (arg == "--json")
      json = true;
    else if (arg == "--query-only")
      query_only = true;
    else if (arg == "--no-baseline")
      no_baseline = true;
    else if (arg == "--repeat" && has_value)
      repeat = std::max(1, std::stoi(argv[++i]));
    else if (arg == "--queries" && has_value)
      queries_file = argv[++i];
    else {
      std::fprintf(stderr,
                   "usage: bench [--docs N] [--threads T] [--seed S] [--json] "
                   "[--query-only] [--queries FILE] [--no-baseline] "
                   "[--repeat R]\n");
      return 2;
    }
  }
  std::string dir = "build-bench";
  std::string corpus = dir + "/corpus-" + std::to_string(docs) + "-s" + seed;
  if (!fs::exists(corpus + "/.complete")) {
    fs::remove_all(corpus);
    if (RunChild({ANNALS_GEN_CORPUS_BIN, std::to_string(docs), corpus, "--seed",
                  seed})
            .exit_status != 0) {
      std::fprintf(stderr, "bench: gen-corpus failed\n");
      return 2;
    }
    std::FILE* done = std::fopen((corpus + "/.complete").c_str(), "w");
    if (done) std::fclose(done);
  }
  double input_mb = (annals::tools::DiskBytes(corpus + "/news") +
                     annals::tools::DiskBytes(corpus + "/records")) /
                    1e6;
  std::string db = dir + "/bench-" + std::to_string(docs) + ".db";
  std::string base_db = dir + "/bench-" + std::to_string(docs) + "-baseline.db";
  std::vector<std::string> sources = {corpus + "/news", corpus + "/records"};
  auto index = [&](unsigned t, const std::string& target) {
    std::vector<std::string> a = {ANNALS_INDEX_BIN,  "--quiet", "--threads",
                                  std::to_string(t), "--db",    target};
    a.insert(a.end(), sources.begin(), sources.end());
    return a;
  };
  std::vector<std::string> base_argv = {ANNALS_BASELINE_BIN, base_db};
  base_argv.insert(base_argv.end(), sources.begin(), sources.end());
  double n = static_cast<double>(docs);
  std::vector<Row> rows;
  // The self-timed tools hold their documents in memory (the ceiling ~50
  // KB each).
  const std::string kSelfTimedDocuments = "20000";
  if (!query_only) {
    struct Config {
      std::string name;
      std::vector<std::string> argv;
      std::string db;      // written anew by the run, when not empty
      std::string result;  // a self-timed tool's result file, or empty
    };
    std::vector<Config> configs;
    if (!no_baseline)
      configs.push_back(
          {"baseline (Xapian, 1 thread)", base_argv, base_db, ""});
    if (threads != 1)
      configs.push_back({"annals-index 1 thread", index(1, db), db, ""});
    configs.push_back({"annals-index " + std::to_string(threads) + " threads",
                       index(threads, db), db, ""});
    // Read the database just written, so they come after annals-index.
    std::string result = db + ".timing";
    std::vector<unsigned> ceiling_threads = {1};
    if (threads != 1) ceiling_threads.push_back(threads);
    for (unsigned t : ceiling_threads) {
      configs.push_back({"Xapian alone, " + std::to_string(t) +
                             (t == 1 ? " thread" : " threads"),
                         {ANNALS_CEILING_BIN, db, std::to_string(t),
                          kSelfTimedDocuments, result},
                         "",
                         result});
    }
    std::vector<std::string> analysis = {ANNALS_ANALYSIS_BIN,
                                         kSelfTimedDocuments, result};
    analysis.insert(analysis.end(), sources.begin(), sources.end());
    configs.push_back({"ICU analysis alone, 1 thread", analysis, "", result});
    // Round after round, so that a slow spell of the shared machine slows
    // every configuration alike; each is shown by its run of median wall
    // time. The database of the last annals-index run stays for what
    // follows.
    std::vector<std::vector<Row>> runs(configs.size());
    for (int round = 0; round < repeat; ++round) {
      for (size_t c = 0; c < configs.size(); ++c) {
        const Config& config = configs[c];
        runs[c].push_back(config.result.empty()
                              ? IndexRun(config.name, config.argv, config.db,
                                         true, n, input_mb)
                              : SelfTimedRun(config.name, config.argv,
                                             config.result, input_mb / n));
      }
    }
    for (std::vector<Row>& config_runs : runs) {
      std::vector<double> walls;  // in round order
      for (const Row& r : config_runs) walls.push_back(r.run.wall_seconds);
      std::sort(config_runs.begin(), config_runs.end(),
                [](const Row& a, const Row& b) {
                  return a.run.wall_seconds < b.run.wall_seconds;
                });
      Row median = config_runs[config_runs.size() / 2];
      median.round_walls = walls;
      rows.push_back(median);
    }
    std::vector<std::string> again = index(threads, db);
    again.insert(again.begin() + 1, "--incremental");
    rows.push_back(IndexRun("re-index unchanged (--incremental)", again, db,
                            false, n, input_mb));
  }
  if (queries_file.empty()) queries_file = corpus + "/queries.tsv";
  auto q = annals::tools::RunQueryBench(db, queries_file, 3);
  if (!q.error.empty()) std::fprintf(stderr, "bench: %s\n", q.error.c_str());
  // English, Chinese and Russian words: start-up work that only some
  // scripts need (transliterators, dictionaries) shows in one of them.
  std::vector<OneShot> one_shots;
  for (const char* query : {"endoscopy training", "超声内镜", "курс врачи"}) {
    OneShot o{query};
    o.annals_ms =
        OneShotMedian({ANNALS_QUERY_BIN, "search", "--db", db, query}, 21);
    o.quest_ms = OneShotMedian({"/usr/bin/quest", "-d", db, "-s", "none", "-o",
                                "and", QuestTerms(query)},
                               21);
    one_shots.push_back(o);
  }
  if (json)
    PrintJson(rows, q, one_shots, cores, repeat);
  else
    PrintText(rows, q, one_shots, cores, repeat);
  return 0;
}
