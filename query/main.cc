// annals-query: see query/cli.h.
#include "query/cli.h"

int main(int argc, char** argv) {
  return annals::query::Main(argc, argv, annals::query::ServeInSibling);
}
