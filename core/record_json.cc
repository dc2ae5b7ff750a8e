// Record <-> JSON document data (RapidJSON).
#include "core/record_json.h"

#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>

#include "core/person_name.h"

namespace annals::core {
namespace {

using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;

void Field(JsonWriter& w, const char* key, const std::string& value) {
  if (value.empty()) return;
  w.Key(key);
  w.String(value);
}

void Strings(JsonWriter& w, const char* key,
             const std::vector<std::string>& values) {
  if (values.empty()) return;
  w.Key(key);
  w.StartArray();
  for (const std::string& value : values) w.String(value);
  w.EndArray();
}

// The distinct keys of a person's name and aliases.
std::vector<std::string> PersonKeysOf(const Person& person) {
  std::vector<std::string> keys = {CachedPersonKey(person.name)};
  for (const std::string& alias : person.names) {
    const std::string& key = CachedPersonKey(alias);
    if (std::find(keys.begin(), keys.end(), key) == keys.end())
      keys.push_back(key);
  }
  return keys;
}

void WritePerson(JsonWriter& w, const Person& person) {
  w.StartObject();
  Field(w, "name", person.name);
  Strings(w, "names", person.names);
  Field(w, "honorific", person.honorific);
  Strings(w, "roles", person.roles);
  Field(w, "position", person.position);
  Field(w, "affiliation", person.affiliation);
  Field(w, "country", person.country);
  Strings(w, "talks", person.talks);
  std::vector<std::string> keys = person.keys;
  if (keys.empty()) keys = PersonKeysOf(person);
  Strings(w, "keys", keys);
  if (person.line > 0) {
    w.Key("line");
    w.Int(person.line);
  }
  w.EndObject();
}

void WriteRecordFields(JsonWriter& w, const Record& r) {
  Field(w, "id", r.id);
  w.Key("type");
  w.String(DocTypeName(r.type));
  Field(w, "type_name", r.type_name);
  Field(w, "title", r.title);
  Field(w, "body", r.body);
  Field(w, "language", r.language);
  Field(w, "published", r.published);
  Field(w, "published_time", r.published_time);
  Field(w, "event_date", r.event_date);
  Field(w, "end_date", r.end_date);
  if (r.views >= 0) {
    w.Key("views");
    w.Int64(r.views);
  }
  Field(w, "source", r.source);
  if (r.source_line > 0) {
    w.Key("source_line");
    w.Int(r.source_line);
  }
  Field(w, "series", r.series);
  if (r.edition > 0) {
    w.Key("edition");
    w.Int(r.edition);
  }
  Field(w, "host", r.host);
  Field(w, "city", r.city);
  Field(w, "country", r.country);
  Field(w, "programme", r.programme);
  Strings(w, "topics", r.topics);
}

void WriteCollections(JsonWriter& w, const Record& r) {
  if (!r.people.empty()) {
    w.Key("people");
    w.StartArray();
    for (const Person& person : r.people) WritePerson(w, person);
    w.EndArray();
  }
  if (!r.trainees.empty()) {
    w.Key("trainees");
    w.StartArray();
    for (const TraineeCount& t : r.trainees) {
      w.StartObject();
      Field(w, "country", t.country);
      w.Key("count");
      w.Int(t.count);
      w.EndObject();
    }
    w.EndArray();
  }
  if (r.trainees_total > 0) {
    w.Key("trainees_total");
    w.Int(r.trainees_total);
  }
  if (!r.extra.empty()) {
    w.Key("extra");
    w.StartArray();
    for (const auto& [key, value] : r.extra) {
      w.StartArray();
      w.String(key);
      w.String(value);
      w.EndArray();
    }
    w.EndArray();
  }
}

std::string GetString(const rapidjson::Value& v, const char* key) {
  auto it = v.FindMember(key);
  if (it == v.MemberEnd() || !it->value.IsString()) return "";
  return std::string(it->value.GetString(), it->value.GetStringLength());
}

long long GetInt(const rapidjson::Value& v, const char* key,
                 long long missing) {
  auto it = v.FindMember(key);
  if (it == v.MemberEnd() || !it->value.IsInt64()) return missing;
  return it->value.GetInt64();
}

std::vector<std::string> GetStrings(const rapidjson::Value& v,
                                    const char* key) {
  std::vector<std::string> out;
  auto it = v.FindMember(key);
  if (it == v.MemberEnd() || !it->value.IsArray()) return out;
  for (const auto& item : it->value.GetArray()) {
    if (item.IsString())
      out.emplace_back(item.GetString(), item.GetStringLength());
  }
  return out;
}

Person ReadPerson(const rapidjson::Value& v) {
  Person p;
  p.name = GetString(v, "name");
  p.names = GetStrings(v, "names");
  p.honorific = GetString(v, "honorific");
  p.roles = GetStrings(v, "roles");
  p.position = GetString(v, "position");
  p.affiliation = GetString(v, "affiliation");
  p.country = GetString(v, "country");
  p.talks = GetStrings(v, "talks");
  p.keys = GetStrings(v, "keys");
  p.line = static_cast<int>(GetInt(v, "line", 0));
  return p;
}

void ReadRecord(const rapidjson::Value& v, const PersonFilter& keep_person,
                Record* r) {
  r->id = GetString(v, "id");
  r->type =
      GetString(v, "type") == "course" ? DocType::kCourse : DocType::kNews;
  r->type_name = GetString(v, "type_name");
  r->title = GetString(v, "title");
  r->body = GetString(v, "body");
  r->language = GetString(v, "language");
  r->published = GetString(v, "published");
  r->published_time = GetString(v, "published_time");
  r->event_date = GetString(v, "event_date");
  r->end_date = GetString(v, "end_date");
  r->views = GetInt(v, "views", -1);
  r->source = GetString(v, "source");
  r->source_line = static_cast<int>(GetInt(v, "source_line", 0));
  r->series = GetString(v, "series");
  r->edition = static_cast<int>(GetInt(v, "edition", 0));
  r->host = GetString(v, "host");
  r->city = GetString(v, "city");
  r->country = GetString(v, "country");
  r->programme = GetString(v, "programme");
  r->topics = GetStrings(v, "topics");
  if (auto it = v.FindMember("people");
      it != v.MemberEnd() && it->value.IsArray()) {
    for (const auto& p : it->value.GetArray()) {
      if (!p.IsObject()) continue;
      if (keep_person) {
        Person names_only;
        names_only.name = GetString(p, "name");
        names_only.names = GetStrings(p, "names");
        names_only.keys = GetStrings(p, "keys");
        if (!keep_person(names_only)) continue;
      }
      r->people.push_back(ReadPerson(p));
    }
  }
  if (auto it = v.FindMember("trainees");
      it != v.MemberEnd() && it->value.IsArray()) {
    for (const auto& t : it->value.GetArray()) {
      if (!t.IsObject()) continue;
      r->trainees.push_back(
          {GetString(t, "country"), static_cast<int>(GetInt(t, "count", 0))});
    }
  }
  r->trainees_total = static_cast<int>(GetInt(v, "trainees_total", 0));
  if (auto it = v.FindMember("extra");
      it != v.MemberEnd() && it->value.IsArray()) {
    for (const auto& pair : it->value.GetArray()) {
      if (pair.IsArray() && pair.Size() == 2 && pair[0].IsString() &&
          pair[1].IsString()) {
        r->extra.emplace_back(pair[0].GetString(), pair[1].GetString());
      }
    }
  }
}

}  // namespace

std::string ToJson(const StoredDocument& doc) {
  rapidjson::StringBuffer buffer;
  JsonWriter w(buffer);
  w.StartObject();
  WriteRecordFields(w, doc.record);
  WriteCollections(w, doc.record);
  Field(w, "event_date_rule", doc.event_date_rule);
  if (!doc.facts.empty()) {
    w.Key("facts");
    w.StartArray();
    for (const Fact& fact : doc.facts) {
      w.StartObject();
      Field(w, "kind", fact.kind);
      Field(w, "subject", fact.subject);
      Field(w, "value", fact.value);
      Field(w, "source", fact.source);
      Field(w, "rule", fact.rule);
      w.EndObject();
    }
    w.EndArray();
  }
  w.EndObject();
  return std::string(buffer.GetString(), buffer.GetSize());
}

std::string SummaryJson(const StoredDocument& doc) {
  StoredDocument summary;
  summary.record = doc.record;
  summary.record.body.clear();
  return ToJson(summary);
}

std::string TextJson(const StoredDocument& doc) {
  StoredDocument text;
  text.record.body = doc.record.body;
  text.facts = doc.facts;
  text.event_date_rule = doc.event_date_rule;
  return ToJson(text);
}

Result<StoredDocument> FromJson(const std::string& json,
                                const PersonFilter& keep_person) {
  // Parsed in place in a copy: the strings are not copied once more.
  std::string buffer = json;
  rapidjson::Document parsed;
  parsed.ParseInsitu(buffer.data());
  if (parsed.HasParseError() || !parsed.IsObject()) {
    return Status::Invalid("stored document data is not a JSON object");
  }
  StoredDocument doc;
  ReadRecord(parsed, keep_person, &doc.record);
  doc.event_date_rule = GetString(parsed, "event_date_rule");
  if (auto it = parsed.FindMember("facts");
      it != parsed.MemberEnd() && it->value.IsArray()) {
    for (const auto& f : it->value.GetArray()) {
      if (!f.IsObject()) continue;
      doc.facts.push_back({GetString(f, "kind"), GetString(f, "subject"),
                           GetString(f, "value"), GetString(f, "source"),
                           GetString(f, "rule")});
    }
  }
  return doc;
}

Result<StoredDocument> FromStored(const std::string& data,
                                  const std::string& summary) {
  if (summary.empty()) return FromJson(data);
  auto whole = FromJson(summary);
  if (!whole.ok()) return whole.status();
  auto text = FromJson(data);
  if (!text.ok()) return text.status();
  whole->record.body = std::move(text->record.body);
  whole->facts = std::move(text->facts);
  whole->event_date_rule = std::move(text->event_date_rule);
  return whole;
}

}  // namespace annals::core
