// Query latency measured in-process.
#include "tools/benchmark/bench_query.h"

#include <algorithm>
#include <chrono>
#include <fstream>

#include "core/database.h"
#include "query/history/history.h"
#include "query/search/facet_table.h"
#include "query/search/searcher.h"

namespace annals::tools {

std::vector<MixQuery> ReadQueries(const std::string& path) {
  std::vector<MixQuery> out;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    size_t tab = line.find('\t');
    if (tab != std::string::npos)
      out.push_back({line.substr(0, tab), line.substr(tab + 1)});
  }
  return out;
}

namespace {

// As the web server runs it: a facet search may count on a second handle,
// through the table of every document's facets.
bool RunOne(const Xapian::Database& db, Xapian::Database* partner,
            query::FacetTable* table, const MixQuery& q) {
  if (q.kind == "person") return query::PersonHistory(db, q.text).ok();
  query::SearchOptions options;
  options.facets = q.kind == "facets";
  options.aids.counting_partner = partner;
  options.aids.facet_table = table;
  return query::Search(db, q.text, options).ok();
}

double Milliseconds(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double, std::milli>(
             std::chrono::steady_clock::now() - start)
      .count();
}

}  // namespace

Latency Summarise(std::vector<double> ms) {
  Latency l;
  if (ms.empty()) return l;
  std::sort(ms.begin(), ms.end());
  auto at = [&](double p) {
    return ms[std::min(ms.size() - 1, static_cast<size_t>(p * ms.size()))];
  };
  double total = 0;
  for (double x : ms) total += x;
  l.queries = ms.size();
  l.p50_ms = at(0.50), l.p95_ms = at(0.95), l.p99_ms = at(0.99);
  l.max_ms = ms.back();
  l.per_second = total > 0 ? 1000.0 * ms.size() / total : 0;
  return l;
}

QueryBench RunQueryBench(const std::string& db_path,
                         const std::string& queries_file, int rounds) {
  QueryBench bench;
  auto db = core::OpenForReading(db_path);
  if (!db.ok()) {
    bench.error = db.status().message();
    return bench;
  }
  auto partner = core::OpenForReading(db_path);
  if (!partner.ok()) {
    bench.error = partner.status().message();
    return bench;
  }
  std::vector<MixQuery> queries = ReadQueries(queries_file);
  if (queries.empty()) {
    bench.error = queries_file + ": no queries";
    return bench;
  }
  query::FacetTable table;
  auto table_start = std::chrono::steady_clock::now();
  table.Refresh(*db);
  bench.facet_table_ms = Milliseconds(table_start);
  for (const MixQuery& q : queries) {
    if (!RunOne(*db, &*partner, &table, q)) {
      bench.error = "query failed: " + q.text;
      return bench;
    }
  }
  std::vector<double> all, person, facets;
  std::vector<std::vector<double>> per_query(queries.size());
  for (int round = 0; round < rounds; ++round) {
    for (size_t i = 0; i < queries.size(); ++i) {
      const MixQuery& q = queries[i];
      auto start = std::chrono::steady_clock::now();
      RunOne(*db, &*partner, &table, q);
      double ms = Milliseconds(start);
      all.push_back(ms);
      per_query[i].push_back(ms);
      if (q.kind == "person") person.push_back(ms);
      if (q.kind == "facets") facets.push_back(ms);
    }
  }
  bench.all = Summarise(all);
  bench.person = Summarise(person);
  bench.facets = Summarise(facets);
  for (size_t i = 0; i < queries.size(); ++i) {
    bench.slowest.push_back(
        {queries[i].kind, queries[i].text, Summarise(per_query[i]).p50_ms});
  }
  std::sort(bench.slowest.begin(), bench.slowest.end(),
            [](const SlowQuery& a, const SlowQuery& b) {
              return a.median_ms > b.median_ms;
            });
  constexpr size_t kSlowestShown = 10;
  if (bench.slowest.size() > kSlowestShown) bench.slowest.resize(kSlowestShown);
  return bench;
}

}  // namespace annals::tools
