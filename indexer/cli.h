// annals-index's command line: argv -> Options (no I/O beyond --help).
#pragma once

#include "indexer/indexer.h"

namespace annals::indexer {

// Runs annals-index with its arguments; returns the exit status.
int Main(int argc, char** argv);

}  // namespace annals::indexer
