// The metadata line: tokens, fields, and the meaning of keys.
#include "indexer/sources/news_parser_metadata.h"

#include <fmt/format.h>

#include <cctype>

namespace annals::indexer {
namespace {

constexpr std::string_view kFullWidthColon = "\xEF\xBC\x9A";    // U+FF1A
constexpr std::string_view kIdeographicSpace = "\xE3\x80\x80";  // U+3000

// Splits a metadata line on ASCII blanks and U+3000.
std::vector<std::string_view> SplitTokens(std::string_view line) {
  std::vector<std::string_view> tokens;
  size_t start = 0;
  auto flush = [&](size_t end) {
    if (end > start) tokens.push_back(line.substr(start, end - start));
  };
  for (size_t i = 0; i < line.size();) {
    size_t skip = line[i] == ' ' || line[i] == '\t' ? 1
                  : line.substr(i).starts_with(kIdeographicSpace)
                      ? kIdeographicSpace.size()
                      : 0;
    if (skip == 0) {
      ++i;
      continue;
    }
    flush(i);
    i += skip;
    start = i;
  }
  flush(line.size());
  return tokens;
}

// A key is a short word: letters of any script, digits, '_', '-', '.'.
bool IsKey(std::string_view key) {
  if (key.empty() || key.size() > 32) return false;
  for (char c : key) {
    auto u = static_cast<unsigned char>(c);
    if (u < 0x80 && !std::isalnum(u) && c != '_' && c != '-' && c != '.') {
      return false;
    }
  }
  return true;
}

// Splits "key:value" or "key：value" at the first colon of either width.
bool SplitField(std::string_view token, std::string_view* key,
                std::string_view* value) {
  size_t ascii = token.find(':');
  size_t wide = token.find(kFullWidthColon);
  size_t at = std::min(ascii, wide);
  if (at == std::string_view::npos) return false;
  size_t colon_size = at == wide ? kFullWidthColon.size() : 1;
  *key = token.substr(0, at);
  *value = token.substr(at + colon_size);
  return IsKey(*key);
}

// "8:15" or "08:15:00" -> the digits and colons of a time; false otherwise.
bool LooksLikeTime(std::string_view token) {
  size_t colons = 0;
  for (char c : token) {
    if (c == ':') {
      ++colons;
    } else if (!std::isdigit(static_cast<unsigned char>(c))) {
      return false;
    }
  }
  return (colons == 1 || colons == 2) && token.size() >= 4 &&
         token.size() <= 8 && token.front() != ':' && token.back() != ':';
}

}  // namespace

Key Classify(std::string_view key) {
  std::string lower;
  for (char c : key)
    lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (std::string_view k :
       {"date", "published", "posted", "time", "pubdate", "日期", "时间",
        "发布时间", "发布日期", "发表时间", "发稿时间", "更新时间", "上传时间",
        "录入时间", "添加时间", "дата", "опубликовано"}) {
    if (lower == k) return Key::kDate;
  }
  for (std::string_view k :
       {"hot",    "views",      "hits",     "clicks", "reads",    "点击",
        "点击数", "点击量",     "点击次数", "浏览",   "浏览量",   "浏览次数",
        "阅读",   "阅读量",     "阅读次数", "访问量", "访问次数", "人气",
        "热度",   "просмотров", "просмотры"}) {
    if (lower == k) return Key::kViews;
  }
  for (std::string_view k :
       {"source",   "author",   "editor",   "by",       "from",     "来源",
        "作者",     "编辑",     "责任编辑", "供稿",     "撰稿",     "摄影",
        "审核",     "通讯员",   "发布者",   "发布人",   "信息来源", "稿件来源",
        "发布单位", "供稿单位", "发布部门", "источник", "автор"}) {
    if (lower == k) return Key::kByline;
  }
  return Key::kOther;
}

// The fields of a metadata line, or nullopt when the line is a paragraph.
std::optional<std::vector<Field>> ParseMetadata(std::string_view line) {
  std::vector<std::string_view> tokens = SplitTokens(line);
  std::vector<Field> fields;
  for (size_t i = 0; i < tokens.size(); ++i) {
    std::string_view key, value;
    bool after_date =
        !fields.empty() && Classify(fields.back().key) == Key::kDate &&
        !fields.back().value.empty() && fields.back().time.empty();
    if (after_date && LooksLikeTime(tokens[i])) {
      fields.back().time = tokens[i];
      continue;
    }
    if (!SplitField(tokens[i], &key, &value)) {
      // "author:news office": an unknown key's value may hold spaces.
      bool continues_other = !fields.empty() && !fields.back().value.empty() &&
                             (Classify(fields.back().key) == Key::kOther ||
                              Classify(fields.back().key) == Key::kByline);
      if (!continues_other) return std::nullopt;
      // Not `" " + std::string(...)`: GCC 12's false -Wrestrict in Release
      // builds (GCC bug 105651).
      fields.back().value += ' ';
      fields.back().value += tokens[i];
      continue;
    }
    std::string_view next_key, next_value;
    if (value.empty() && i + 1 < tokens.size() &&
        !SplitField(tokens[i + 1], &next_key, &next_value)) {
      value = tokens[++i];  // "date: 2018/5/23"
    }
    fields.push_back({std::string(key), std::string(value), ""});
  }
  // One unknown field alone is more likely prose ("记者：李华报道，...").
  bool known = false;
  for (const Field& field : fields) known |= Classify(field.key) != Key::kOther;
  if (fields.empty() || (!known && fields.size() < 2)) return std::nullopt;
  return fields;
}

// "8:15" -> "08:15:00"; "" when not a time of day.
std::string NormalizeTime(std::string_view token) {
  int parts[3] = {0, 0, 0};
  int count = 0;
  for (size_t start = 0; start <= token.size() && count < 3; ++count) {
    size_t end = std::min(token.find(':', start), token.size());
    std::string_view digits = token.substr(start, end - start);
    if (digits.empty() || (count > 0 && digits.size() != 2)) return "";
    parts[count] = std::stoi(std::string(digits));
    start = end + 1;
  }
  if (parts[0] > 23 || parts[1] > 59 || parts[2] > 59) return "";
  return fmt::format("{:02d}:{:02d}:{:02d}", parts[0], parts[1], parts[2]);
}

// "1203", "1,203" or "1203次" -> 1203; -1 when not a count.
long long ParseViews(std::string_view value) {
  if (value.ends_with("次")) value.remove_suffix(std::string_view("次").size());
  long long views = 0;
  bool any_digit = false;
  for (char c : value) {
    if (c == ',') continue;
    if (!std::isdigit(static_cast<unsigned char>(c))) return -1;
    if (views > 99999999999999LL) return -1;
    views = views * 10 + (c - '0');
    any_digit = true;
  }
  return any_digit ? views : -1;
}

bool HasKey(const std::vector<Field>& fields, Key key) {
  for (const Field& field : fields) {
    if (Classify(field.key) == key) return true;
  }
  return false;
}

// A line of view counters only ("浏览次数：", "Views: 12").
bool IsCounterLine(const std::vector<Field>& fields) {
  for (const Field& field : fields) {
    if (Classify(field.key) != Key::kViews) return false;
  }
  return true;
}

// A line of bylines and counters only, each value short and not a sentence
// ("来源：消化内科", "Source: Endoscopy Center Views: 12"). Prose led by a
// byline key ("作者：李华报道，5月21日...") is not one.
bool IsBylineLine(const std::vector<Field>& fields) {
  for (const Field& field : fields) {
    Key key = Classify(field.key);
    if (key != Key::kByline && key != Key::kViews) return false;
    if (field.value.size() > 60) return false;
    for (std::string_view stop : {"。", "，", ". ", ", "}) {
      if (field.value.find(stop) != std::string::npos) return false;
    }
  }
  return true;
}

}  // namespace annals::indexer
