// News parser: a scraped news article (.txt, formats.md section 1) -> Record.
//
// Layout of the file (UTF-8, optional BOM, LF or CRLF, last newline
// optional):
//   line 1   the headline, kept as written (only surrounding spaces trimmed;
//            cut headlines are never completed)
//   line 2   the metadata line: space-separated `key:value` fields, ASCII or
//            full-width colon ("date:2018/5/23 08:15:00 hot:1203",
//            "日期：2018-05-23 点击：1203", "发布时间：2018年5月23日")
//   rest     paragraphs, one per line; blank lines are skipped
//
// Decisions:
//  - The metadata line is the first non-blank line after the headline, and
//    only when EVERY space-separated token on it is a field: `key:value`,
//    `key:` followed by its value as the next token, or a HH:MM[:SS] time
//    right after a date; and it has a date or count key or at least two
//    fields (one unknown field alone, as in "记者：李华报道，...", is prose).
//    Otherwise (some scrapes lack the line) it is the first paragraph and a
//    warning says the date is unknown.
//  - Keys: date/published/日期/时间/发布时间/发布日期 -> published (+ a
//    following time -> published_time, normalised to HH:MM:SS);
//    hot/views/点击/点击数/点击量/浏览/浏览量/阅读 -> views (digits, ','
//    allowed). ASCII keys are case-insensitive. Other keys -> record.extra
//    (key, value).
//  - A missing or unparseable date or count is a warning, never an error.
//  - event_date = published (extraction may refine it later).
//  - A line 1 that is blank, or is itself a metadata line with a date, means
//    the file has no headline: an error.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/record.h"
#include "core/status.h"

namespace annals::indexer {

struct ParsedNews {
  core::Record record;
  // Non-fatal problems, each "PATH:LINE: cause" or "PATH: cause".
  std::vector<std::string> warnings;
  // body_lines[k] is the 1-based file line of paragraph k of record.body
  // (paragraphs are record.body split on '\n'), so extraction can cite lines.
  std::vector<int> body_lines;
};

// Parses one article. `id` becomes record.id and `source_path` record.source
// (and the PATH of every message). The record has type kNews.
// Errors (kInvalidInput, "PATH: cause" or "PATH:LINE: cause"): empty file,
// whitespace-only file, binary content (a NUL byte, or control characters
// making up more than a quarter of the characters), invalid UTF-8 (names the
// line and the byte offset in the file of the first bad sequence), no
// headline.
core::Result<ParsedNews> ParseNews(std::string_view bytes,
                                   const std::string& source_path,
                                   const std::string& id);

}  // namespace annals::indexer
