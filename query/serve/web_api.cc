// The JSON API: parameters checked and bounded, then the same functions and
// renderers as the CLI's --json.
#include "query/serve/web_api.h"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <charconv>

#include "core/text_analyzer.h"
#include "query/history/history.h"
#include "query/render/render_history.h"
#include "query/render/render_json.h"
#include "query/search/searcher.h"

namespace annals::query {
namespace {

// The first value of `name`, or nullptr.
const std::string* Param(const ApiParams& params, const std::string& name) {
  auto it = params.find(name);
  return it == params.end() ? nullptr : &it->second;
}

// Parses a whole decimal number in [low, high].
bool ParseNumber(const std::string& text, size_t low, size_t high,
                 size_t* value) {
  auto [end, error] =
      std::from_chars(text.data(), text.data() + text.size(), *value);
  return error == std::errc() && end == text.data() + text.size() &&
         *value >= low && *value <= high;
}

ApiResponse BadRequest(const std::string& message) {
  return {400, ErrorJson(message)};
}

int StatusFor(const core::Status& status) {
  return status.code() == core::StatusCode::kInvalidInput ? 400 : 500;
}

// The text parameter `name`: present, not blank, at most kMaxQueryBytes.
const std::string* TextParam(const ApiParams& params, const std::string& name,
                             ApiResponse* error) {
  const std::string* text = Param(params, name);
  if (text == nullptr || text->find_first_not_of(" \t\r\n") == text->npos) {
    *error = BadRequest("parameter \"" + name + "\" is missing");
    return nullptr;
  }
  if (name != "q" && !core::IsValidUtf8(*text)) {
    // (A search answers this itself, as the CLI: "query:1: invalid UTF-8".)
    *error = BadRequest("parameter \"" + name + "\" is not valid UTF-8");
    return nullptr;
  }
  if (text->size() > kMaxQueryBytes) {
    *error = BadRequest("parameter \"" + name + "\" is longer than " +
                        std::to_string(kMaxQueryBytes) + " bytes");
    return nullptr;
  }
  return text;
}

// Reads the number parameter `name` into `value` when given; false with
// `error` set when it is not a number in [low, high].
bool NumberParam(const ApiParams& params, const std::string& name, size_t low,
                 size_t high, size_t* value, ApiResponse* error) {
  const std::string* text = Param(params, name);
  if (text == nullptr || ParseNumber(*text, low, high, value)) return true;
  *error = BadRequest(name + ": \"" + *text + "\" is not a number in " +
                      std::to_string(low) + ".." + std::to_string(high));
  return false;
}

// Reads limit, offset, sort and facets into `options`; false with `error`
// set when one is out of bounds.
bool SearchParams(const ApiParams& params, SearchOptions* options,
                  ApiResponse* error) {
  if (!NumberParam(params, "limit", 1, kMaxLimit, &options->limit, error) ||
      !NumberParam(params, "offset", 0, kMaxOffset, &options->offset, error))
    return false;
  if (const std::string* sort = Param(params, "sort"); sort != nullptr) {
    if (*sort != "relevance" && *sort != "date") {
      *error = BadRequest("sort: \"" + *sort + "\" is not relevance or date");
      return false;
    }
    options->sort_by_date = *sort == "date";
  }
  if (const std::string* facets = Param(params, "facets"); facets != nullptr) {
    options->facets = *facets == "1" || *facets == "true";
  }
  // correct=0: the words as typed, even when they match nothing.
  if (const std::string* correct = Param(params, "correct"); correct) {
    options->correct = *correct != "0" && *correct != "false";
  }
  return true;
}

ApiResponse ApiSearch(const Xapian::Database& db, const ApiParams& params,
                      const SearchAids& aids) {
  ApiResponse error;
  const std::string* q = TextParam(params, "q", &error);
  if (q == nullptr) return error;
  SearchOptions options;
  if (!SearchParams(params, &options, &error)) return error;
  options.aids = aids;
  auto result = Search(db, *q, options);
  if (!result.ok()) {
    return {StatusFor(result.status()),
            RenderErrorJson(*q, result.status().message()) + "\n"};
  }
  return {200, RenderSearchJson(*result) + "\n"};
}

// Runs `answer_of(text)` on the text parameter `name` and renders it.
template <typename AnswerOf, typename Render>
ApiResponse ApiHistory(const ApiParams& params, const std::string& name,
                       AnswerOf answer_of, Render render) {
  ApiResponse error;
  const std::string* text = TextParam(params, name, &error);
  if (text == nullptr) return error;
  auto answer = answer_of(*text);
  if (!answer.ok()) {
    return {StatusFor(answer.status()), ErrorJson(answer.status().message())};
  }
  return {200, render(*answer) + "\n"};
}

ApiResponse ApiYear(const Xapian::Database& db, const ApiParams& params) {
  ApiResponse error;
  const std::string* text = TextParam(params, "y", &error);
  if (text == nullptr) return error;
  size_t year = 0;
  if (!ParseNumber(*text, 1900, 2100, &year)) {
    return BadRequest("year: \"" + *text + "\" is not a year (1900..2100)");
  }
  auto answer = YearSummary(db, static_cast<int>(year));
  if (!answer.ok()) {
    return {StatusFor(answer.status()), ErrorJson(answer.status().message())};
  }
  return {200, RenderYearJson(*answer) + "\n"};
}

// The page of a history the request asks for (limit=0 asks for every
// event, as on the command line); false with `error` set when a number is
// bad.
bool ReadEventPage(const ApiParams& params, EventPage* page,
                   ApiResponse* error) {
  return NumberParam(params, "limit", 0, kMaxLimit, &page->limit, error) &&
         NumberParam(params, "offset", 0, kMaxOffset, &page->offset, error);
}

}  // namespace

std::string ErrorJson(const std::string& message) {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> w(buffer);
  w.StartObject();
  w.Key("error");
  w.String(message);
  w.EndObject();
  return std::string(buffer.GetString(), buffer.GetSize()) + "\n";
}

ApiResponse HandleApi(const Xapian::Database& db, std::string_view path,
                      const ApiParams& params, const SearchAids& aids) {
  if (path == "/api/search") return ApiSearch(db, params, aids);
  if (path == "/api/person") {
    EventPage page;
    ApiResponse error;
    if (!ReadEventPage(params, &page, &error)) return error;
    return ApiHistory(
        params, "name",
        [&](const std::string& name) { return PersonHistory(db, name, page); },
        [](const PersonAnswer& a) { return RenderPersonJson(a, false); });
  }
  if (path == "/api/year") return ApiYear(db, params);
  if (path == "/api/topic") {
    EventPage page;
    ApiResponse error;
    if (!ReadEventPage(params, &page, &error)) return error;
    return ApiHistory(
        params, "t",
        [&](const std::string& topic) { return TopicHistory(db, topic, page); },
        [](const TopicAnswer& a) { return RenderTopicJson(a); });
  }
  if (path == "/api/stats") {
    auto answer = ArchiveStats(db);
    if (!answer.ok()) return {500, ErrorJson(answer.status().message())};
    return {200, RenderStatsJson(*answer) + "\n"};
  }
  return {404, ErrorJson("no such API: " + std::string(path))};
}

}  // namespace annals::query
