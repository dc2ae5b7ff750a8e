// Readers of single JSON values for the record parser.
#include "indexer/sources/record_parser_values.h"

#include <fmt/format.h>

#include <cctype>
#include <cmath>
#include <limits>
#include <vector>

#include "core/dates.h"

namespace annals::indexer {

using core::Status;
using rapidjson::Value;

namespace {

bool IsBlank(std::string_view text) {
  for (char c : text) {
    if (c != ' ' && c != '\t' && c != '\r' && c != '\n') return false;
  }
  return true;
}

std::string ScalarText(const Value& value) {
  if (value.IsString()) return std::string(View(value));
  if (value.IsBool()) return value.GetBool() ? "true" : "false";
  if (value.IsInt64()) return fmt::format("{}", value.GetInt64());
  if (value.IsUint64()) return fmt::format("{}", value.GetUint64());
  if (value.IsNumber()) return fmt::format("{}", value.GetDouble());
  return "";
}

}  // namespace

std::string_view View(const Value& string) {
  return {string.GetString(), string.GetStringLength()};
}

std::string TypeName(const Value& value) {
  if (value.IsString()) return "a string";
  if (value.IsBool()) return "a boolean";
  if (value.IsNumber()) return "a number";
  if (value.IsArray()) return "an array";
  if (value.IsObject()) return "an object";
  return "null";
}

Status Expected(const char* what, const Value& value) {
  return Status::Invalid(
      fmt::format("expected {}, got {}", what, TypeName(value)));
}

std::string Flatten(const Value& root) {
  std::vector<const Value*> stack = {&root};
  std::string text;
  while (!stack.empty()) {
    const Value* value = stack.back();
    stack.pop_back();
    if (value->IsArray()) {
      for (auto it = value->End(); it != value->Begin();)
        stack.push_back(&*--it);
    } else if (value->IsObject()) {
      for (auto it = value->MemberEnd(); it != value->MemberBegin();) {
        stack.push_back(&(--it)->value);
      }
    } else if (std::string leaf = ScalarText(*value); !leaf.empty()) {
      if (!text.empty()) text += ' ';
      text += leaf;
    }
  }
  return text;
}

Status ReadString(const Value& value, std::string* out) {
  if (!value.IsString()) return Expected("a string", value);
  *out = View(value);
  return Status::Ok();
}

Status ReadText(const Value& value, std::string* out) {
  if (!value.IsString()) return Expected("a string", value);
  if (IsBlank(View(value))) return Status::Invalid("is empty");
  *out = View(value);
  return Status::Ok();
}

Status ReadId(const Value& value, std::string* out) {
  static constexpr std::string_view kIdChars =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._-";
  if (!value.IsString()) return Expected("a string", value);
  std::string_view id = View(value);
  if (!id.empty() && id.find_first_not_of(kIdChars) == std::string::npos) {
    *out = id;
    return Status::Ok();
  }
  return Status::Invalid(
      fmt::format("\"{}\" is not an id (letters, digits, '.', '_', '-')", id));
}

Status ReadIntAtLeast(const Value& value, int minimum, int* out) {
  if (!value.IsNumber()) return Expected("an integer", value);
  double number = value.GetDouble();
  if (value.IsDouble() && std::abs(number) < 1e15 &&
      std::trunc(number) != number) {
    return Status::Invalid(fmt::format("{} is not an integer", number));
  }
  if (number < minimum || number > std::numeric_limits<int>::max()) {
    return Status::Invalid(fmt::format("{} is out of range ({} to {})",
                                       ScalarText(value), minimum,
                                       std::numeric_limits<int>::max()));
  }
  *out = static_cast<int>(number);
  return Status::Ok();
}

Status ReadDay(const Value& value, std::string* out) {
  if (!value.IsString()) return Expected("a string", value);
  std::string day(View(value));
  core::Result<core::PartialDate> date = core::ParseIsoDate(day);
  if (!date.ok()) return date.status();
  if (date->day == 0 || day.size() != 10) {
    return Status::Invalid(
        fmt::format("\"{}\" is not a full date YYYY-MM-DD", day));
  }
  *out = std::move(day);
  return Status::Ok();
}

Status ReadCountry(const Value& value, std::string* out) {
  if (!value.IsString()) return Expected("a string", value);
  std::string code(View(value));
  bool valid = code.size() == 2;
  for (char& c : code) {
    valid = valid && std::isalpha(static_cast<unsigned char>(c));
    c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  if (!valid) {
    return Status::Invalid(fmt::format(
        "\"{}\" is not an ISO 3166-1 alpha-2 country code", View(value)));
  }
  *out = std::move(code);
  return Status::Ok();
}

}  // namespace annals::indexer
