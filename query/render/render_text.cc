// Search results as text.
#include "query/render/render_text.h"

#include <fmt/format.h>

namespace annals::query {
namespace {

constexpr const char* kMatchOn = "\033[1;31m";
constexpr const char* kTitleOn = "\033[1m";
constexpr const char* kDimOn = "\033[2m";
constexpr const char* kOff = "\033[0m";

std::string Styled(const std::string& text, const char* on,
                   const TextStyle& style) {
  return style.colour ? std::string(on) + text + kOff : text;
}

void RenderFacets(const Facets& facets, std::string* out) {
  for (const auto& [name, counts] : facets) {
    if (counts.empty()) continue;
    *out += fmt::format("{}:", name);
    for (const auto& [value, count] : counts)
      *out += fmt::format(" {} ({})", value, count);
    *out += '\n';
  }
}

}  // namespace

std::string RenderSearchText(const SearchResult& result,
                             const TextStyle& style) {
  std::string out;
  if (!result.corrected.empty()) {
    out += fmt::format("Showing results for {} (no match for {})\n",
                       Styled(result.corrected, kTitleOn, style), result.query);
  }
  if (!result.suggestion.empty()) {
    out += fmt::format("Did you mean: {}\n",
                       Styled(result.suggestion, kTitleOn, style));
  }
  out +=
      fmt::format("{}{} match{} for {}\n", result.total_exact ? "" : "about ",
                  result.total, result.total == 1 ? "" : "es",
                  result.corrected.empty() ? result.query : result.corrected);
  RenderFacets(result.facets, &out);
  for (const std::string& line : result.explanations)
    out += "  why: " + line + "\n";
  for (const Hit& hit : result.hits) {
    out += fmt::format("\n{:>3}. {}  {:<6} {}\n", hit.rank,
                       hit.date.empty() ? std::string("----------") : hit.date,
                       hit.type, Styled(hit.title, kTitleOn, style));
    out += "     " + Styled(hit.id + "  (" + hit.source + ")", kDimOn, style) +
           "\n";
    std::string snippet;
    for (const SnippetPart& part : hit.snippet) {
      snippet += part.match ? Styled(part.text, kMatchOn, style) : part.text;
    }
    if (!snippet.empty()) out += "     " + snippet + "\n";
    if (!hit.also.empty()) {
      out += "     same event:";
      for (const std::string& id : hit.also) out += " " + id;
      out += "\n";
    }
    for (const std::string& line : hit.why) out += "     why: " + line + "\n";
  }
  return out;
}

}  // namespace annals::query
