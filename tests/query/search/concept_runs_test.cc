// Grouping free words into glossary names: golden descriptions of the
// grouped children of a query's AND.
#include "query/search/concept_runs.h"

#include <catch2/catch.hpp>

#include "query/language/describe.h"
#include "query/language/query_parser.h"

namespace {

using annals::query::Describe;
using annals::query::GroupConceptRuns;
using annals::query::NodeKind;
using annals::query::ParseQuery;
using annals::query::QueryNode;

// The query's AND with its free words grouped, described (an AND of one
// child is described as such).
std::string Grouped(const std::string& text) {
  auto tree = ParseQuery(text);
  REQUIRE(tree.ok());
  QueryNode node = *tree;
  if (node.kind == NodeKind::kAnd) {
    node.children =
        GroupConceptRuns(node.children, annals::core::TextAnalyzer::Default(),
                         annals::core::Glossary::Default());
  }
  return Describe(node);
}

}  // namespace

TEST_CASE("Free words that write a glossary name become one phrase",
          "[query][glossary]") {
  CHECK(Grouped("endoscopic submucosal dissection") ==
        "AND(phrase\"endoscopic submucosal dissection\")");
  CHECK(Grouped("endoscopic retrograde cholangiopancreatography Kunming") ==
        "AND(phrase\"endoscopic retrograde cholangiopancreatography\" "
        "word\"Kunming\")");
  // Hyphens and spaces alike.
  CHECK(Grouped("EUS-guided fine-needle aspiration") ==
        "AND(phrase\"EUS-guided fine-needle aspiration\")");
  CHECK(Grouped("EUS guided fine needle aspiration training") ==
        "AND(phrase\"EUS guided fine needle aspiration\" word\"training\")");
  // Russian case endings stem as the glossary's forms do.
  CHECK(Grouped("эндоскопической подслизистой диссекции") ==
        "AND(phrase\"эндоскопической подслизистой диссекции\")");
  // The longest name wins: "endoscopic ultrasound" inside the longer one.
  CHECK(Grouped("endoscopic ultrasound-guided fine-needle aspiration") ==
        "AND(phrase\"endoscopic ultrasound-guided fine-needle aspiration\")");
  CHECK(Grouped("Kunming endoscopic ultrasound course") ==
        "AND(word\"Kunming\" phrase\"endoscopic ultrasound\" word\"course\")");
}

TEST_CASE("Marked, fielded and non-name words stay words",
          "[query][glossary]") {
  CHECK(Grouped("endoscopic submucosal") ==
        "AND(word\"endoscopic\" word\"submucosal\")");
  CHECK(Grouped("endoscopic -ultrasound") ==
        "AND(word\"endoscopic\" NOT(word\"ultrasound\"))");
  CHECK(Grouped("endoscopic title:ultrasound") ==
        "AND(word\"endoscopic\" title:word\"ultrasound\")");
  CHECK(Grouped("+endoscopic ultrasound") ==
        "AND(+word\"endoscopic\" word\"ultrasound\")");
  // A quoted phrase is left as the user wrote it.
  CHECK(Grouped("\"endoscopic\" ultrasound") ==
        "AND(phrase\"endoscopic\" word\"ultrasound\")");
}
