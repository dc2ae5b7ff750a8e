// The version text; ANNALS_VERSION comes from core/CMakeLists.txt.
#include "core/version.h"

#include "core/schema.h"

#ifndef ANNALS_VERSION
#define ANNALS_VERSION "unknown"
#endif

namespace annals::core {

std::string_view ReleaseVersion() { return ANNALS_VERSION; }

std::string VersionText(std::string_view program) {
  return std::string(program) + " " + std::string(ReleaseVersion()) +
         "\ndatabase format " + std::to_string(schema::kSchemaVersion);
}

}  // namespace annals::core
