// News parser: checks the bytes, splits the lines, reads the metadata line.
#include "indexer/news_parser.h"

#include <fmt/format.h>

#include <cctype>
#include <optional>
#include <utility>

#include "core/dates.h"

namespace annals::indexer {
namespace {

using core::Result;
using core::Status;

constexpr std::string_view kBom = "\xEF\xBB\xBF";
constexpr std::string_view kFullWidthColon = "\xEF\xBC\x9A";    // U+FF1A
constexpr std::string_view kIdeographicSpace = "\xE3\x80\x80";  // U+3000
constexpr std::string_view kNoBreakSpace = "\xC2\xA0";          // U+00A0

// Length of the valid UTF-8 sequence at text[i], or 0 when it is not one
// (overlong forms, surrogates and code points above U+10FFFF are invalid).
size_t Utf8SequenceLength(std::string_view text, size_t i) {
  auto byte = [&](size_t k) { return static_cast<unsigned char>(text[k]); };
  unsigned char b = byte(i);
  if (b < 0x80) return 1;
  size_t length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC2 ? 2 : 0;
  if (length == 0 || b > 0xF4 || i + length > text.size()) return 0;
  for (size_t k = 1; k < length; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return 0;
  }
  unsigned char second = byte(i + 1);
  if (b == 0xE0 && second < 0xA0) return 0;  // overlong
  if (b == 0xED && second > 0x9F) return 0;  // surrogate
  if (b == 0xF0 && second < 0x90) return 0;  // overlong
  if (b == 0xF4 && second > 0x8F) return 0;  // above U+10FFFF
  return length;
}

int LineAt(std::string_view bytes, size_t offset) {
  int line = 1;
  for (size_t i = 0; i < offset && i < bytes.size(); ++i)
    line += bytes[i] == '\n';
  return line;
}

bool IsControl(unsigned char c) {
  bool text_space =
      c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
  return (c < 0x20 && !text_space) || c == 0x7F;
}

// NUL bytes, or control characters making up more than a quarter of the
// characters, mean the file is not text.
Status CheckNotBinary(std::string_view bytes, const std::string& path) {
  size_t nul = bytes.find('\0');
  if (nul != std::string_view::npos) {
    return Status::Invalid(
        fmt::format("{}:{}: binary content (NUL byte at byte offset {})", path,
                    LineAt(bytes, nul), nul));
  }
  size_t characters = 0;
  size_t controls = 0;
  for (char c : bytes) {
    auto u = static_cast<unsigned char>(c);
    characters += (u & 0xC0) != 0x80;
    controls += IsControl(u);
  }
  if (controls * 4 > characters) {
    return Status::Invalid(fmt::format(
        "{}: binary content ({} of {} characters are control characters)", path,
        controls, characters));
  }
  return Status::Ok();
}

Status CheckUtf8(std::string_view bytes, const std::string& path) {
  for (size_t i = 0; i < bytes.size();) {
    size_t length = Utf8SequenceLength(bytes, i);
    if (length == 0) {
      return Status::Invalid(fmt::format(
          "{}:{}: invalid UTF-8 at byte offset {} (byte 0x{:02X})", path,
          LineAt(bytes, i), i, static_cast<unsigned char>(bytes[i])));
    }
    i += length;
  }
  return Status::Ok();
}

// Removes ASCII white space, U+00A0 and U+3000 from both ends.
std::string_view Trim(std::string_view text) {
  // Removes one space from the front or the back; false when there is none.
  auto strip_one = [&text](bool front) {
    size_t size = 0;
    for (std::string_view space : {kIdeographicSpace, kNoBreakSpace}) {
      if (front ? text.starts_with(space) : text.ends_with(space)) {
        size = space.size();
      }
    }
    if (size == 0 && !text.empty() &&
        std::isspace(
            static_cast<unsigned char>(front ? text.front() : text.back()))) {
      size = 1;
    }
    front ? text.remove_prefix(size) : text.remove_suffix(size);
    return size > 0;
  };
  while (strip_one(true)) {
  }
  while (strip_one(false)) {
  }
  return text;
}

// Splits on LF; a CR before the LF (CRLF) is dropped. No trailing empty line.
std::vector<std::string_view> SplitLines(std::string_view text) {
  std::vector<std::string_view> lines;
  while (!text.empty()) {
    size_t end = text.find('\n');
    std::string_view line = text.substr(0, end);
    if (line.ends_with('\r')) line.remove_suffix(1);
    lines.push_back(line);
    if (end == std::string_view::npos) break;
    text.remove_prefix(end + 1);
  }
  return lines;
}

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

enum class Key { kDate, kViews, kOther };

Key Classify(std::string_view key) {
  std::string lower;
  for (char c : key)
    lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (std::string_view k :
       {"date", "published", "日期", "时间", "发布时间", "发布日期"}) {
    if (lower == k) return Key::kDate;
  }
  for (std::string_view k :
       {"hot", "views", "点击", "点击数", "点击量", "浏览", "浏览量", "阅读"}) {
    if (lower == k) return Key::kViews;
  }
  return Key::kOther;
}

struct Field {
  std::string key;
  std::string value;
  std::string time;  // only for a date followed by a HH:MM[:SS] token
};

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
      bool continues_other = !fields.empty() &&
                             Classify(fields.back().key) == Key::kOther &&
                             !fields.back().value.empty();
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

class NewsBuilder {
 public:
  NewsBuilder(const std::string& path, ParsedNews* news)
      : path_(path), news_(news) {}

  void ApplyMetadata(const std::vector<Field>& fields, int line) {
    bool has_date = false;
    for (const Field& field : fields) {
      switch (Classify(field.key)) {
        case Key::kDate:
          has_date = true;
          ApplyDate(field, line);
          break;
        case Key::kViews:
          ApplyViews(field, line);
          break;
        case Key::kOther:
          news_->record.extra.emplace_back(field.key, field.value);
          break;
      }
    }
    if (!has_date)
      Warn(line, "metadata line has no date; publication date unknown");
  }

  void AddParagraph(std::string_view text, int line) {
    core::Record& record = news_->record;
    if (!record.body.empty()) record.body += '\n';
    record.body.append(text);
    news_->body_lines.push_back(line);
  }

  void Warn(int line, const std::string& cause) {
    news_->warnings.push_back(line > 0
                                  ? fmt::format("{}:{}: {}", path_, line, cause)
                                  : fmt::format("{}: {}", path_, cause));
  }

 private:
  void ApplyDate(const Field& field, int line) {
    Result<core::PartialDate> date = core::ParseDate(field.value);
    if (!date.ok()) {
      Warn(line, fmt::format("date {}; publication date unknown",
                             date.status().message()));
      return;
    }
    news_->record.published = date->Iso();
    news_->record.event_date = date->Iso();
    if (field.time.empty()) return;
    std::string time = NormalizeTime(field.time);
    if (time.empty()) {
      Warn(line, fmt::format("time \"{}\" is not a time of day", field.time));
    }
    news_->record.published_time = time;
  }

  void ApplyViews(const Field& field, int line) {
    long long views = ParseViews(field.value);
    if (views < 0) {
      Warn(line, fmt::format("view count \"{}\" is not a number", field.value));
      return;
    }
    news_->record.views = views;
  }

  const std::string& path_;
  ParsedNews* news_;
};

// Checks that the bytes are UTF-8 text with something in it.
Status CheckText(std::string_view bytes, const std::string& path) {
  if (bytes.empty() || bytes == kBom) {
    return Status::Invalid(path + ": empty file");
  }
  ANNALS_RETURN_IF_ERROR(CheckNotBinary(bytes, path));
  ANNALS_RETURN_IF_ERROR(CheckUtf8(bytes, path));
  if (Trim(bytes.substr(bytes.starts_with(kBom) ? kBom.size() : 0)).empty()) {
    return Status::Invalid(path + ": file has only white space");
  }
  return Status::Ok();
}

bool IsDatedMetadata(std::string_view line) {
  std::optional<std::vector<Field>> fields = ParseMetadata(line);
  if (!fields) return false;
  for (const Field& field : *fields) {
    if (Classify(field.key) == Key::kDate) return true;
  }
  return false;
}

// Reads the metadata line, the first non-blank line after the headline, if
// there is one; returns the index of the first line of the body.
size_t ReadMetadataLine(const std::vector<std::string_view>& lines,
                        NewsBuilder* builder) {
  size_t next = 1;
  while (next < lines.size() && Trim(lines[next]).empty()) ++next;
  std::optional<std::vector<Field>> fields;
  if (next < lines.size()) fields = ParseMetadata(Trim(lines[next]));
  if (fields) {
    builder->ApplyMetadata(*fields, static_cast<int>(next + 1));
    return next + 1;
  }
  builder->Warn(next < lines.size() ? static_cast<int>(next + 1) : 0,
                "no metadata line; publication date unknown");
  return next;
}

}  // namespace

Result<ParsedNews> ParseNews(std::string_view bytes,
                             const std::string& source_path,
                             const std::string& id) {
  ANNALS_RETURN_IF_ERROR(CheckText(bytes, source_path));
  if (bytes.starts_with(kBom)) bytes.remove_prefix(kBom.size());
  std::vector<std::string_view> lines = SplitLines(bytes);
  std::string_view headline = Trim(lines[0]);
  if (headline.empty() || IsDatedMetadata(headline)) {
    return Status::Invalid(
        fmt::format("{}:1: no headline (line 1 is {})", source_path,
                    headline.empty() ? "blank" : "a metadata line"));
  }
  ParsedNews news;
  news.record.id = id;
  news.record.type = core::DocType::kNews;
  news.record.title = std::string(headline);
  news.record.source = source_path;
  NewsBuilder builder(source_path, &news);
  size_t next = ReadMetadataLine(lines, &builder);
  for (size_t i = next; i < lines.size(); ++i) {
    std::string_view paragraph = Trim(lines[i]);
    if (!paragraph.empty())
      builder.AddParagraph(paragraph, static_cast<int>(i + 1));
  }
  return news;
}

}  // namespace annals::indexer
