// Record parser: RapidJSON DOM (iterative, encoding-validating) -> Records,
// each read by the field table of record_fields.cc.
#include "indexer/sources/record_parser.h"

#include <fmt/format.h>
#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <cctype>
#include <utility>

#include "core/status.h"
#include "indexer/sources/record_fields.h"
#include "indexer/sources/record_parser_values.h"

namespace annals::indexer {
namespace {

using core::Record;
using core::Status;
using rapidjson::Value;

constexpr unsigned kParseFlags =
    rapidjson::kParseIterativeFlag | rapidjson::kParseValidateEncodingFlag;
constexpr std::string_view kBom = "\xEF\xBB\xBF";

std::string_view StripBom(std::string_view bytes) {
  if (bytes.starts_with(kBom)) bytes.remove_prefix(kBom.size());
  return bytes;
}

bool IsBlank(std::string_view text) {
  for (char c : text) {
    if (c != ' ' && c != '\t' && c != '\r' && c != '\n') return false;
  }
  return true;
}

// Line (from 1) and column (from 1, in code points) of a byte offset.
RecordError PositionOf(std::string_view text, size_t offset) {
  RecordError position;
  position.line = 1;
  position.column = 1;
  for (size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++position.line;
      position.column = 1;
    } else {
      position.column += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
    }
  }
  return position;
}

void AddError(ParsedRecords* out, const std::string& path, RecordError error) {
  std::string where = path;
  if (error.line > 0) where += fmt::format(":{}", error.line);
  if (error.column > 0) where += fmt::format(":{}", error.column);
  out->errors.push_back(where + ": " + error.message);
  out->error_details.push_back(std::move(error));
}

// RapidJSON's English message, lower-cased and without the final period.
std::string ParseErrorCause(const rapidjson::Document& document,
                            std::string_view text) {
  std::string cause =
      document.GetParseError() == rapidjson::kParseErrorStringInvalidEncoding
          ? "invalid UTF-8 in string"
          : rapidjson::GetParseError_En(document.GetParseError());
  if (!cause.empty()) cause[0] = static_cast<char>(std::tolower(cause[0]));
  if (cause.ends_with('.')) cause.pop_back();
  if (document.GetErrorOffset() >= text.size()) {
    cause = "unexpected end of file: " + cause;
  }
  return cause;
}

// Parses `text`; on failure returns false and sets *error (line/column
// relative to `text`).
bool ParseJson(std::string_view text, rapidjson::Document* document,
               RecordError* error) {
  size_t nul = text.find('\0');
  if (nul != std::string_view::npos) {
    *error = PositionOf(text, nul);
    error->message = "NUL byte (binary content)";
    return false;
  }
  document->Parse<kParseFlags>(text.data(), text.size());
  if (!document->HasParseError()) return true;
  *error = PositionOf(text, document->GetErrorOffset());
  error->message = ParseErrorCause(*document, text);
  return false;
}

// Reads record number `index` (from 1) and adds it, or its error, to *out;
// the problems of an indexed record are its warnings.
void AddRecord(const Value& value, int index, int line, const std::string& path,
               ParsedRecords* out) {
  Record record;
  record.source = path;
  record.source_line = line;
  std::vector<std::string> problems;
  Status status = ReadRecordFields(value, &record, &problems);
  std::string id;
  if (value.IsObject()) {
    auto member = value.FindMember("id");
    if (member != value.MemberEnd() && member->value.IsString()) {
      id = fmt::format(" (id \"{}\")", View(member->value));
    }
  }
  std::string where = fmt::format("{}:{}: record {}{}", path, line, index, id);
  if (status.ok()) {
    for (const std::string& problem : problems) {
      out->warnings.push_back(fmt::format("{}: {}", where, problem));
    }
    out->records.push_back(std::move(record));
    return;
  }
  AddError(
      out, path,
      {line, 0, fmt::format("record {}{}: {}", index, id, status.message())});
}

// Byte offsets where the elements of the top-level array of a VALID JSON
// text start.
std::vector<size_t> ElementOffsets(std::string_view text) {
  std::vector<size_t> offsets;
  int depth = 0;
  bool expect_element = false;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') continue;
    if (depth == 1 && expect_element && c != ']') offsets.push_back(i);
    expect_element = depth == 1 && c == ',';
    if (c == '[' || c == '{') {
      expect_element = ++depth == 1;
    } else if (c == ']' || c == '}') {
      --depth;
    } else if (c == '"') {
      for (++i; i < text.size() && text[i] != '"'; ++i) i += text[i] == '\\';
    }
  }
  return offsets;
}

}  // namespace

ParsedRecords ParseRecordsJson(std::string_view bytes,
                               const std::string& source_path) {
  ParsedRecords out;
  std::string_view text = StripBom(bytes);
  if (IsBlank(text)) {
    AddError(&out, source_path, {0, 0, "empty file"});
    return out;
  }
  rapidjson::Document document;
  RecordError error;
  if (!ParseJson(text, &document, &error)) {
    AddError(&out, source_path, std::move(error));
    return out;
  }
  if (!document.IsArray()) {
    size_t start = text.find_first_not_of(" \t\r\n");
    AddRecord(document, 1, PositionOf(text, start).line, source_path, &out);
    return out;
  }
  std::vector<size_t> offsets = ElementOffsets(text);
  int line = 1;
  size_t counted = 0;
  for (rapidjson::SizeType i = 0; i < document.Size(); ++i) {
    size_t offset = i < offsets.size() ? offsets[i] : counted;
    for (; counted < offset; ++counted) line += text[counted] == '\n';
    AddRecord(document[i], static_cast<int>(i) + 1, line, source_path, &out);
  }
  return out;
}

ParsedRecords ParseRecordsJsonl(std::string_view bytes,
                                const std::string& source_path) {
  ParsedRecords out;
  std::string_view text = StripBom(bytes);
  if (IsBlank(text)) {
    AddError(&out, source_path, {0, 0, "empty file"});
    return out;
  }
  int index = 0;
  for (int line = 1; !text.empty(); ++line) {
    size_t end = std::min(text.find('\n'), text.size());
    std::string_view line_text = text.substr(0, end);
    text.remove_prefix(std::min(end + 1, text.size()));
    if (IsBlank(line_text)) continue;
    ++index;
    rapidjson::Document document;
    RecordError error;
    if (!ParseJson(line_text, &document, &error)) {
      error.line = line;
      AddError(&out, source_path, std::move(error));
      continue;
    }
    AddRecord(document, index, line, source_path, &out);
  }
  return out;
}

}  // namespace annals::indexer
