// The data folder, see core/data_directory.h.
#include "core/data_directory.h"

#include <cstdlib>
#include <filesystem>
#include <system_error>

#ifndef ANNALS_DATA_DIR
#define ANNALS_DATA_DIR "corpus/data"
#endif

namespace annals::core {

std::string ChooseDataDirectory(const char* env, const std::string& program,
                                const std::string& built_in) {
  if (env != nullptr && *env != '\0') return env;
  if (!program.empty()) {
    std::filesystem::path installed =
        std::filesystem::path(program).parent_path().parent_path() / "share" /
        "annals";
    std::error_code error;
    if (std::filesystem::is_regular_file(installed / "glossary.txt", error)) {
      return installed.string();
    }
  }
  return built_in;
}

std::string DataDirectory() {
  // $ANNALS_DATA_DIR is read on every call (tests set it); the program's
  // location does not change.
  static const std::string program = [] {
    std::error_code error;
    std::filesystem::path self =
        std::filesystem::read_symlink("/proc/self/exe", error);
    return error ? std::string() : self.string();
  }();
  return ChooseDataDirectory(std::getenv("ANNALS_DATA_DIR"), program,
                             ANNALS_DATA_DIR);
}

}  // namespace annals::core
