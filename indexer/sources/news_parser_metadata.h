// The metadata line of a scraped news article: "key:value" fields with
// ASCII or full-width colons ("date:2018/5/23 08:15:00 hot:1203",
// "发布时间:2017-06-07 08:40:18 浏览次数:", "Source: X Time: 2016-09-14"),
// and what each key means.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace annals::indexer {

// kByline: who wrote or supplied the article ("来源", "Source", "作者").
enum class Key { kDate, kViews, kByline, kOther };

// What a key means; ASCII keys are case-insensitive.
Key Classify(std::string_view key);

struct Field {
  std::string key;
  std::string value;
  std::string time;  // only for a date followed by a HH:MM[:SS] token
};

// The fields of a metadata line, or nullopt when the line is a paragraph.
std::optional<std::vector<Field>> ParseMetadata(std::string_view line);

// "8:15" -> "08:15:00"; "" when not a time of day.
std::string NormalizeTime(std::string_view token);

// "1203", "1,203" or "1203次" -> 1203; -1 when not a count.
long long ParseViews(std::string_view value);

bool HasKey(const std::vector<Field>& fields, Key key);

// A line of view counters only ("浏览次数：", "Views: 12").
bool IsCounterLine(const std::vector<Field>& fields);

// A line of bylines and counters only, each value short and not a sentence
// ("来源：消化内科", "Source: Endoscopy Center Views: 12"). Prose led by a
// byline key ("作者：李华报道，5月21日...") is not one.
bool IsBylineLine(const std::vector<Field>& fields);

}  // namespace annals::indexer
