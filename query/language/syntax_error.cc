// Query error messages, see query/language/syntax_error.h.
#include "query/language/syntax_error.h"

namespace annals::query::language {
namespace {

constexpr size_t kMaxQuotedChars = 40;  // longer pieces are cut in messages

}  // namespace

core::Status Error(size_t position, const std::string& cause) {
  return core::Status::Invalid("query:" + std::to_string(position) + ": " +
                               cause);
}

size_t CountCodePoints(std::string_view utf8) {
  size_t count = 0;
  for (char c : utf8) count += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return count;
}

std::string Quoted(std::string_view piece) {
  size_t count = 0, end = 0;
  bool cut = false;
  while (end < piece.size()) {
    if ((static_cast<unsigned char>(piece[end]) & 0xC0) != 0x80 &&
        ++count > kMaxQuotedChars) {
      cut = true;
      break;
    }
    ++end;
  }
  // Appended, not `"\"" + std::string(...)`, which trips GCC 12's false
  // -Wrestrict in Release builds (GCC bug 105651).
  std::string quoted(1, '"');
  quoted += piece.substr(0, end);
  quoted += cut ? "...\"" : "\"";
  return quoted;
}

}  // namespace annals::query::language
