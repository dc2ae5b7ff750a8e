// Event dates of news articles: the day a course or workshop took place (or
// will take place), found in the article text and resolved against the
// publication date. Month names and cue words are data, read once from
// date_words.txt in the data directory (ANNALS_DATA_DIR, compile-time
// default, overridden by the environment variable of the same name).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/dates.h"
#include "core/status.h"

namespace annals::indexer {

struct EventDateFinding {
  core::PartialDate date;
  std::string rule;      // the rule that matched, e.g. "en:month-day relative
                         // to publication", "th:buddhist-era"
  std::string evidence;  // the text that was matched, e.g. "May 21"
  int paragraph = 0;     // 0-based body paragraph (paragraphs joined by '\n')
};

// Finds the event date in an article body: of all dates in the text, the one
// in an early paragraph and a sentence with an event cue ("held", "举办",
// "состоялся", "จัด"), skipping dates after negative cues ("founded in") and
// dates far from the publication date. Dates without a year resolve to the
// year that puts them closest to `published`, preferring the past.
// `published` may be empty: then only dates with explicit years count.
// `language` is a BCP-47 tag, or "" to use the words of every language.
// Returns nullopt when no date qualifies. Never fails on any bytes, invalid
// UTF-8 included; thread-safe.
std::optional<EventDateFinding> FindEventDate(
    std::string_view body, const core::PartialDate& published,
    std::string_view language);

// Loads date_words.txt if not yet loaded and returns how that went: e.g.
// ".../date_words.txt:12: unknown entry \"mnth\"". When loading failed,
// FindEventDate still finds numeric dates ("2018-05-21", "2018年5月21日").
[[nodiscard]] core::Status CheckEventDateWords();

}  // namespace annals::indexer
