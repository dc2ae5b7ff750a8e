// Search results as JSON.
#include "query/render/render_json.h"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

namespace annals::query {
namespace {

using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;

std::string PlainSnippet(const std::vector<SnippetPart>& parts) {
  std::string text;
  for (const SnippetPart& part : parts) text += part.text;
  return text;
}

void WriteHit(JsonWriter& w, const Hit& hit) {
  w.StartObject();
  w.Key("rank");
  w.Int(hit.rank);
  w.Key("id");
  w.String(hit.id);
  w.Key("type");
  w.String(hit.type);
  w.Key("title");
  w.String(hit.title);
  w.Key("date");
  w.String(hit.date);
  w.Key("published");
  w.String(hit.published);
  w.Key("lang");
  w.String(hit.lang);
  w.Key("source");
  w.String(hit.source);
  w.Key("score");
  w.Double(hit.score);
  w.Key("snippet");
  w.String(PlainSnippet(hit.snippet));
  w.Key("highlights");
  w.StartArray();
  for (const SnippetPart& part : hit.snippet) {
    if (part.match) w.String(part.text);
  }
  w.EndArray();
  if (!hit.also.empty()) {
    w.Key("same_event");
    w.StartArray();
    for (const std::string& id : hit.also) w.String(id);
    w.EndArray();
  }
  if (!hit.why.empty()) {
    w.Key("why");
    w.StartArray();
    for (const std::string& line : hit.why) w.String(line);
    w.EndArray();
  }
  w.EndObject();
}

void WriteFacets(JsonWriter& w, const Facets& facets) {
  w.Key("facets");
  w.StartObject();
  for (const auto& [name, counts] : facets) {
    w.Key(name.c_str(), static_cast<rapidjson::SizeType>(name.size()));
    w.StartObject();
    for (const auto& [value, count] : counts) {
      w.Key(value.c_str(), static_cast<rapidjson::SizeType>(value.size()));
      w.Uint64(count);
    }
    w.EndObject();
  }
  w.EndObject();
}

}  // namespace

std::string RenderSearchJson(const SearchResult& result) {
  rapidjson::StringBuffer buffer;
  JsonWriter w(buffer);
  w.StartObject();
  w.Key("query");
  w.String(result.query);
  w.Key("total");
  w.Uint64(result.total);
  w.Key("total_exact");
  w.Bool(result.total_exact);
  w.Key("hits");
  w.StartArray();
  for (const Hit& hit : result.hits) WriteHit(w, hit);
  w.EndArray();
  if (!result.suggestion.empty()) {
    w.Key("suggestion");
    w.String(result.suggestion);
  }
  if (!result.corrected.empty()) {
    w.Key("corrected");
    w.String(result.corrected);
  }
  if (!result.facets.empty()) WriteFacets(w, result.facets);
  w.EndObject();
  return std::string(buffer.GetString(), buffer.GetSize());
}

std::string RenderErrorJson(const std::string& query,
                            const std::string& message) {
  rapidjson::StringBuffer buffer;
  JsonWriter w(buffer);
  w.StartObject();
  w.Key("query");
  w.String(query);
  w.Key("error");
  w.String(message);
  w.EndObject();
  return std::string(buffer.GetString(), buffer.GetSize());
}

}  // namespace annals::query
