// Record parser: RapidJSON DOM (iterative, encoding-validating) -> Records,
// one rule table per JSON object kind.
#include "indexer/record_parser.h"

#include <fmt/format.h>
#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <cctype>
#include <cmath>
#include <limits>
#include <span>
#include <utility>

#include "core/dates.h"
#include "core/status.h"

namespace annals::indexer {
namespace {

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

std::string_view View(const Value& string) {
  return {string.GetString(), string.GetStringLength()};
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

std::string TypeName(const Value& value) {
  if (value.IsString()) return "a string";
  if (value.IsBool()) return "a boolean";
  if (value.IsNumber()) return "a number";
  if (value.IsArray()) return "an array";
  if (value.IsObject()) return "an object";
  return "null";
}

Status Expected(const char* what, const Value& value) {
  return Status::Invalid(
      fmt::format("expected {}, got {}", what, TypeName(value)));
}

std::string ScalarText(const Value& value) {
  if (value.IsString()) return std::string(View(value));
  if (value.IsBool()) return value.GetBool() ? "true" : "false";
  if (value.IsInt64()) return fmt::format("{}", value.GetInt64());
  if (value.IsUint64()) return fmt::format("{}", value.GetUint64());
  if (value.IsNumber()) return fmt::format("{}", value.GetDouble());
  return "";
}

// Scalar leaves in document order, joined by spaces; iterative, so deep
// nesting cannot overflow the stack.
std::string Flatten(const Value& root) {
  std::vector<const Value*> stack = {&root};
  std::string text;
  while (!stack.empty()) {
    const Value* value = stack.back();
    stack.pop_back();
    if (value->IsArray()) {
      for (auto it = value->End(); it != value->Begin();)
        stack.push_back(&*--it);
    } else if (value->IsObject()) {
      for (auto it = value->MemberEnd(); it != value->MemberBegin();) {
        stack.push_back(&(--it)->value);
      }
    } else if (std::string leaf = ScalarText(*value); !leaf.empty()) {
      if (!text.empty()) text += ' ';
      text += leaf;
    }
  }
  return text;
}

Status ReadString(const Value& value, std::string* out) {
  if (!value.IsString()) return Expected("a string", value);
  *out = View(value);
  return Status::Ok();
}

Status ReadText(const Value& value, std::string* out) {
  ANNALS_RETURN_IF_ERROR(ReadString(value, out));
  if (IsBlank(*out)) return Status::Invalid("is empty");
  return Status::Ok();
}

Status ReadId(const Value& value, std::string* out) {
  static constexpr std::string_view kIdChars =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._-";
  ANNALS_RETURN_IF_ERROR(ReadString(value, out));
  if (!out->empty() && out->find_first_not_of(kIdChars) == std::string::npos) {
    return Status::Ok();
  }
  return Status::Invalid(fmt::format(
      "\"{}\" is not an id (letters, digits, '.', '_', '-')", *out));
}

template <int kMinimum>
Status ReadInt(const Value& value, int* out) {
  if (!value.IsNumber()) return Expected("an integer", value);
  double number = value.GetDouble();
  if (value.IsDouble() && std::abs(number) < 1e15 &&
      std::trunc(number) != number) {
    return Status::Invalid(fmt::format("{} is not an integer", number));
  }
  if (number < kMinimum || number > std::numeric_limits<int>::max()) {
    return Status::Invalid(fmt::format("{} is out of range ({} to {})",
                                       ScalarText(value), kMinimum,
                                       std::numeric_limits<int>::max()));
  }
  *out = static_cast<int>(number);
  return Status::Ok();
}

Status ReadDay(const Value& value, std::string* out) {
  ANNALS_RETURN_IF_ERROR(ReadString(value, out));
  core::Result<core::PartialDate> date = core::ParseIsoDate(*out);
  if (!date.ok()) return date.status();
  if (date->day == 0 || out->size() != 10) {
    return Status::Invalid(
        fmt::format("\"{}\" is not a full date YYYY-MM-DD", *out));
  }
  return Status::Ok();
}

Status ReadCountry(const Value& value, std::string* out) {
  ANNALS_RETURN_IF_ERROR(ReadString(value, out));
  bool valid = out->size() == 2;
  for (char& c : *out) {
    valid = valid && std::isalpha(static_cast<unsigned char>(c));
    c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  if (valid) return Status::Ok();
  return Status::Invalid(fmt::format(
      "\"{}\" is not an ISO 3166-1 alpha-2 country code", View(value)));
}

// An array of strings; null elements are skipped.
Status ReadStrings(const Value& value, std::vector<std::string>* out) {
  if (!value.IsArray()) return Expected("an array of strings", value);
  for (rapidjson::SizeType i = 0; i < value.Size(); ++i) {
    if (value[i].IsNull()) continue;
    if (!value[i].IsString()) {
      return Status::Invalid(fmt::format(
          "element {}: expected a string, got {}", i, TypeName(value[i])));
    }
    out->emplace_back(View(value[i]));
  }
  return Status::Ok();
}

// Objects are read member by member through a table of rules.
template <typename T>
struct FieldRule {
  std::string_view key;
  Status (*read)(const Value& value, T* out, core::Record* record);
  bool names_itself = false;  // the reader's errors already name the field
};

// Reads the members of `object` (REQUIRES: IsObject) by `rules`; an unknown
// member goes to record->extra as (extra_prefix + key, flattened text).
// Errors read "field "<path><key>": cause".
template <typename T>
Status ReadObject(const Value& object, std::span<const FieldRule<T>> rules,
                  std::string_view path, std::string_view extra_prefix, T* out,
                  core::Record* record) {
  for (const auto& member : object.GetObject()) {
    std::string_view key = View(member.name);
    if (member.value.IsNull()) continue;
    const FieldRule<T>* rule = nullptr;
    for (const FieldRule<T>& candidate : rules) {
      if (candidate.key == key) rule = &candidate;
    }
    if (rule == nullptr) {
      std::string text = Flatten(member.value);
      if (!text.empty()) {
        record->extra.emplace_back(fmt::format("{}{}", extra_prefix, key),
                                   std::move(text));
      }
      continue;
    }
    Status status = rule->read(member.value, out, record);
    if (!status.ok() && !rule->names_itself) {
      return status.WithContext(fmt::format("field \"{}{}\"", path, key));
    }
    ANNALS_RETURN_IF_ERROR(status);
  }
  return Status::Ok();
}

Status Missing(std::string_view field) {
  return Status::Invalid(fmt::format("missing required field \"{}\"", field));
}

using core::Person;
using core::Record;
using core::TraineeCount;

// Adapts a reader of one member of T to the signature of FieldRule<T>.
template <auto kMember, auto kRead, typename T>
Status Into(const Value& value, T* out, Record* /*record*/) {
  return kRead(value, &(out->*kMember));
}

constexpr FieldRule<Person> kPersonRules[] = {
    {"name", Into<&Person::name, ReadText>},
    {"names", Into<&Person::names, ReadStrings>},
    {"honorific", Into<&Person::honorific, ReadString>},
    {"roles", Into<&Person::roles, ReadStrings>},
    {"position", Into<&Person::position, ReadString>},
    {"affiliation", Into<&Person::affiliation, ReadString>},
    {"country", Into<&Person::country, ReadCountry>},
    {"talks", Into<&Person::talks, ReadStrings>},
};

constexpr FieldRule<TraineeCount> kTraineeRules[] = {
    {"country", Into<&TraineeCount::country, ReadCountry>},
    {"count", Into<&TraineeCount::count, ReadInt<0>>},
};

constexpr FieldRule<Record> kLocationRules[] = {
    {"city", Into<&Record::city, ReadString>},
    {"country", Into<&Record::country, ReadCountry>},
};

// Reads `value`, an array of objects, into *list by `rules`, each element
// starting as `blank`; `missing` names a required member absent from one.
template <typename T>
Status ReadList(const Value& value, std::string_view field,
                std::span<const FieldRule<T>> rules, const T& blank,
                const char* (*missing)(const T&), std::vector<T>* list,
                Record* record) {
  if (!value.IsArray()) {
    return Expected("an array of objects", value)
        .WithContext(fmt::format("field \"{}\"", field));
  }
  for (rapidjson::SizeType i = 0; i < value.Size(); ++i) {
    std::string path = fmt::format("{}[{}]", field, i);
    if (value[i].IsNull()) continue;
    if (!value[i].IsObject()) {
      return Expected("an object", value[i])
          .WithContext(fmt::format("field \"{}\"", path));
    }
    T item = blank;
    ANNALS_RETURN_IF_ERROR(ReadObject<T>(
        value[i], rules, path + ".", fmt::format("{}.", field), &item, record));
    if (*missing(item) != '\0') return Missing(path + "." + missing(item));
    list->push_back(std::move(item));
  }
  return Status::Ok();
}

Status ReadPeople(const Value& value, Record* /*out*/, Record* record) {
  Person blank;
  blank.line = record->source_line;
  return ReadList<Person>(
      value, "people", kPersonRules, blank,
      [](const Person& p) { return p.name.empty() ? "name" : ""; },
      &record->people, record);
}

Status ReadTrainees(const Value& value, Record* /*out*/, Record* record) {
  TraineeCount blank;
  blank.count = -1;
  return ReadList<TraineeCount>(
      value, "trainees", kTraineeRules, blank,
      [](const TraineeCount& t) {
        return t.country.empty() ? "country" : t.count < 0 ? "count" : "";
      },
      &record->trainees, record);
}

Status ReadLocation(const Value& value, Record* /*out*/, Record* record) {
  if (!value.IsObject()) {
    return Expected("an object", value).WithContext("field \"location\"");
  }
  return ReadObject<Record>(value, kLocationRules, "location.", "location.",
                            record, record);
}

constexpr FieldRule<Record> kRecordRules[] = {
    {"id", Into<&Record::id, ReadId>},
    {"type", Into<&Record::type_name, ReadText>},
    {"title", Into<&Record::title, ReadText>},
    {"series", Into<&Record::series, ReadString>},
    {"edition", Into<&Record::edition, ReadInt<1>>},
    {"start", Into<&Record::published, ReadDay>},
    {"end", Into<&Record::end_date, ReadDay>},
    {"language", Into<&Record::language, ReadString>},
    {"host", Into<&Record::host, ReadString>},
    {"location", ReadLocation, true},
    {"programme", Into<&Record::programme, ReadString>},
    {"topics", Into<&Record::topics, ReadStrings>},
    {"people", ReadPeople, true},
    {"trainees", ReadTrainees, true},
    {"summary", Into<&Record::body, ReadString>},
};

// Fills *record (whose source and source_line are set) from one JSON value.
Status ReadRecord(const Value& value, Record* record) {
  if (!value.IsObject()) return Expected("a record object", value);
  ANNALS_RETURN_IF_ERROR(
      ReadObject<Record>(value, kRecordRules, "", "", record, record));
  if (record->id.empty()) return Missing("id");
  if (record->title.empty()) return Missing("title");
  if (record->published.empty()) return Missing("start");
  if (!record->end_date.empty() && record->end_date < record->published) {
    return Status::Invalid(fmt::format("field \"end\": {} is before start {}",
                                       record->end_date, record->published));
  }
  record->type = core::DocType::kCourse;
  if (record->type_name.empty()) record->type_name = "course";
  record->event_date = record->published;
  return Status::Ok();
}

// Reads record number `index` (from 1) and adds it, or its error, to *out.
void AddRecord(const Value& value, int index, int line, const std::string& path,
               ParsedRecords* out) {
  Record record;
  record.source = path;
  record.source_line = line;
  Status status = ReadRecord(value, &record);
  if (status.ok()) {
    out->records.push_back(std::move(record));
    return;
  }
  std::string id;
  if (value.IsObject()) {
    auto member = value.FindMember("id");
    if (member != value.MemberEnd() && member->value.IsString()) {
      id = fmt::format(" (id \"{}\")", View(member->value));
    }
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
