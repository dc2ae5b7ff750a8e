// Snippets: the densest window, found without analysing the whole text.
#include "query/search/snippet.h"

#include <catch2/catch.hpp>
#include <set>
#include <string>

namespace {

using annals::core::TextAnalyzer;
using annals::query::MakeSnippet;
using annals::query::SnippetPart;

std::string Joined(const std::vector<SnippetPart>& parts) {
  std::string out;
  for (const SnippetPart& p : parts)
    out += p.match ? "[" + p.text + "]" : p.text;
  return out;
}

std::string Filler(int words) {
  std::string out;
  for (int i = 0; i < words; ++i) out += "lorem ";
  return out;
}

}  // namespace

TEST_CASE("A snippet finds its words in a later paragraph", "[snippet]") {
  const TextAnalyzer& a = TextAnalyzer::Default();
  std::string text = Filler(80) + "\n" + Filler(80) + "\n" +
                     "The ERCP workshop trained nurses.\n" + Filler(80) + "\n";
  std::string s = Joined(MakeSnippet(a, text, {"ercp", "workshop"}));
  CHECK(s.find("[ERCP] [workshop]") != std::string::npos);
  CHECK(s.rfind("…", 0) == 0);  // the text's start was skipped
}

TEST_CASE("The paragraph with more distinct words wins", "[snippet]") {
  const TextAnalyzer& a = TextAnalyzer::Default();
  std::string text = "Endoscopy was taught.\n" + Filler(60) +
                     "\nEndoscopy training in Kunming.\n";
  std::string s = Joined(MakeSnippet(a, text, {"endoscopi", "train"}));
  CHECK(s.find("[Endoscopy] [training]") != std::string::npos);
}

TEST_CASE("Stems whose ending differs from the text still match", "[snippet]") {
  const TextAnalyzer& a = TextAnalyzer::Default();
  // "studi" is the stem of "study", which the text does not contain as is.
  std::string text = Filler(50) + "\nA study of ESD.\n";
  std::string s = Joined(MakeSnippet(a, text, {"studi"}));
  CHECK(s.find("[study]") != std::string::npos);
}

TEST_CASE("Long lines, Chinese and no match at all", "[snippet]") {
  const TextAnalyzer& a = TextAnalyzer::Default();
  // One 40 KB line: cut into pieces at spaces, the match still found.
  std::string text = Filler(6000) + "ERCP " + Filler(500);
  std::string s = Joined(MakeSnippet(a, text, {"ercp"}));
  CHECK(s.find("[ERCP]") != std::string::npos);
  CHECK(s.size() < 1000);

  std::string zh = "会议在昆明举行。\n专家讲解了结肠息肉的内镜治疗。\n";
  CHECK(Joined(MakeSnippet(a, zh, {"专家"})).find("[专家]") !=
        std::string::npos);

  std::string none = "Opening words here.\n" + Filler(100);
  std::string start = Joined(MakeSnippet(a, none, {"absent"}));
  CHECK(start.rfind("Opening words here.", 0) == 0);
  CHECK(start.find('[') == std::string::npos);
  CHECK(MakeSnippet(a, "", {"x"}).empty());
}

TEST_CASE("Capitals in Cyrillic and Latin text do not hide a paragraph",
          "[snippet]") {
  const TextAnalyzer& a = TextAnalyzer::Default();
  std::string text = "Курс EUS открылся.\n" + Filler(80) +
                     "\nЁЛКИ и ЭНДОСОНОГРАФИЯ на КУРСЕ EUS.\n" + Filler(80);
  std::set<std::string> wanted;
  for (const auto& token : a.Analyze("ёлки эндосонография курсе eus"))
    wanted.insert(token.stem);
  std::string s = Joined(MakeSnippet(a, text, wanted));
  // The second paragraph holds all four words, the first two of them.
  CHECK(s.find("[ЭНДОСОНОГРАФИЯ]") != std::string::npos);
  CHECK(s.find("[EUS]") != std::string::npos);
}
