// Person names for bash completion, see query/name_completion.h.
#include "query/name_completion.h"

#include <fmt/format.h>

#include <algorithm>
#include <set>
#include <string_view>

#include "core/database.h"
#include "core/person_terms.h"
#include "core/schema.h"

namespace annals::query {
namespace {

namespace schema = core::schema;

std::string AsciiLower(std::string_view text) {
  std::string lower(text);
  for (char& c : lower) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return lower;
}

bool IsAscii(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) {
    return static_cast<unsigned char>(c) < 0x80;
  });
}

// A key's rest in the case the user typed in: "Li" + " xun" -> "Li Xun"
// when what was typed starts with a capital (or is empty), else as stored.
std::string InTypedCase(const std::string& typed, std::string rest) {
  bool capitals = typed.empty() || (typed[0] >= 'A' && typed[0] <= 'Z');
  if (!capitals) return rest;
  for (size_t i = 0; i < rest.size(); ++i) {
    bool word_start =
        i == 0 ? typed.empty() || typed.back() == ' ' : rest[i - 1] == ' ';
    if (word_start && rest[i] >= 'a' && rest[i] <= 'z') {
      rest[i] = static_cast<char>(rest[i] - 'a' + 'A');
    }
  }
  return rest;
}

// Adds to `names` the part before any tab of each term under `prefix` +
// `start`, as `typed` + the rest, until `names` holds `limit`.
void Collect(const Xapian::Database& db, std::string_view prefix,
             const std::string& start, const std::string& typed, size_t limit,
             std::set<std::string>* names) {
  std::string term_start = std::string(prefix) + start;
  for (auto term = db.allterms_begin(term_start);
       term != db.allterms_end(term_start) && names->size() < limit; ++term) {
    std::string body = (*term).substr(prefix.size());
    body = body.substr(0, body.find('\t'));
    if (body.size() < start.size()) continue;
    std::string rest = body.substr(start.size());
    names->insert(typed + (prefix == schema::kPrefixPerson
                               ? InTypedCase(typed, std::move(rest))
                               : rest));
  }
}

}  // namespace

std::vector<std::string> CompletePersonNames(const Xapian::Database& db,
                                             const std::string& typed,
                                             size_t limit) {
  std::set<std::string> names;
  if (IsAscii(typed)) {
    Collect(db, schema::kPrefixPerson, AsciiLower(typed), typed, limit, &names);
  } else {
    // Names as written are filed normalised (Иван -> иван): what was typed
    // is kept where normalising left its length alone.
    std::string written = core::WrittenName(typed);
    if (!written.empty()) {
      const std::string& shown =
          written.size() == typed.size() ? typed : written;
      Collect(db, schema::kPrefixPersonName, written, shown, limit, &names);
    }
  }
  return {names.begin(), names.end()};
}

int RunCompletePerson(const CommonOptions& common, const std::string& typed) {
  auto db = core::OpenForReading(common.db_path);
  if (!db.ok()) {
    fmt::print(stderr, "annals-query: {}\n", db.status().message());
    return 2;
  }
  constexpr size_t kMostNames = 200;
  std::vector<std::string> names;
  core::Status read = core::CatchXapian(
      "complete", [&] { names = CompletePersonNames(*db, typed, kMostNames); });
  if (!read.ok()) {
    fmt::print(stderr, "annals-query: {}\n", read.message());
    return 2;
  }
  for (const std::string& name : names) fmt::print("{}\n", name);
  return 0;
}

}  // namespace annals::query
