// History answers as JSON.
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "query/render/render_history.h"

namespace annals::query {
namespace {

using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;

void Strings(JsonWriter& w, const char* key,
             const std::vector<std::string>& values) {
  w.Key(key);
  w.StartArray();
  for (const std::string& value : values) w.String(value);
  w.EndArray();
}

void Docs(JsonWriter& w, const std::vector<DocRef>& docs) {
  w.Key("docs");
  w.StartArray();
  for (const DocRef& d : docs) {
    w.StartObject();
    w.Key("id"), w.String(d.id);
    w.Key("type"), w.String(d.type);
    w.Key("lang"), w.String(d.lang);
    w.Key("title"), w.String(d.title);
    w.Key("source"), w.String(d.source);
    w.EndObject();
  }
  w.EndArray();
}

void Counts(JsonWriter& w, const char* key,
            const std::map<std::string, int>& counts) {
  w.Key(key);
  w.StartObject();
  for (const auto& [name, count] : counts)
    w.Key(name.c_str(), static_cast<rapidjson::SizeType>(name.size())),
        w.Int(count);
  w.EndObject();
}

void WriteYearEvent(JsonWriter& w, const YearEvent& e) {
  w.StartObject();
  w.Key("date"), w.String(e.date);
  w.Key("title"), w.String(e.title);
  w.Key("city"), w.String(e.city);
  w.Key("country"), w.String(e.country);
  Strings(w, "people", e.people);
  Counts(w, "trainees", e.trainees);
  Docs(w, e.docs);
  w.EndObject();
}

std::string Done(const rapidjson::StringBuffer& buffer) {
  return std::string(buffer.GetString(), buffer.GetSize());
}

}  // namespace

std::string RenderPersonJson(const PersonAnswer& a, bool explain) {
  rapidjson::StringBuffer buffer;
  JsonWriter w(buffer);
  w.StartObject();
  w.Key("query"), w.String(a.query);
  w.Key("documents"), w.Uint64(a.documents);
  w.Key("offset"), w.Uint64(a.offset);
  w.Key("older"), w.Bool(a.older);
  w.Key("match"), w.String(a.match);
  w.Key("note"), w.String(a.note);
  w.Key("person");
  w.StartObject();
  w.Key("name"), w.String(a.name);
  Strings(w, "aliases", a.aliases);
  Strings(w, "countries", a.countries);
  w.EndObject();
  w.Key("events");
  w.StartArray();
  for (const PersonEvent& e : a.events) {
    w.StartObject();
    w.Key("date"), w.String(e.date);
    w.Key("title"), w.String(e.title);
    w.Key("city"), w.String(e.city);
    Strings(w, "roles", e.roles);
    Strings(w, "talks", e.talks);
    w.Key("affiliation"), w.String(e.affiliation);
    Docs(w, e.docs);
    if (explain) Strings(w, "why", e.why);
    w.EndObject();
  }
  w.EndArray();
  w.Key("candidates");
  w.StartArray();
  for (const PersonCandidate& c : a.candidates) {
    w.StartObject();
    w.Key("name"), w.String(c.name);
    Strings(w, "aliases", c.aliases);
    Strings(w, "countries", c.countries);
    w.Key("documents"), w.Uint64(c.documents);
    w.Key("description"), w.String(c.description);
    w.Key("query"), w.String(c.query);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  return Done(buffer);
}

std::string RenderYearJson(const YearAnswer& a) {
  rapidjson::StringBuffer buffer;
  JsonWriter w(buffer);
  w.StartObject();
  w.Key("year"), w.Int(a.year);
  w.Key("events");
  w.StartArray();
  for (const YearEvent& e : a.events) WriteYearEvent(w, e);
  w.EndArray();
  Counts(w, "trainees", a.trainees);
  w.EndObject();
  return Done(buffer);
}

std::string RenderTopicJson(const TopicAnswer& a) {
  rapidjson::StringBuffer buffer;
  JsonWriter w(buffer);
  w.StartObject();
  w.Key("topic"), w.String(a.topic);
  w.Key("key"), w.String(a.key);
  w.Key("documents"), w.Uint64(a.documents);
  w.Key("documents_by_year");
  w.StartObject();
  for (const auto& [year, documents] : a.documents_by_year) {
    std::string name = year == 0 ? "undated" : std::to_string(year);
    w.Key(name.c_str(), static_cast<rapidjson::SizeType>(name.size()));
    w.Uint64(documents);
  }
  w.EndObject();
  w.Key("offset"), w.Uint64(a.offset);
  w.Key("older"), w.Bool(a.older);
  w.Key("years");
  w.StartArray();
  for (const TopicYear& y : a.years) {
    w.StartObject();
    w.Key("year"), w.Int(y.year);
    w.Key("events");
    w.StartArray();
    for (const YearEvent& e : y.events) WriteYearEvent(w, e);
    w.EndArray();
    w.Key("talks");
    w.StartArray();
    for (const TopicTalk& t : y.talks) {
      w.StartObject();
      w.Key("person"), w.String(t.person);
      w.Key("talk"), w.String(t.talk);
      w.Key("date"), w.String(t.date);
      w.Key("doc"), w.String(t.doc);
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  return Done(buffer);
}

std::string RenderStatsJson(const StatsAnswer& a) {
  rapidjson::StringBuffer buffer;
  JsonWriter w(buffer);
  w.StartObject();
  w.Key("documents"), w.Uint64(a.documents);
  for (const auto& [name, counts] : a.counts) {
    w.Key(name.c_str(), static_cast<rapidjson::SizeType>(name.size()));
    w.StartObject();
    for (const auto& [value, count] : counts)
      w.Key(value.c_str(), static_cast<rapidjson::SizeType>(value.size())),
          w.Uint64(count);
    w.EndObject();
  }
  w.Key("top_people");
  w.StartArray();
  for (const StatsPerson& person : a.top_people) {
    w.StartObject();
    w.Key("name"), w.String(person.name);
    w.Key("query"), w.String(person.query);
    Strings(w, "keys", person.keys);
    w.Key("documents"), w.Uint64(person.documents);
    w.EndObject();
  }
  w.EndArray();
  w.Key("top_topics");
  w.StartArray();
  for (const StatsTopic& topic : a.top_topics) {
    w.StartObject();
    w.Key("name"), w.String(topic.name);
    w.Key("key"), w.String(topic.key);
    w.Key("documents"), w.Uint64(topic.documents);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  return Done(buffer);
}

}  // namespace annals::query
