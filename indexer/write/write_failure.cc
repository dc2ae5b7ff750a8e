// See write_failure.h.
#include "indexer/write/write_failure.h"

#include <unistd.h>
#include <xapian.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <exception>
#include <string>

namespace annals::indexer {
namespace {

[[noreturn]] void OnTerminate() {
  int saved_errno = errno;  // EFBIG or ENOSPC from the failed write, if any
  std::string what;
  if (std::exception_ptr pending = std::current_exception()) {
    try {
      std::rethrow_exception(pending);
    } catch (const Xapian::Error& e) {
      what = e.get_description();
    } catch (const std::exception& e) {
      what = e.what();
    } catch (...) {
      what = "unknown exception";
    }
  }
  if (what.empty() && saved_errno != 0) what = std::strerror(saved_errno);
  if (what.empty()) what = "internal error";
  std::fprintf(stderr,
               "annals-index: stopped while writing: %s; the database keeps "
               "its last commit\n",
               what.c_str());
  std::fflush(stderr);
  _exit(2);
}

}  // namespace

void ExitCleanlyOnTerminate() { std::set_terminate(OnTerminate); }

}  // namespace annals::indexer
