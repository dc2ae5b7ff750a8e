// TEST ONLY: see writer_test_hold.h.
#include "indexer/write/writer_test_hold.h"

#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>

namespace annals::indexer {

void HoldForTest(std::string_view stage) {
  // The one place the variable is read.
  const char* setting = std::getenv("ANNALS_TEST_HOLD");
  if (setting == nullptr) return;
  std::string_view value(setting);
  size_t colon = value.find(':');
  if (colon == std::string_view::npos || value.substr(0, colon) != stage)
    return;
  // Once per process: later segments' commits run on.
  static std::atomic<bool> held{false};
  if (held.exchange(true)) return;
  std::string file(value.substr(colon + 1));
  // Written aside and renamed in: a test that sees FILE reads the whole PID
  // (an ASan stress run once read an empty file between open and write).
  std::string partial = file + ".partial";
  std::ofstream(partial) << ::getpid() << "\n";
  std::error_code error;
  std::filesystem::rename(partial, file, error);
  auto give_up = std::chrono::steady_clock::now() + std::chrono::minutes(1);
  while (std::filesystem::exists(file, error) &&
         std::chrono::steady_clock::now() < give_up) {
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
}

}  // namespace annals::indexer
