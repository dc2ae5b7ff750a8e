// annals-index: see indexer/cli.h.
#include "indexer/cli.h"

int main(int argc, char** argv) { return annals::indexer::Main(argc, argv); }
