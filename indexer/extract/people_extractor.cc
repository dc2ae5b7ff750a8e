// ExtractEntities: splits the body into paragraphs and runs the passes —
// mentions, people, bare surnames, roles and talks, trainees, course identity.
#include "indexer/extract/people_extractor.h"

#include "core/countries.h"
#include "indexer/extract/city_gazetteer.h"
#include "indexer/extract/course_identity.h"
#include "indexer/extract/event_place.h"
#include "indexer/extract/paragraph.h"
#include "indexer/extract/people_rules.h"
#include "indexer/extract/person_aliases.h"
#include "indexer/extract/person_mentions.h"
#include "indexer/extract/person_merge.h"
#include "indexer/extract/roles.h"
#include "indexer/extract/trainees.h"

namespace annals::indexer {
namespace {

std::vector<people::Paragraph> SplitParagraphs(
    std::string_view body, const people::PeopleRules& rules,
    const core::CountryGazetteer& countries) {
  std::vector<people::Paragraph> paragraphs;
  int index = 0;
  for (size_t start = 0; start <= body.size(); ++index) {
    size_t end = std::min(body.find('\n', start), body.size());
    std::string_view line = body.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    paragraphs.emplace_back(line, index, rules, countries);
    start = end + 1;
  }
  return paragraphs;
}

const people::Paragraph* FirstNonEmpty(
    const std::vector<people::Paragraph>& paragraphs) {
  for (const people::Paragraph& p : paragraphs) {
    if (!p.text().empty()) return &p;
  }
  return nullptr;
}

}  // namespace

ArticleEntities ExtractEntities(std::string_view title, std::string_view body,
                                [[maybe_unused]] std::string_view language) {
  const people::PeopleRules& rules = people::PeopleRules::Default();
  const core::CountryGazetteer& countries = core::CountryGazetteer::Default();
  ArticleEntities out;
  if (rules.lexicon.empty()) return out;
  std::vector<people::Paragraph> paragraphs =
      SplitParagraphs(body, rules, countries);
  std::vector<people::InTextAlias> aliases;
  for (people::Paragraph& p : paragraphs) {
    people::FindMentions(&p);
    for (auto& alias : people::FindNamesAcrossScripts(&p))
      aliases.push_back(std::move(alias));
  }
  out.people = people::MergePeople(&paragraphs, &out.facts, aliases);
  people::AddBareMentions(out.people, &paragraphs);
  for (size_t i = 0; i < paragraphs.size(); ++i) {
    const people::Paragraph& p = paragraphs[i];
    people::AssignRolesAndTalks(p, &out.people, &out.facts,
                                i > 0 ? &paragraphs[i - 1] : nullptr);
    people::FindTrainees(p, &out);
  }
  people::Paragraph headline(title, -1, rules, countries);
  people::FindCourseIdentity(headline, FirstNonEmpty(paragraphs),
                             people::CityGazetteer::Default(), &out);
  people::FindEventPlace(headline, paragraphs, people::CityGazetteer::Default(),
                         &out);
  return out;
}

core::Status EntityDataStatus() {
  if (!people::PeopleRules::LoadStatus().ok()) {
    return people::PeopleRules::LoadStatus();
  }
  return people::CityGazetteer::LoadStatus();
}

}  // namespace annals::indexer
