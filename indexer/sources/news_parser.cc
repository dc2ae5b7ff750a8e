// News parser: checks the bytes, splits the lines, reads the metadata line.
#include "indexer/sources/news_parser.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <optional>
#include <utility>

#include "core/dates.h"
#include "core/utf8.h"
#include "indexer/sources/news_parser_chrome.h"
#include "indexer/sources/news_parser_metadata.h"

namespace annals::indexer {
namespace {

using core::Result;
using core::Status;

constexpr std::string_view kBom = "\xEF\xBB\xBF";
constexpr std::string_view kIdeographicSpace = "\xE3\x80\x80";  // U+3000
constexpr std::string_view kNoBreakSpace = "\xC2\xA0";          // U+00A0

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
    core::Utf8Char decoded = core::DecodeUtf8(bytes, i);
    if (decoded.c < 0) {
      return Status::Invalid(fmt::format(
          "{}:{}: invalid UTF-8 at byte offset {} (byte 0x{:02X})", path,
          LineAt(bytes, i), i, static_cast<unsigned char>(bytes[i])));
    }
    i += decoded.length;
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

class NewsBuilder {
 public:
  NewsBuilder(const std::string& path, ParsedNews* news)
      : path_(path), news_(news) {}

  // Applies a metadata line; `dated` asks for a warning when it has no date.
  void ApplyMetadata(const std::vector<Field>& fields, int line,
                     bool dated = true) {
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
        case Key::kByline:
        case Key::kOther:
          news_->record.extra.emplace_back(field.key, field.value);
          break;
      }
    }
    if (!has_date && dated)
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
    // Sites fill the counter in with script: scrapes often keep "浏览次数:".
    if (field.value.empty() || field.value == "次") return;
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

// Scrapes begin with whatever the site shows above the article: section
// names, breadcrumbs, blank lines, controls. The headline and the metadata
// line are looked for within the first kHeaderLines lines, with at most
// kMaxTextBeforeMetadata lines of text (section names, headline, subtitle)
// before the metadata line.
constexpr size_t kHeaderLines = 20;
constexpr size_t kMaxTextBeforeMetadata = 3;

struct Header {
  size_t headline = std::string_view::npos;
  size_t metadata = std::string_view::npos;  // the metadata line, if any
  std::vector<size_t> used;  // the header's lines that are not body
};

// Adds the byline lines from `first` on, up to the first other line of text,
// to *used ("Views: 1,024" under "Time: 2016-09-14").
void AbsorbBylines(const std::vector<std::string_view>& lines, size_t first,
                   std::vector<size_t>* used) {
  for (size_t i = first; i < std::min(lines.size(), kHeaderLines); ++i) {
    std::string_view line = Trim(lines[i]);
    if (line.empty() || IsChromeLine(line)) continue;
    std::optional<std::vector<Field>> fields = ParseMetadata(line);
    if (!fields || !IsBylineLine(*fields)) return;
    used->push_back(i);
  }
}

// Finds the headline, the metadata line and the byline lines of the header.
Result<Header> ScanHeader(const std::vector<std::string_view>& lines,
                          const std::string& path) {
  Header header;
  std::vector<size_t> texts;  // text lines above the metadata line
  for (size_t i = 0; i < std::min(lines.size(), kHeaderLines); ++i) {
    std::string_view line = Trim(lines[i]);
    if (line.empty() || IsChromeLine(line)) continue;
    std::optional<std::vector<Field>> fields = ParseMetadata(line);
    if (fields && IsBylineLine(*fields)) {
      header.used.push_back(i);
    } else if (fields && !texts.empty()) {
      header.metadata = i;
      break;
    } else if (fields && HasKey(*fields, Key::kDate)) {
      return Status::Invalid(fmt::format(
          "{}:{}: no headline (line {} is a metadata line and no text comes "
          "before it)",
          path, i + 1, i + 1));
    } else if (texts.size() < kMaxTextBeforeMetadata) {
      texts.push_back(i);
    } else {
      break;
    }
  }
  if (texts.empty()) {
    return Status::Invalid(fmt::format(
        "{}: no headline (the first {} lines are blank or page chrome)", path,
        kHeaderLines));
  }
  header.headline = texts[0];
  if (header.metadata != std::string_view::npos) {
    // Above a metadata line, section names come before the headline; a
    // line of text below the headline is a subtitle, kept in the body.
    auto headline = std::find_if(texts.begin(), texts.end(), [&](size_t i) {
      return !IsLabelLine(Trim(lines[i]));
    });
    header.headline = headline == texts.end() ? texts.back() : *headline;
    header.used.push_back(header.metadata);
    AbsorbBylines(lines, header.metadata + 1, &header.used);
    return header;
  }
  // No dated line: the first byline line under the headline stands for the
  // metadata line ("hot:12" alone), and says the date is unknown.
  for (size_t i : header.used) {
    if (i > header.headline) {
      header.metadata = i;
      break;
    }
  }
  return header;
}

}  // namespace

Result<ParsedNews> ParseNews(std::string_view bytes,
                             const std::string& source_path,
                             const std::string& id) {
  ANNALS_RETURN_IF_ERROR(CheckText(bytes, source_path));
  if (bytes.starts_with(kBom)) bytes.remove_prefix(kBom.size());
  std::vector<std::string_view> lines = SplitLines(bytes);
  Result<Header> header = ScanHeader(lines, source_path);
  if (!header.ok()) return header.status();
  ParsedNews news;
  news.record.id = id;
  news.record.type = core::DocType::kNews;
  news.record.title = std::string(Trim(lines[header->headline]));
  news.record.source = source_path;
  NewsBuilder builder(source_path, &news);
  std::vector<size_t>& used = header->used;
  std::sort(used.begin(), used.end());
  for (size_t i : used) {
    builder.ApplyMetadata(*ParseMetadata(Trim(lines[i])),
                          static_cast<int>(i + 1), i == header->metadata);
  }
  if (header->metadata == std::string_view::npos) {
    size_t next = header->headline + 1;
    while (next < lines.size() &&
           (Trim(lines[next]).empty() || IsChromeLine(Trim(lines[next])))) {
      ++next;
    }
    builder.Warn(next < lines.size() ? static_cast<int>(next + 1) : 0,
                 "no metadata line; publication date unknown");
  }
  for (size_t i = header->headline + 1; i < lines.size(); ++i) {
    std::string_view paragraph = Trim(lines[i]);
    if (paragraph.empty() || IsChromeLine(paragraph) ||
        std::binary_search(used.begin(), used.end(), i)) {
      continue;
    }
    std::optional<std::vector<Field>> fields = ParseMetadata(paragraph);
    if (fields && IsCounterLine(*fields)) continue;  // a stray view counter
    builder.AddParagraph(paragraph, static_cast<int>(i + 1));
  }
  return news;
}

}  // namespace annals::indexer
