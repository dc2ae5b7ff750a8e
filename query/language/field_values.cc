// Field values of the query language (title:, person:, year:, date:, type:,
// lang: ...): each checked and turned into a node, with error positions that
// point into the value.
#include "query/language/field_values.h"

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "query/language/syntax_error.h"

namespace annals::query::language {
namespace {

using core::Result;

constexpr std::array<std::string_view, 8> kKnownFields = {
    "title", "person", "country", "topic", "type", "lang", "year", "date"};
constexpr std::string_view kKnownFieldList =
    "title, person, country, topic, type, lang, year, date";
constexpr int kMinYear = 1900;
constexpr int kMaxYear = 2100;

std::string AsciiLower(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::optional<int> ParseDigits(std::string_view text, size_t min_length,
                               size_t max_length) {
  if (text.size() < min_length || text.size() > max_length) return {};
  int value = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return {};
    value = value * 10 + (c - '0');
  }
  return value;
}

int DaysInMonth(int year, int month) {
  static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30,
                                                31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

std::string YyyyMmDd(int year, int month, int day) {
  std::string out = std::to_string(year);
  for (int part : {month, day}) {
    if (part < 10) out += '0';
    out += std::to_string(part);
  }
  return out;
}

// One bound of a year: or date: value ("2024", "2024-03", "2024-03-01"):
// a low bound starts the period, a high bound ends it.
Result<std::string> ParseBound(const std::string& field, std::string_view part,
                               bool high, size_t position) {
  std::array<std::string_view, 3> pieces;
  size_t count = 0;
  for (std::string_view rest = part; count < 3; ++count) {
    const size_t dash = field == "date" ? rest.find('-') : std::string::npos;
    pieces[count] = rest.substr(0, dash);
    if (dash == std::string::npos) break;
    rest.remove_prefix(dash + 1);
  }
  const auto year = ParseDigits(pieces[0], 4, 4);
  const auto month = count >= 1 ? ParseDigits(pieces[1], 1, 2) : 0;
  const auto day = count >= 2 ? ParseDigits(pieces[2], 1, 2) : 0;
  if (field == "year" && (!year || *year < kMinYear || *year > kMaxYear)) {
    return Error(position, "year " + Quoted(part) +
                               " is not a 4-digit year from 1900 to 2100");
  }
  if (count > 2 || !year || !month || !day) {
    return Error(position, "date " + Quoted(part) +
                               " is not a date (want YYYY, YYYY-MM or "
                               "YYYY-MM-DD)");
  }
  if (*year < kMinYear || *year > kMaxYear) {
    return Error(position,
                 "date " + Quoted(part) + " is not from 1900 to 2100");
  }
  if (count >= 1 && (*month < 1 || *month > 12)) {
    return Error(position, "date " + Quoted(part) + " is not a date");
  }
  if (count == 2 && (*day < 1 || *day > DaysInMonth(*year, *month))) {
    return Error(position, "date " + Quoted(part) + " is not a date");
  }
  const int m = count >= 1 ? *month : (high ? 12 : 1);
  const int d = count == 2 ? *day : (high ? DaysInMonth(*year, m) : 1);
  return YyyyMmDd(*year, m, d);
}

// year:/date: VALUE with VALUE = X, X..Y, X.. or ..Y.
Result<QueryNode> MakeRange(const std::string& field, const std::string& text,
                            size_t position) {
  const size_t dots = text.find("..");
  const std::string_view value = text;
  const std::string_view low = value.substr(0, dots);
  const std::string_view high =
      dots == std::string::npos ? value : value.substr(dots + 2);
  if (low.empty() && high.empty()) {
    return Error(position, field + " range \"..\" needs a bound");
  }
  QueryNode node = Leaf(NodeKind::kRange, "", field, position);
  if (!low.empty()) {
    auto bound = ParseBound(field, low, false, position);
    if (!bound.ok()) return bound.status();
    node.range_low = std::move(*bound);
  }
  if (!high.empty()) {
    const size_t high_position = dots == std::string::npos
                                     ? position
                                     : position + CountCodePoints(low) + 2;
    auto bound = ParseBound(field, high, true, high_position);
    if (!bound.ok()) return bound.status();
    node.range_high = std::move(*bound);
  }
  if (!low.empty() && !high.empty() && node.range_low > node.range_high) {
    return Error(position, field + " range " + Quoted(text) +
                               " runs backwards (low > high)");
  }
  return node;
}

// type:course|news -> OR of one kField per alternative.
Result<QueryNode> MakeType(const std::string& text, size_t position) {
  std::vector<QueryNode> alternatives;
  size_t begin = 0;
  while (true) {
    const size_t bar = text.find('|', begin);
    const std::string value = AsciiLower(text.substr(begin, bar - begin));
    const size_t at = position + CountCodePoints(text.substr(0, begin));
    if (value != "course" && value != "news") {
      return Error(at, "type " + Quoted(text.substr(begin, bar - begin)) +
                           " is not one of: course, news");
    }
    alternatives.push_back(Leaf(NodeKind::kField, value, "type", at));
    if (bar == std::string::npos) break;
    begin = bar + 1;
  }
  return Combine(NodeKind::kOr, std::move(alternatives));
}

Result<QueryNode> MakeFieldValue(const Token& token) {
  const std::string field = AsciiLower(token.field);
  bool known = false;
  for (std::string_view name : kKnownFields) known = known || name == field;
  if (!known) {
    return Error(token.position,
                 "unknown field " + Quoted(token.field) +
                     " (known: " + std::string(kKnownFieldList) + ")");
  }
  if (token.text.empty()) {
    return Error(token.position, "empty value for field " + Quoted(field));
  }
  const size_t at = token.text_position;
  if (field == "title") {
    return token.quoted ? Leaf(NodeKind::kPhrase, token.text, field, at)
                        : MakeWord(token.text, field, at);
  }
  if (field == "year" || field == "date") {
    return MakeRange(field, token.text, at);
  }
  if (field == "type") return MakeType(token.text, at);
  if (field == "lang") {
    bool letters = token.text.size() >= 2 && token.text.size() <= 3;
    for (char c : token.text) letters = letters && IsAsciiLetter(c);
    if (!letters) {
      return Error(at, "lang " + Quoted(token.text) +
                           " is not a 2-3 letter language tag");
    }
    return Leaf(NodeKind::kField, AsciiLower(token.text), field, at);
  }
  const size_t star = token.text.find('*');
  if (!token.quoted && star != std::string::npos) {
    return Error(at + CountCodePoints(token.text.substr(0, star)),
                 "wildcards work only in free text and title: (" +
                     Quoted(field + ":" + token.text) + ")");
  }
  return Leaf(NodeKind::kField, token.text, field, at);
}

}  // namespace

// A field term; the node's position is that of the field name, error
// positions point into the value.

Result<QueryNode> MakeField(const Token& token) {
  auto node = MakeFieldValue(token);
  if (node.ok()) node->position = token.position;
  return node;
}

QueryNode Leaf(NodeKind kind, std::string text, std::string field,
               size_t position) {
  QueryNode node;
  node.kind = kind;
  node.text = std::move(text);
  node.field = std::move(field);
  node.position = position;
  return node;
}
// kAnd / kOr of parts, flattening unmarked children of the same kind; a
// single part is returned as it is.
QueryNode Combine(NodeKind kind, std::vector<QueryNode> parts) {
  if (parts.size() == 1) return std::move(parts.front());
  QueryNode node;
  node.kind = kind;
  node.position = parts.front().position;
  for (QueryNode& part : parts) {
    if (part.kind == kind && !part.required) {
      for (QueryNode& child : part.children) {
        node.children.push_back(std::move(child));
      }
    } else {
      node.children.push_back(std::move(part));
    }
  }
  return node;
}
// A free-text or title: word; a trailing '*' makes it a wildcard.
Result<QueryNode> MakeWord(const std::string& text, const std::string& field,
                           size_t position) {
  const size_t star = text.find('*');
  if (star == std::string::npos) {
    return Leaf(NodeKind::kWord, text, field, position);
  }
  if (star > 0 && star + 1 == text.size()) {
    return Leaf(NodeKind::kWildcard, text.substr(0, star), field, position);
  }
  if (text == "*") return Error(position, "a wildcard needs a prefix: \"*\"");
  return Error(position + CountCodePoints(text.substr(0, star)),
               "\"*\" is allowed only at the end of a word: " + Quoted(text));
}

}  // namespace annals::query::language
