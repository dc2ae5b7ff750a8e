// Partial dates: parsing the fixed forms of metadata lines and records.
#include "core/dates.h"

#include <fmt/format.h>

#include <cctype>
#include <vector>

namespace annals::core {
namespace {

std::string_view Trim(std::string_view text) {
  while (!text.empty() &&
         std::isspace(static_cast<unsigned char>(text.front())))
    text.remove_prefix(1);
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back())))
    text.remove_suffix(1);
  return text;
}

// Splits "2018/5/23" or "2018年5月23日" into runs of ASCII digits and checks
// that only the allowed separators stand between them.
bool SplitNumbers(std::string_view text, std::vector<std::string>* parts) {
  static constexpr std::string_view kSeparators[] = {"/",  "-",  ".",
                                                     "年", "月", "日"};
  std::string current;
  size_t i = 0;
  while (i < text.size()) {
    char c = text[i];
    if (std::isdigit(static_cast<unsigned char>(c))) {
      current += c;
      ++i;
      continue;
    }
    bool matched = false;
    for (std::string_view sep : kSeparators) {
      if (text.substr(i, sep.size()) == sep) {
        if (!current.empty()) parts->push_back(current);
        current.clear();
        i += sep.size();
        matched = true;
        break;
      }
    }
    if (!matched) return false;
  }
  if (!current.empty()) parts->push_back(current);
  return true;
}

}  // namespace

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30,
                                  31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

bool IsValidDay(int year, int month, int day) {
  return year >= 1 && year <= 9999 && day >= 1 &&
         day <= DaysInMonth(year, month);
}

std::string PartialDate::Iso() const {
  if (empty()) return "";
  if (month == 0) return fmt::format("{:04d}", year);
  if (day == 0) return fmt::format("{:04d}-{:02d}", year, month);
  return fmt::format("{:04d}-{:02d}-{:02d}", year, month, day);
}

std::string PartialDate::SlotValue() const {
  if (empty()) return "";
  return fmt::format("{:04d}{:02d}{:02d}", year, month, day);
}

Result<PartialDate> ParseDate(std::string_view text) {
  text = Trim(text);
  std::vector<std::string> parts;
  if (text.empty() || !SplitNumbers(text, &parts) || parts.empty() ||
      parts.size() > 3 || parts[0].size() != 4) {
    return Status::Invalid(fmt::format("\"{}\" is not a date", text));
  }
  for (const std::string& part : parts) {
    if (part.size() > 4)
      return Status::Invalid(fmt::format("\"{}\" is not a date", text));
  }
  PartialDate date;
  date.year = std::stoi(parts[0]);
  if (parts.size() > 1) date.month = std::stoi(parts[1]);
  if (parts.size() > 2) date.day = std::stoi(parts[2]);
  bool valid =
      date.year >= 1 &&
      (parts.size() < 2 || (date.month >= 1 && date.month <= 12)) &&
      (parts.size() < 3 || IsValidDay(date.year, date.month, date.day));
  if (!valid) {
    return Status::Invalid(
        fmt::format("\"{}\" is not a date of the calendar", text));
  }
  return date;
}

Result<PartialDate> ParseIsoDate(std::string_view text) {
  text = Trim(text);
  bool shape_ok = text.size() == 4 || text.size() == 7 || text.size() == 10;
  for (size_t i = 0; shape_ok && i < text.size(); ++i) {
    bool dash = i == 4 || i == 7;
    shape_ok = dash ? text[i] == '-'
                    : std::isdigit(static_cast<unsigned char>(text[i])) != 0;
  }
  if (!shape_ok) {
    return Status::Invalid(
        fmt::format("\"{}\" is not an ISO date (YYYY-MM-DD)", text));
  }
  return ParseDate(text);
}

}  // namespace annals::core
