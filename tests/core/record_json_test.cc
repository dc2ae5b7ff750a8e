// The stored document's two parts (summary and text) join into the whole.
#include "core/record_json.h"

#include <catch2/catch.hpp>

namespace {

using annals::core::StoredDocument;

StoredDocument Sample() {
  StoredDocument doc;
  doc.record.id = "zh/2019/ercp";
  doc.record.title = "第42期ERCP培训班开班";
  doc.record.body = "2019年6月12日，培训班在兰州开班。\n李汛教授致辞。";
  doc.record.event_date = "2019-06-12";
  doc.record.city = "Lanzhou";
  annals::core::Person li;
  li.name = "李汛";
  li.names = {"Li Xun"};
  li.honorific = "教授";
  li.roles = {"speaker"};
  li.talks = {"ERCP 进展"};
  li.line = 4;
  doc.record.people = {li};
  doc.record.trainees = {{"TH", 10}};
  doc.record.extra = {{"note", "kept"}};
  doc.facts = {{"event-date", "", "2019-06-12", "zh/a.txt:3", "zh:date"}};
  doc.event_date_rule = "zh:full date";
  return doc;
}

}  // namespace

TEST_CASE("Summary and text join into the stored document", "[record_json]") {
  StoredDocument doc = Sample();
  std::string summary = annals::core::SummaryJson(doc);
  std::string text = annals::core::TextJson(doc);
  CHECK(summary.find("兰州开班") == std::string::npos);  // no body
  CHECK(text.find("李汛教授") != std::string::npos);
  CHECK(text.find("Lanzhou") == std::string::npos);  // no record fields
  auto joined = annals::core::FromStored(text, summary);
  REQUIRE(joined.ok());
  CHECK(annals::core::ToJson(*joined) == annals::core::ToJson(doc));
  // Databases written before the split keep the whole document as data.
  auto whole = annals::core::FromStored(annals::core::ToJson(doc), "");
  REQUIRE(whole.ok());
  CHECK(annals::core::ToJson(*whole) == annals::core::ToJson(doc));
  CHECK_FALSE(annals::core::FromStored("{not json", summary).ok());
}
