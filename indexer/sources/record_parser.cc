// Record parser: RapidJSON DOM (iterative, encoding-validating) -> Records,
// one rule table per JSON object kind.
#include "indexer/sources/record_parser.h"

#include <fmt/format.h>
#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <cctype>
#include <span>
#include <utility>

#include "core/status.h"
#include "indexer/sources/record_parser_values.h"

namespace annals::indexer {
namespace {

using core::Person;
using core::Record;
using core::Status;
using core::TraineeCount;
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

// What reading one record found wrong in its optional fields: each problem
// is "field "PATH": cause; kept as text only", and the value's text is kept
// in record->extra, so that nothing written in the archive is lost.
struct Reading {
  Record* record;
  std::vector<std::string> problems;

  void Keep(std::string_view field, std::string_view cause,
            std::string_view extra_key, const Value& value) {
    problems.push_back(
        fmt::format("field \"{}\": {}; kept as text only", field, cause));
    KeepText(extra_key, value);
  }

  void KeepText(std::string_view extra_key, const Value& value) {
    if (std::string text = Flatten(value); !text.empty()) {
      record->extra.emplace_back(std::string(extra_key), std::move(text));
    }
  }

  // Whether a problem since the first `since` concerns `field`.
  bool Reported(size_t since, std::string_view field) const {
    std::string prefix = fmt::format("field \"{}\"", field);
    for (size_t i = since; i < problems.size(); ++i) {
      if (problems[i].starts_with(prefix)) return true;
    }
    return false;
  }
};

// Objects are read member by member through a table of rules. A reader
// returns an error for a value it cannot use; `path` is where the value is
// ("people[1].talks"), for the problems it reports itself.
template <typename T>
struct FieldRule {
  std::string_view key;
  Status (*read)(const Value& value, std::string_view path, T* out,
                 Reading* reading);
  bool required = false;  // an error drops the record
};

// Reads the members of `object` (REQUIRES: IsObject) by `rules`; an unknown
// member goes to record->extra as (extra_prefix + key, flattened text). An
// error in a required member is returned as "field "<path><key>": cause";
// one in an optional member is a problem of *reading.
template <typename T>
Status ReadObject(const Value& object, std::span<const FieldRule<T>> rules,
                  std::string_view path, std::string_view extra_prefix, T* out,
                  Reading* reading) {
  for (const auto& member : object.GetObject()) {
    std::string_view key = View(member.name);
    if (member.value.IsNull()) continue;
    const FieldRule<T>* rule = nullptr;
    for (const FieldRule<T>& candidate : rules) {
      if (candidate.key == key) rule = &candidate;
    }
    std::string extra_key = fmt::format("{}{}", extra_prefix, key);
    if (rule == nullptr) {
      std::string text = Flatten(member.value);
      if (!text.empty()) {
        reading->record->extra.emplace_back(extra_key, std::move(text));
      }
      continue;
    }
    std::string field = fmt::format("{}{}", path, key);
    Status status = rule->read(member.value, field, out, reading);
    if (status.ok()) continue;
    if (rule->required) {
      return status.WithContext(fmt::format("field \"{}\"", field));
    }
    reading->Keep(field, status.message(), extra_key, member.value);
  }
  return Status::Ok();
}

Status Missing(std::string_view field) {
  return Status::Invalid(fmt::format("missing required field \"{}\"", field));
}

// Adapts a reader of one member of T to the signature of FieldRule<T>.
template <auto kMember, auto kRead, typename T>
Status Into(const Value& value, std::string_view /*path*/, T* out,
            Reading* /*reading*/) {
  return kRead(value, &(out->*kMember));
}

// The record.extra key of a field path: its array indices left out
// ("people[1].talks" -> "people.talks").
std::string ExtraKeyOf(std::string_view path) {
  std::string key;
  bool in_index = false;
  for (char c : path) {
    in_index = (in_index || c == '[') && c != ']';
    if (!in_index && c != ']') key += c;
  }
  return key;
}

// An array of strings; null elements are skipped, other non-strings are
// problems kept as text.
template <auto kMember, typename T>
Status IntoStrings(const Value& value, std::string_view path, T* out,
                   Reading* reading) {
  if (!value.IsArray()) return Expected("an array of strings", value);
  std::string extra_key = ExtraKeyOf(path);
  for (rapidjson::SizeType i = 0; i < value.Size(); ++i) {
    if (value[i].IsNull()) continue;
    if (!value[i].IsString()) {
      reading->Keep(fmt::format("{}[{}]", path, i),
                    Expected("a string", value[i]).message(), extra_key,
                    value[i]);
      continue;
    }
    (out->*kMember).emplace_back(View(value[i]));
  }
  return Status::Ok();
}

constexpr FieldRule<Person> kPersonRules[] = {
    {"name", Into<&Person::name, ReadText>},
    {"names", IntoStrings<&Person::names>},
    {"honorific", Into<&Person::honorific, ReadString>},
    {"roles", IntoStrings<&Person::roles>},
    {"position", Into<&Person::position, ReadString>},
    {"affiliation", Into<&Person::affiliation, ReadString>},
    {"country", Into<&Person::country, ReadCountry>},
    {"talks", IntoStrings<&Person::talks>},
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
// starting as `blank`; `missing` names a member an element cannot do without.
// An element that is not an object or lacks such a member is a problem: it
// is left out of *list and its text kept under `field`.
template <typename T>
Status ReadList(const Value& value, std::string_view field,
                std::span<const FieldRule<T>> rules, const T& blank,
                const char* (*missing)(const T&), std::vector<T>* list,
                Reading* reading) {
  if (!value.IsArray()) return Expected("an array of objects", value);
  std::vector<std::pair<std::string, std::string>>& extra =
      reading->record->extra;
  for (rapidjson::SizeType i = 0; i < value.Size(); ++i) {
    std::string path = fmt::format("{}[{}]", field, i);
    if (value[i].IsNull()) continue;
    if (!value[i].IsObject()) {
      reading->Keep(path, Expected("an object", value[i]).message(), field,
                    value[i]);
      continue;
    }
    T item = blank;
    size_t extra_before = extra.size();
    size_t problems_before = reading->problems.size();
    ANNALS_RETURN_IF_ERROR(ReadObject<T>(value[i], rules, path + ".",
                                         fmt::format("{}.", field), &item,
                                         reading));
    if (*missing(item) != '\0') {
      extra.resize(extra_before);  // the whole element is kept below
      std::string member = fmt::format("{}.{}", path, missing(item));
      if (reading->Reported(problems_before, member)) {
        reading->KeepText(field, value[i]);  // its problem said why
      } else {
        reading->Keep(member, "missing", field, value[i]);
      }
      continue;
    }
    list->push_back(std::move(item));
  }
  return Status::Ok();
}

Status ReadPeople(const Value& value, std::string_view /*path*/, Record* record,
                  Reading* reading) {
  Person blank;
  blank.line = record->source_line;
  return ReadList<Person>(
      value, "people", kPersonRules, blank,
      [](const Person& p) { return p.name.empty() ? "name" : ""; },
      &record->people, reading);
}

Status ReadTrainees(const Value& value, std::string_view /*path*/,
                    Record* record, Reading* reading) {
  TraineeCount blank;
  blank.count = -1;
  return ReadList<TraineeCount>(
      value, "trainees", kTraineeRules, blank,
      [](const TraineeCount& t) {
        return t.country.empty() ? "country" : t.count < 0 ? "count" : "";
      },
      &record->trainees, reading);
}

Status ReadLocation(const Value& value, std::string_view /*path*/,
                    Record* record, Reading* reading) {
  if (!value.IsObject()) return Expected("an object", value);
  return ReadObject<Record>(value, kLocationRules, "location.", "location.",
                            record, reading);
}

constexpr FieldRule<Record> kRecordRules[] = {
    {"id", Into<&Record::id, ReadId>, true},
    {"type", Into<&Record::type_name, ReadText>},
    {"title", Into<&Record::title, ReadText>, true},
    {"series", Into<&Record::series, ReadString>},
    {"edition", Into<&Record::edition, ReadInt<1>>},
    {"start", Into<&Record::published, ReadDay>, true},
    {"end", Into<&Record::end_date, ReadDay>},
    {"language", Into<&Record::language, ReadString>},
    {"host", Into<&Record::host, ReadString>},
    {"location", ReadLocation},
    {"programme", Into<&Record::programme, ReadString>},
    {"topics", IntoStrings<&Record::topics>},
    {"people", ReadPeople},
    {"trainees", ReadTrainees},
    {"summary", Into<&Record::body, ReadString>},
};

// Fills *record (whose source and source_line are set) from one JSON value;
// an error means the record cannot be indexed.
Status ReadRecord(const Value& value, Reading* reading) {
  Record* record = reading->record;
  if (!value.IsObject()) return Expected("a record object", value);
  ANNALS_RETURN_IF_ERROR(
      ReadObject<Record>(value, kRecordRules, "", "", record, reading));
  if (record->id.empty()) return Missing("id");
  if (record->title.empty()) return Missing("title");
  if (record->published.empty()) return Missing("start");
  if (!record->end_date.empty() && record->end_date < record->published) {
    reading->Keep("end",
                  fmt::format("{} is before start {}", record->end_date,
                              record->published),
                  "end", value["end"]);
    record->end_date.clear();
  }
  record->type = core::DocType::kCourse;
  if (record->type_name.empty()) record->type_name = "course";
  record->event_date = record->published;
  return Status::Ok();
}

// Reads record number `index` (from 1) and adds it, or its error, to *out;
// the problems of an indexed record are its warnings.
void AddRecord(const Value& value, int index, int line, const std::string& path,
               ParsedRecords* out) {
  Record record;
  record.source = path;
  record.source_line = line;
  Reading reading{&record, {}};
  Status status = ReadRecord(value, &reading);
  std::string id;
  if (value.IsObject()) {
    auto member = value.FindMember("id");
    if (member != value.MemberEnd() && member->value.IsString()) {
      id = fmt::format(" (id \"{}\")", View(member->value));
    }
  }
  std::string where = fmt::format("{}:{}: record {}{}", path, line, index, id);
  if (status.ok()) {
    for (const std::string& problem : reading.problems) {
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
