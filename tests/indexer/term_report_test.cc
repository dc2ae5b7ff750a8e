// Abbreviations written with their expansion, and annals-index
// --report-terms: the pairs the glossary lacks, with counts; the glossary
// itself is never changed.
#include "indexer/term_report.h"

#include <catch2/catch.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include "indexer/indexer.h"
#include "tests/e2e/fixture_db.h"
#include "tests/reliability/child_process.h"

namespace annals::indexer {
namespace {

using Pairs = std::vector<std::pair<std::string, std::string>>;

Pairs Found(std::string_view text) {
  Pairs pairs;
  for (const AbbreviationPair& pair : FindAbbreviations(text)) {
    pairs.emplace_back(pair.abbreviation, pair.expansion);
  }
  return pairs;
}

TEST_CASE("FindAbbreviations finds an abbreviation beside its expansion",
          "[indexer][terms]") {
  struct Case {
    const char* text;
    Pairs pairs;
  };
  const Case cases[] = {
      {"Training in endoscopic ultrasound (EUS) began in 2015.",
       {{"EUS", "endoscopic ultrasound"}}},
      {"We practised endoscopic submucosal dissection (ESD) on models.",
       {{"ESD", "endoscopic submucosal dissection"}}},
      {"Then EUS-guided fine-needle aspiration (EUS-FNA) was shown.",
       {{"EUS-FNA", "EUS-guided fine-needle aspiration"}}},
      {"The EUS (endoscopic ultrasound) room has two scopes.",
       {{"EUS", "endoscopic ultrasound"}}},
      {"Курс по эндоскопической ретроградной холангиопанкреатографии (ЭРХПГ) "
       "прошёл в мае.",
       {{"ЭРХПГ", "эндоскопической ретроградной холангиопанкреатографии"}}},
      {"会上介绍了人工智能（AI）辅助诊断。", {{"AI", "人工智能"}}},
      {"学员开展内镜黏膜下剥离术（ESD）操作。", {{"ESD", "内镜黏膜下剥离术"}}},
      {"Both confocal laser endomicroscopy (CLE) and narrow band imaging "
       "(NBI) were taught.",
       {{"CLE", "confocal laser endomicroscopy"},
        {"NBI", "narrow band imaging"}}},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    CHECK(Found(c.text) == c.pairs);
  }
}

TEST_CASE("FindAbbreviations leaves other parentheses alone",
          "[indexer][terms]") {
  for (const char* text :
       {"Prof. Kamal Rahimov (Tajikistan) gave a lecture.",
        "The course (five days) ended.", "It opened in 2018 (May).",
        "Trainees came from Pakistan (PK).", "ERCP (n = 20) was done.",
        "A talk on ERCP (in English).", "(EUS) alone.",
        "Results (see Table 2, EUS).", "马林教授（新疆）致辞。"}) {
    INFO(text);
    CHECK(Found(text).empty());
  }
}

std::string WriteGlossary(const std::string& dir) {
  std::string path = dir + "/glossary.txt";
  std::ofstream(path) << "# test glossary\n"
                         "EUS = endoscopic ultrasound = 超声内镜\n"
                         "ESD = endoscopic submucosal dissection\n";
  return path;
}

TEST_CASE("TermReport lists the pairs the glossary lacks, with counts",
          "[indexer][terms]") {
  const core::TextAnalyzer& analyzer = core::TextAnalyzer::Default();
  auto glossary = core::Glossary::Load(
      WriteGlossary(annals::testing::MakeTempDir("terms")), analyzer);
  REQUIRE(glossary.ok());
  TermReport report(*glossary, analyzer);
  for (const AbbreviationPair& pair : std::vector<AbbreviationPair>{
           {"EUS", "endoscopic ultrasound"},  // known: not listed
           {"EUS", "Endoscopic Ultrasound"},  // the same, other case
           {"EUS", "熟练掌握超声内镜"},       // known ending: not listed
           {"AI", "人工智能"},                // a new concept, twice
           {"EUS", "endoscopic ultrasonography"},
           {"AI", "人工智能"},
           {"ESD", "内镜黏膜下剥离术"},
           {"EUS", "endoscopic submucosal dissection"},
       }) {
    report.Add(pair);
  }
  CHECK(report.Lines() ==
        std::vector<std::string>{
            "2\tAI = 人工智能\tnew concept",
            "1\tESD = 内镜黏膜下剥离术\tadd the expansion to ESD",
            "1\tEUS = endoscopic submucosal dissection\tthe glossary has them "
            "in two concepts: EUS and ESD",
            "1\tEUS = endoscopic ultrasonography\tadd the expansion to EUS"});
}

TEST_CASE("annals-index --report-terms prints the pairs on stdout at the end",
          "[indexer][terms][cli]") {
  std::string dir = annals::testing::MakeTempDir("report-terms");
  std::filesystem::create_directories(dir + "/in");
  std::ofstream(dir + "/in/a.txt")
      << "Confocal Laser Endomicroscopy Course\ndate:2020/1/2\n"
         "The course taught confocal laser endomicroscopy (CLE) and "
         "endoscopic ultrasound (EUS).\n";
  std::ofstream(dir + "/in/b.txt")
      << "Second Course\ndate:2021/3/4\n"
         "Again confocal laser endomicroscopy (CLE) was taught.\n";
  std::string glossary = core::DataDirectory() + "/glossary.txt";
  std::ifstream before_file(glossary);
  std::string before((std::istreambuf_iterator<char>(before_file)),
                     std::istreambuf_iterator<char>());

  auto run = annals::testing::Shell(std::string(ANNALS_INDEX_BIN) +
                                    " -q --report-terms --db " + dir + "/db " +
                                    dir + "/in");
  INFO(run.err);
  CHECK(run.status == 0);
  CHECK(run.out == "2\tCLE = confocal laser endomicroscopy\tnew concept\n");
  // Nothing is learnt: the glossary file is as it was.
  std::ifstream after_file(glossary);
  std::string after((std::istreambuf_iterator<char>(after_file)),
                    std::istreambuf_iterator<char>());
  CHECK(after == before);

  auto plain =
      annals::testing::Shell(std::string(ANNALS_INDEX_BIN) + " -q --db " + dir +
                             "/db2 " + dir + "/in");
  CHECK(plain.status == 0);
  CHECK(plain.out.empty());
}

}  // namespace
}  // namespace annals::indexer
