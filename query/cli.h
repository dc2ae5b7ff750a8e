// annals-query's command line: subcommands search (the default), person,
// year, topic, stats and serve.
#pragma once

#include <string>

#include "query/commands.h"

namespace annals::query {

// How `serve` is run: annals-query hands it to the annals-query-serve
// executable beside it (ServeInSibling), so that the web server's libraries
// (cpp-httplib, OpenSSL) are not loaded by every one-shot query;
// annals-query-serve runs it in-process (RunServe, query/commands.h).
// It gets the arguments both as given and as parsed.
using ServeFunction = int (*)(int argc, char** argv,
                              const CommonOptions& common,
                              const std::string& host, int port);

// Runs annals-query with its arguments; returns the exit status: 0 found,
// 1 nothing found, 2 error.
int Main(int argc, char** argv, ServeFunction serve);

// Replaces the process with the annals-query-serve beside this executable,
// same arguments; returns 2 with a message when it cannot.
int ServeInSibling(int argc, char** argv, const CommonOptions& common,
                   const std::string& host, int port);

}  // namespace annals::query
