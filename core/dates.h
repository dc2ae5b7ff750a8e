// Partial calendar dates (a year, a month or a day) and the date forms found
// in metadata lines and records. Event dates in free text are found by
// indexer/extract/event_date.*, which builds on these.
#pragma once

#include <string>
#include <string_view>

#include "core/status.h"

namespace annals::core {

struct PartialDate {
  int year = 0;   // 0 = no date
  int month = 0;  // 0 = unknown
  int day = 0;    // 0 = unknown

  bool empty() const { return year == 0; }
  // "2018-05-21", "2018-05" or "2018"; "" when empty.
  std::string Iso() const;
  // "20180521", "20180500" or "20180000": sorts in time order (schema Slot).
  std::string SlotValue() const;
  friend bool operator==(const PartialDate&, const PartialDate&) = default;
};

// True when year/month/day name a real day of the Gregorian calendar.
bool IsValidDay(int year, int month, int day);
int DaysInMonth(int year, int month);

// Parses the date forms of docs/formats.md: "2018/5/23", "2018-05-23",
// "2018年5月23日", "2018.5.23", and partial "2018-05", "2018". Surrounding
// spaces are ignored. Errors: not a date, or not a real calendar day
// ("2019/13/40").
Result<PartialDate> ParseDate(std::string_view text);

// Parses the "YYYY-MM-DD" / "YYYY-MM" / "YYYY" form produced by Iso().
Result<PartialDate> ParseIsoDate(std::string_view text);

}  // namespace annals::core
