// Record parser: course records in JSON (.json: one record object or an array
// of them) and JSON Lines (.jsonl: one record object per line) -> Records,
// following docs/formats.md section 2.
//
// Contract:
//  - UTF-8 with an optional BOM; invalid UTF-8 is a parse error with a line.
//  - A .json file that does not parse (malformed, truncated, trailing junk)
//    gives ONE error "PATH:LINE:COL: cause" and no records at all. In .jsonl a
//    line that does not parse is an error for that line only; blank lines are
//    skipped. Columns count code points from 1 (a BOM is not counted).
//  - Each record is checked on its own: `id` ([A-Za-z0-9._-]+), `title`
//    (non-empty) and `start` (YYYY-MM-DD, a real day) are required; a
//    missing or invalid one drops that record only, with the error
//    "PATH:LINE: record N (id "x"): field "start": cause" (N counts records
//    from 1 within the file; LINE is where it starts).
//  - Every other field is optional, at any depth: one of the wrong type or
//    out of range is left out with the warning
//    "PATH:LINE: record N (id "x"): field "people[1].country": cause; kept as
//    text only" (field paths index arrays from 0, as jq does), and its text
//    goes to record.extra under its key without indices ("people.country").
//    A list element that is not an object, or lacks what it cannot do
//    without (a person's `name`, a trainee's `country` or `count`), is left
//    out of the list the same way ("field "trainees[0].count": missing; kept
//    as text only", text under "trainees"); an `end` before `start` too.
//  - null counts as absent. Unknown keys, at the top level and inside
//    location / people / trainees, go to record.extra as (key, text) with the
//    key dotted for nested ones ("location.region", "people.email",
//    "trainees.note"); text is the value flattened: strings as is, numbers and
//    booleans printed, arrays/objects their scalar leaves joined by spaces.
//  - Record: type kCourse, type_name = "type" or "course", start ->
//    event_date and published, end -> end_date (>= start), summary -> body,
//    countries upper-cased (must be 2 ASCII letters), source = PATH,
//    source_line = the line where the record's object starts; Person::line is
//    that line too.
//  - Deep nesting does not crash (iterative parsing, no recursion).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/record.h"

namespace annals::indexer {

// Where an error is and what it is, without the path.
struct RecordError {
  int line = 0;         // 1-based, 0 when the whole file is concerned
  int column = 0;       // 1-based code points, 0 when not a parse error
  std::string message;  // the cause ("missing required field \"id\"")
};

struct ParsedRecords {
  std::vector<core::Record> records;
  // Each "PATH:LINE:COL: cause", "PATH:LINE: record N (id "x"): cause" or
  // "PATH: cause"; error_details[i] is errors[i] in structured form.
  std::vector<std::string> errors;
  std::vector<RecordError> error_details;
  // Problems of records that are indexed anyway, each "PATH:LINE: record N
  // (id "x"): field "path": cause; kept as text only".
  std::vector<std::string> warnings;
};

// Parses a .json file: one record object or an array of record objects.
ParsedRecords ParseRecordsJson(std::string_view bytes,
                               const std::string& source_path);

// Parses a .jsonl file: one record object per non-blank line.
ParsedRecords ParseRecordsJsonl(std::string_view bytes,
                                const std::string& source_path);

}  // namespace annals::indexer
