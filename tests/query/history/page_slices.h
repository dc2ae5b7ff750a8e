// Checking a history read page by page: every page, for several limits and
// every offset, must be the slice of the whole history it names, counted
// from the newest event.
#pragma once

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "query/history/history.h"

namespace annals::testing {

struct PageRead {
  std::vector<std::string> events;  // described, oldest first
  bool older = false;
};

// `read(page)` answers one page (and may CHECK what else it should keep).
template <typename ReadPage>
void CheckEveryPage(const std::vector<std::string>& whole, ReadPage read) {
  size_t n = whole.size();
  for (size_t limit : {1, 2, 3, 5, 7, 50}) {
    for (size_t offset = 0; offset <= n + 1; ++offset) {
      INFO("limit " << limit << " offset " << offset);
      PageRead page = read(query::EventPage{offset, limit});
      size_t end = n - std::min(n, offset);
      size_t begin = n - std::min(n, offset + limit);
      std::vector<std::string> expected(whole.begin() + begin,
                                        whole.begin() + end);
      CHECK(page.events == expected);
      CHECK(page.older == (begin > 0));
    }
  }
}

}  // namespace annals::testing
