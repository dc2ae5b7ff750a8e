// annals-query search.
#include <fmt/format.h>

#include "core/database.h"
#include "query/commands.h"
#include "query/render/render_json.h"
#include "query/render/render_text.h"

namespace annals::query {

int RunSearch(const CommonOptions& common, const SearchOptions& options,
              const std::string& query_text) {
  auto fail = [&](const std::string& message) {
    if (common.json) fmt::print("{}\n", RenderErrorJson(query_text, message));
    fmt::print(stderr, "annals-query: {}\n", message);
    return 2;
  };
  auto db = core::OpenForReading(common.db_path);
  if (!db.ok()) return fail(db.status().message());
  // Facets over a large database are counted on two handles at once.
  SearchOptions with_partner = options;
  Xapian::Database partner;
  if (options.facets && db->get_doccount() >= options.split_min_documents) {
    auto second = core::OpenForReading(common.db_path);
    if (second.ok()) {
      partner = std::move(*second);
      with_partner.aids.counting_partner = &partner;
    }
  }
  auto result = Search(*db, query_text, with_partner);
  if (!result.ok()) return fail(result.status().message());
  if (common.json) {
    fmt::print("{}\n", RenderSearchJson(*result));
  } else {
    fmt::print("{}", RenderSearchText(*result, TextStyle{common.colour}));
  }
  return result->total > 0 ? 0 : 1;
}

}  // namespace annals::query
