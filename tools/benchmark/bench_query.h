// The in-process query benchmark of tools/bench: a fixed mix of queries
// (OUT/queries.tsv from gen-corpus: "search|person|facets<TAB>text") run
// through annals_query against a database, at warm cache.
#pragma once

#include <string>
#include <vector>

namespace annals::tools {

// A line of the query mix: kind "search", "person" or "facets", and text.
struct MixQuery {
  std::string kind, text;
};

// The mix's lines that have a tab; none when the file cannot be read.
std::vector<MixQuery> ReadQueries(const std::string& path);

struct Latency {
  size_t queries = 0;  // timed runs
  double p50_ms = 0, p95_ms = 0, p99_ms = 0, max_ms = 0, per_second = 0;
};

struct SlowQuery {
  std::string kind, text;
  double median_ms = 0;
};

struct QueryBench {
  Latency all;
  Latency person;                  // person histories only
  Latency facets;                  // searches with facet counts
  std::vector<SlowQuery> slowest;  // by median over the rounds, worst first
  double facet_table_ms = 0;       // building the web server's FacetTable
  std::string error;
};

// Runs every query once to warm the cache, then `rounds` timed rounds, with
// the second handle and the facet table the web server keeps.
QueryBench RunQueryBench(const std::string& db_path,
                         const std::string& queries_file, int rounds);

// Percentiles of durations in milliseconds.
Latency Summarise(std::vector<double> ms);

}  // namespace annals::tools
