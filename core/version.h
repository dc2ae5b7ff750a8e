// What --version prints: the release (CMake's project version) and the
// database format this build reads and writes (schema::kSchemaVersion).
#pragma once

#include <string>
#include <string_view>

namespace annals::core {

// The release, "0.1.0".
std::string_view ReleaseVersion();

// "annals-query 0.1.0\ndatabase format 1": the first line in the form
// help2man reads a version from.
std::string VersionText(std::string_view program);

}  // namespace annals::core
