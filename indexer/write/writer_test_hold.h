// TEST ONLY: a way for tests to stop annals-index at a chosen moment of its
// run, so that a race with a second process can be played deterministically
// (tests/reliability/writer_stages_test.cc). Users never set it.
//
// ANNALS_TEST_HOLD=STAGE:FILE makes the run, the first time it reaches
// STAGE, create FILE holding its PID (whole when FILE appears) and wait
// until the test removes it (at most a minute).
// Without the variable, or at other stages, HoldForTest does nothing.
#pragma once

#include <string_view>

namespace annals::indexer {

// The stages, in the order a run meets them.
//   locked        the writer lock is taken; nothing is read or made yet
//   created       a new database's empty folder exists (new target only)
//   tmp-made      the TARGET.tmp-PID segments exist (new target only)
//   batch         the first batch of documents is committed
//   before-rename the merged database is about to replace the empty folder
//   after-rename  the merged database is in place; stub and lexicon follow
//   before-commit the last commit into an existing database is next
//   done          all is written; the lock is released next
void HoldForTest(std::string_view stage);

}  // namespace annals::indexer
