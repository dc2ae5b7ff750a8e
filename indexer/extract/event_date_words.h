// The vocabulary of event-date extraction (month names, cue words, range
// connectors ...), read once from date_words.txt in the data directory; the
// file documents its own line format. Internal to indexer/extract/event_date.
#pragma once

#include <array>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/status.h"

namespace annals::indexer::event_date {

// What a word does in a date; kCue and later are sentence-level cues.
enum WordKind {
  kConnector,
  kFiller,
  kOrdinal,
  kYearBefore,
  kYearAfter,
  kLast,
  kThis,
  kNext,
  kLastYear,
  kThisYear,
  kNextYear,
  kYesterday,
  kLastWeekday,  // a phrase that is itself "last <weekday>": 上周五
  kRecently,
  kMonthWord,  // "month" after "this": "earlier this month" is "recently"
  kCue,
  kNeg,
  kNegAfter,
  kKindCount
};

// A word or phrase of the data file, case-folded, "_" turned into " ".
struct Phrase {
  std::string text;  // folded
  int lang;          // index into DateWords::langs
};

struct MonthName {
  int month;
  int lang;
};

// Lets `months` be searched with a std::string_view.
struct TextHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const {
    return std::hash<std::string_view>{}(s);
  }
};

struct DateWords {
  std::vector<std::string> langs;  // "en", "zh", "*" ...
  std::unordered_map<std::string, MonthName, TextHash, std::equal_to<>> months;
  // Weekday names: MonthName::month is the weekday, 1 (Monday) to 7.
  std::unordered_map<std::string, MonthName, TextHash, std::equal_to<>>
      weekdays;
  size_t longest_month = 0;    // bytes
  uint64_t month_lengths = 0;  // bit n: some form is n bytes long
  std::array<std::vector<Phrase>, kKindCount> words;
  std::array<uint64_t, kKindCount> word_lengths{};  // bit n: a word of n bytes
  core::Status status;
};

// Lower-cases ASCII and Cyrillic letters in place; byte lengths stay equal,
// so offsets into the folded text are offsets into the original.
void FoldCase(std::string& s);

// The words, loaded on first use (thread-safe) from $ANNALS_DATA_DIR, or the
// compile-time ANNALS_DATA_DIR, + "/date_words.txt". When loading failed the
// lists are empty and `status` says why.
const DateWords& LoadedDateWords();

}  // namespace annals::indexer::event_date
