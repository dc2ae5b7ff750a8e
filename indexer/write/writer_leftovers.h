// What a killed run leaves behind: a new database is built in a folder
// TARGET.tmp-PID beside the target, which a run killed with SIGKILL (or by a
// power cut) never removes. The next run on the same target removes those
// whose process is gone.
#pragma once

#include <string>
#include <vector>

namespace annals::indexer {

// "TARGET.tmp-PID": where process `pid` builds a new database for `target`.
std::string TempFolderFor(const std::string& target, long pid);

// Removes every TARGET.tmp-PID folder whose PID names no living process;
// folders of living processes (even unrelated ones that took a reused PID)
// stay. Returns the folders removed. Call with the WriterLock held.
std::vector<std::string> RemoveAbandonedTempFolders(const std::string& target);

}  // namespace annals::indexer
