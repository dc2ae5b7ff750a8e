// News parser: a scraped news article (.txt, docs/formats.md section 1) ->
// Record.
//
// Layout of the file (UTF-8, optional BOM, LF or CRLF, last newline
// optional), as docs/formats.md documents it:
//   line 1   the headline, kept as written (only surrounding spaces trimmed;
//            cut headlines are never completed)
//   line 2   the metadata line: space-separated `key:value` fields, ASCII or
//            full-width colon ("date:2018/5/23 08:15:00 hot:1203",
//            "日期：2018-05-23 点击：1203", "发布时间：2018年5月23日")
//   rest     paragraphs, one per line; blank lines are skipped
// and as scrapers really leave it: site chrome above, between and below.
//
// Decisions:
//  - The header is the first 20 lines. Blank lines and chrome lines
//    (news_parser_chrome.h: breadcrumbs, font-size controls, image file
//    names, share/print/close buttons) are skipped there and in the body.
//  - A metadata line is a line where EVERY space-separated token is a field:
//    `key:value`, `key:` followed by its value as the next token (or by
//    nothing, as an empty counter "浏览次数:"), or a HH:MM[:SS] time right
//    after a date; and it has a known key or at least two fields (one
//    unknown field alone, as in "记者：李华报道，...", is prose).
//  - The metadata line is the first one after at most three lines of text;
//    the headline is the first of those lines that is not a section label
//    ("中心动态", "Hospital News"; the last one when all are). Labels above
//    the headline are dropped; text between headline and metadata line (a
//    subtitle) is the first paragraph. Lines of bylines and counters only
//    ("Source: X", "Views: 12") in the header are metadata too.
//  - Without a metadata line the first line of text is the headline and a
//    warning says the date is unknown (a byline-only line under the
//    headline says instead "metadata line has no date").
//  - Keys: date/published/posted/time/日期/时间/发布时间/发布日期/发表时间
//    ... -> published (+ a following time -> published_time, normalised to
//    HH:MM:SS); hot/views/hits/点击/点击数/浏览/浏览次数/阅读/阅读次数 ...
//    -> views (digits, ',' allowed; an empty value is no count and no
//    warning); source/author/editor/来源/作者/编辑 ... and other keys ->
//    record.extra (key, value). ASCII keys are case-insensitive.
//  - A missing or unparseable date or count is a warning, never an error.
//  - event_date = published (extraction may refine it later).
//  - A file whose first line of text is a dated metadata line, or whose
//    header is all blank or chrome, has no headline: an error.
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
