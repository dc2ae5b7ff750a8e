// The subcommands of annals-query, each printing its answer and returning
// the exit status (0 found, 1 nothing found, 2 error).
#pragma once

#include <string>

#include "query/history/history.h"
#include "query/search/searcher.h"

namespace annals::query {

struct CommonOptions {
  std::string db_flag;
  std::string db_path;  // resolved
  bool json = false;
  bool explain = false;
  bool colour = false;
};

int RunSearch(const CommonOptions& common, const SearchOptions& options,
              const std::string& query_text);
int RunPerson(const CommonOptions& common, const EventPage& page,
              const std::string& name);
int RunYear(const CommonOptions& common, const std::string& year);
int RunTopic(const CommonOptions& common, const EventPage& page,
             const std::string& topic);
int RunStats(const CommonOptions& common);
// Serves the web page and its JSON API on host:port (0: a free port, printed
// on stderr) until SIGINT or SIGTERM; 0 then, 2 when it cannot start.
// Only annals-query-serve links it (see query/cli.h); the arguments as given
// are not used.
int RunServe(int argc, char** argv, const CommonOptions& common,
             const std::string& host, int port);

}  // namespace annals::query
