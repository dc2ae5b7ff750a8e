// The last resort when a write fails inside Xapian itself. Xapian 1.4 writes
// value chunks from a destructor during a commit; when the disk is full
// there, a second exception is thrown while the first unwinds and the C++
// runtime calls std::terminate. The database on disk is still its last
// committed revision (a commit becomes visible only once complete), so the
// honest ending is a message and exit status 2, not an abort.
#pragma once

namespace annals::indexer {

// Installs the std::terminate handler of annals-index.
void ExitCleanlyOnTerminate();

}  // namespace annals::indexer
