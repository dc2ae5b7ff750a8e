// annals-query-serve: annals-query with `serve` run in-process; annals-query
// hands `serve` to it (see query/cli.h).
#include "query/cli.h"
#include "query/commands.h"

int main(int argc, char** argv) {
  return annals::query::Main(argc, argv, annals::query::RunServe);
}
