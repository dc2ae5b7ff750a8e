// annals-query person | year | topic | stats.
#include <fmt/format.h>

#include <charconv>

#include "core/database.h"
#include "query/commands.h"
#include "query/render/render_history.h"

namespace annals::query {
namespace {

int Fail(const std::string& message) {
  fmt::print(stderr, "annals-query: {}\n", message);
  return 2;
}

}  // namespace

int RunPerson(const CommonOptions& common, const EventPage& page,
              const std::string& name) {
  auto db = core::OpenForReading(common.db_path);
  if (!db.ok()) return Fail(db.status().message());
  auto answer = PersonHistory(*db, name, page);
  if (!answer.ok()) return Fail(answer.status().message());
  fmt::print("{}", common.json
                       ? RenderPersonJson(*answer, common.explain) + "\n"
                       : RenderPersonText(*answer, common.explain));
  return answer->events.empty() && answer->candidates.empty() ? 1 : 0;
}

int RunYear(const CommonOptions& common, const std::string& year_text) {
  int year = 0;
  auto [end, error] = std::from_chars(
      year_text.data(), year_text.data() + year_text.size(), year);
  if (error != std::errc() || end != year_text.data() + year_text.size() ||
      year < 1900 || year > 2100) {
    return Fail("year: \"" + year_text + "\" is not a year (1900..2100)");
  }
  auto db = core::OpenForReading(common.db_path);
  if (!db.ok()) return Fail(db.status().message());
  auto answer = YearSummary(*db, year);
  if (!answer.ok()) return Fail(answer.status().message());
  fmt::print("{}", common.json ? RenderYearJson(*answer) + "\n"
                               : RenderYearText(*answer));
  return answer->events.empty() ? 1 : 0;
}

int RunTopic(const CommonOptions& common, const EventPage& page,
             const std::string& topic) {
  auto db = core::OpenForReading(common.db_path);
  if (!db.ok()) return Fail(db.status().message());
  auto answer = TopicHistory(*db, topic, page);
  if (!answer.ok()) return Fail(answer.status().message());
  fmt::print("{}", common.json ? RenderTopicJson(*answer) + "\n"
                               : RenderTopicText(*answer));
  return answer->years.empty() ? 1 : 0;
}

int RunStats(const CommonOptions& common) {
  auto db = core::OpenForReading(common.db_path);
  if (!db.ok()) return Fail(db.status().message());
  auto answer = ArchiveStats(*db);
  if (!answer.ok()) return Fail(answer.status().message());
  fmt::print("{}", common.json ? RenderStatsJson(*answer) + "\n"
                               : RenderStatsText(*answer));
  return answer->documents == 0 ? 1 : 0;
}

}  // namespace annals::query
