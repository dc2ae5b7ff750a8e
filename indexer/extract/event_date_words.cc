// Loading date_words.txt: one entry per line, errors as "path:line: cause".
#include "indexer/extract/event_date_words.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "core/data_directory.h"

namespace annals::indexer::event_date {
namespace {

constexpr std::array<std::string_view, kKindCount> kKindNames = {
    "connector", "filler",    "ordinal",     "year-before", "year-after",
    "last",      "this",      "next",        "last-year",   "this-year",
    "next-year", "yesterday", "lastweekday", "recently",    "month-word",
    "cue",       "neg",       "negafter"};

// A form as written in the data file -> the form compared with the text.
std::string DataForm(std::string form) {
  FoldCase(form);
  if (form.size() > 1 && form.back() == '.') form.pop_back();
  for (char& c : form) c = c == '_' ? ' ' : c;
  return form;
}

int LangIndex(DateWords& w, const std::string& lang) {
  for (size_t i = 0; i < w.langs.size(); ++i)
    if (w.langs[i] == lang) return static_cast<int>(i);
  w.langs.push_back(lang);
  return static_cast<int>(w.langs.size()) - 1;
}

core::Status ParseLine(DateWords& w, const std::string& line) {
  std::istringstream in(line);
  std::vector<std::string> f;
  for (std::string field; in >> field;) f.push_back(field);
  if (f.empty() || f[0][0] == '#') return core::Status::Ok();
  if (f.size() < 3) return core::Status::Invalid("expected: entry lang words");
  int lang = LangIndex(w, f[1]);
  if (lang >= 64) return core::Status::Invalid("more than 64 languages");
  if (f[0] == "weekday" || f[0] == "lastweekday") {
    int day = std::atoi(f[2].c_str());
    if (day < 1 || day > 7)
      return core::Status::Invalid(fmt::format("bad weekday \"{}\"", f[2]));
    for (size_t i = 3; i < f.size(); ++i) {
      std::string form = DataForm(f[i]);
      w.weekdays[form] = {day, lang};
      if (f[0] == "weekday") continue;
      w.words[kLastWeekday].push_back({form, lang});
      w.word_lengths[kLastWeekday] |=
          form.size() < 64 ? uint64_t{1} << form.size() : 0;
    }
    return core::Status::Ok();
  }
  if (f[0] == "month") {
    int month = std::atoi(f[2].c_str());
    if (month < 1 || month > 12)
      return core::Status::Invalid(fmt::format("bad month \"{}\"", f[2]));
    for (size_t i = 3; i < f.size(); ++i) {
      std::string form = DataForm(f[i]);
      w.longest_month = std::max(w.longest_month, form.size());
      if (form.size() < 64) w.month_lengths |= uint64_t{1} << form.size();
      w.months[form] = {month, lang};
    }
    return core::Status::Ok();
  }
  std::string kind_name = f[0] == "word" ? f[2] : f[0];
  size_t first = f[0] == "word" ? 3 : 2;
  for (size_t k = 0; k < kKindCount; ++k) {
    if (kKindNames[k] != kind_name || (k >= kCue) == (f[0] == "word")) continue;
    for (size_t i = first; i < f.size(); ++i) {
      w.words[k].push_back({DataForm(f[i]), lang});
      size_t size = w.words[k].back().text.size();
      w.word_lengths[k] |= size < 64 ? uint64_t{1} << size : 0;
    }
    return core::Status::Ok();
  }
  return core::Status::Invalid(fmt::format("unknown entry \"{}\"", kind_name));
}

DateWords Load() {
  std::string path = core::DataDirectory() + "/date_words.txt";
  DateWords w;
  std::ifstream in(path);
  if (!in) {
    w.status = core::Status::NotFound(path + ": cannot open");
    return w;
  }
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    if (number == 1 && line.starts_with("\xEF\xBB\xBF")) line.erase(0, 3);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    core::Status status = ParseLine(w, line);
    if (!status.ok()) {
      DateWords failed;
      failed.status = status.WithContext(fmt::format("{}:{}", path, number));
      return failed;
    }
  }
  return w;
}

}  // namespace

void FoldCase(std::string& s) {
  for (size_t i = 0; i < s.size(); ++i) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      if (c >= 'A' && c <= 'Z') s[i] = static_cast<char>(c + 32);
      continue;
    }
    if (c != 0xD0 || i + 1 >= s.size()) continue;
    auto d = static_cast<unsigned char>(s[i + 1]);
    if (d >= 0x90 && d <= 0x9F) {  // А-П
      s[i + 1] = static_cast<char>(d + 0x20);
    } else if (d >= 0xA0 && d <= 0xAF) {  // Р-Я
      s[i] = static_cast<char>(0xD1);
      s[i + 1] = static_cast<char>(d - 0x20);
    } else if (d == 0x81) {  // Ё
      s[i] = static_cast<char>(0xD1);
      s[i + 1] = static_cast<char>(0x91);
    }
  }
}

const DateWords& LoadedDateWords() {
  static const DateWords words = Load();  // thread-safe initialisation
  return words;
}

}  // namespace annals::indexer::event_date
