// annals-query's command line: subcommands search (the default), person,
// year, topic and stats.
#pragma once

namespace annals::query {

// Runs annals-query with its arguments; returns the exit status: 0 found,
// 1 nothing found, 2 error.
int Main(int argc, char** argv);

}  // namespace annals::query
