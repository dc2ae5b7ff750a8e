// The field table of a course record: the members of a record, a person, a
// trainee entry and a location, how each is read, and what becomes of one
// that cannot be (docs/formats.md section 2).
#include "indexer/sources/record_fields.h"

#include <fmt/format.h>

#include <span>
#include <utility>

#include "indexer/sources/record_parser_values.h"

namespace annals::indexer {
namespace {

using core::Person;
using core::Record;
using core::Status;
using core::TraineeCount;
using rapidjson::Value;

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

}  // namespace

Status ReadRecordFields(const Value& value, Record* record,
                        std::vector<std::string>* problems) {
  Reading reading{record, {}};
  Status status = ReadRecord(value, &reading);
  *problems = std::move(reading.problems);
  return status;
}

}  // namespace annals::indexer
