// Runs the extractors over a news article and merges their findings.
#include "indexer/enrich.h"

#include "core/dates.h"
#include "core/text_analyzer.h"
#include "indexer/extract/event_date.h"
#include "indexer/extract/people_extractor.h"

namespace annals::indexer {
namespace {

std::string Citation(const core::Record& record,
                     const std::vector<int>& body_lines, int paragraph) {
  int line = 1;  // the headline
  if (paragraph >= 0 && static_cast<size_t>(paragraph) < body_lines.size()) {
    line = body_lines[paragraph];
  }
  return core::SourceAt(record.source, line);
}

void ApplyEventDate(const std::vector<int>& body_lines,
                    core::StoredDocument* doc) {
  core::Record& r = doc->record;
  core::PartialDate published;
  if (auto parsed = core::ParseIsoDate(r.published); parsed.ok())
    published = *parsed;
  std::string language =
      r.language.empty()
          ? core::TextAnalyzer::DetectLanguage(r.title + "\n" + r.body)
          : r.language;
  auto finding = FindEventDate(r.body, published, language);
  if (finding && !finding->date.empty()) {
    r.event_date = finding->date.Iso();
    doc->event_date_rule = finding->rule;
    doc->facts.push_back({"event-date", "", r.event_date,
                          Citation(r, body_lines, finding->paragraph),
                          finding->rule + ": \"" + finding->evidence + "\""});
  } else if (!r.published.empty()) {
    r.event_date = r.published;
    doc->event_date_rule = "publication date (the text gives no event date)";
  }
}

}  // namespace

void EnrichNews(const std::vector<int>& body_lines, core::StoredDocument* doc) {
  core::Record& r = doc->record;
  ApplyEventDate(body_lines, doc);
  std::string language =
      r.language.empty()
          ? core::TextAnalyzer::DetectLanguage(r.title + "\n" + r.body)
          : r.language;
  ArticleEntities found = ExtractEntities(r.title, r.body, language);
  r.people = std::move(found.people);
  r.trainees = std::move(found.trainees);
  r.trainees_total = found.trainee_total;
  if (r.series.empty()) r.series = found.series;
  if (r.edition == 0) r.edition = found.edition;
  if (r.host.empty()) r.host = found.host;
  if (r.city.empty()) r.city = found.city;
  if (r.country.empty()) r.country = found.country;
  for (core::Person& person : r.people) {
    if (person.line > 0) {
      size_t paragraph = static_cast<size_t>(person.line - 1);
      if (paragraph < body_lines.size()) person.line = body_lines[paragraph];
    }
  }
  // The other extracted facts are not stored: --explain cites a person by
  // the line kept with the person, and the facts were 40% of the data.
}

void Enrich(ParsedDocument* doc) {
  if (doc->stored.record.type == core::DocType::kNews) {
    EnrichNews(doc->body_lines, &doc->stored);
  } else {
    doc->stored.event_date_rule = "course record start date";
  }
}

}  // namespace annals::indexer
