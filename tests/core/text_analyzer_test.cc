// The analyzer's contract: what becomes a term, in four languages.
#include "core/text_analyzer.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

using annals::core::Script;
using annals::core::TextAnalyzer;

namespace {

// "term/stem" for each token, space separated.
std::string Terms(std::string_view text, std::string_view language = "") {
  std::string out;
  for (const auto& token : TextAnalyzer::Default().Analyze(text, language)) {
    if (!out.empty()) out += ' ';
    out +=
        token.term == token.stem ? token.term : token.term + "/" + token.stem;
  }
  return out;
}

}  // namespace

TEST_CASE("English words are case-folded and stemmed", "[core][analyzer]") {
  CHECK(Terms("Trainees Gave Lectures") ==
        "trainees/traine gave lectures/lectur");
  CHECK(Terms("People’s Hospital") == "people's/peopl hospital/hospit");
}

TEST_CASE("Glued honorifics are split at the full stop", "[core][analyzer]") {
  CHECK(Terms("Prof.Kamal Rahimov") == "prof kamal rahimov");
  CHECK(Terms("Dr.Ivanova") == "dr ivanova");
  SECTION("decimal numbers stay whole") { CHECK(Terms("3.5 mm") == "3.5 mm"); }
}

TEST_CASE("Typographic and full-width punctuation never joins a term",
          "[core][analyzer]") {
  CHECK(Terms("“ERCP”，（EUS）") == "ercp eus");
  SECTION("full-width Latin is NFKC-folded") {
    CHECK(Terms("ＥＲＣＰ") == "ercp");
  }
}

TEST_CASE("Chinese is segmented into words", "[core][analyzer]") {
  auto tokens =
      TextAnalyzer::Default().Analyze("兰州大学第一医院开展超声内镜培训");
  std::vector<std::string> terms;
  for (const auto& t : tokens) terms.push_back(t.term);
  CHECK(std::find(terms.begin(), terms.end(), "兰州") != terms.end());
  CHECK(std::find(terms.begin(), terms.end(), "医院") != terms.end());
  CHECK(tokens.size() < 12);  // words, not single characters
  for (const auto& t : tokens) CHECK(t.script == Script::kHan);
}

TEST_CASE("Thai is segmented into words, and U+200B separates",
          "[core][analyzer]") {
  CHECK(Terms("การอบรม\u200Bการส่องกล้อง") == "การ อบรม การ ส่อง กล้อง");
  auto tokens = TextAnalyzer::Default().Analyze("โรงพยาบาลจัดการอบรม");
  CHECK(tokens.size() >= 3);
  for (const auto& t : tokens) CHECK(t.term.size() <= 64);
}

TEST_CASE("Russian is stemmed and ё folded to е", "[core][analyzer]") {
  CHECK(Terms("Учёные провели курс") == "ученые/учен провели/провел курс");
  CHECK(Terms("ещё") == Terms("еще"));
}

TEST_CASE("Persian letter forms are unified", "[core][analyzer]") {
  CHECK(Terms("رضا كريمي") == Terms("رضا کریمی"));
}

TEST_CASE("Latin diacritics are folded, Cyrillic й is kept",
          "[core][analyzer]") {
  CHECK(Terms("Nguyễn Thị") == "nguyen thi");
  CHECK(Terms("Đà Nẵng") == "da nang");
  CHECK(Terms("Йошкар") == "йошкар");
}

TEST_CASE("Offsets point into the original text", "[core][analyzer]") {
  std::string text = "Prof.Ma «ЭРХПГ» 结肠";
  for (const auto& token : TextAnalyzer::Default().Analyze(text)) {
    CHECK(token.end <= text.size());
    CHECK(token.begin < token.end);
  }
  auto tokens = TextAnalyzer::Default().Analyze(text);
  REQUIRE(tokens.size() >= 3);
  CHECK(text.substr(tokens[1].begin, tokens[1].end - tokens[1].begin) == "Ma");
}

TEST_CASE("Invalid UTF-8 separates words and never crashes",
          "[core][analyzer]") {
  CHECK(Terms("abc\xff\xfe"
              "def") == "abc def");
  CHECK(Terms(std::string("a\0b", 3)) == "a b");
  CHECK_FALSE(annals::core::IsValidUtf8("\xc3"));
  CHECK(annals::core::IsValidUtf8("Учёные"));
}

TEST_CASE("Character bigrams cover a Han run", "[core][analyzer]") {
  CHECK(TextAnalyzer::Bigrams("结肠息肉") ==
        std::vector<std::string>{"结肠", "肠息", "息肉"});
  CHECK(TextAnalyzer::Bigrams("肉") == std::vector<std::string>{"肉"});
}

TEST_CASE("Language is detected from the script", "[core][analyzer]") {
  CHECK(TextAnalyzer::DetectLanguage("The ERCP workshop") == "en");
  CHECK(TextAnalyzer::DetectLanguage("第42届ERCP培训班开班") == "zh");
  CHECK(TextAnalyzer::DetectLanguage("Курс ЭРХПГ") == "ru");
  CHECK(TextAnalyzer::DetectLanguage("การอบรม ERCP") == "th");
}

TEST_CASE("Analysis outside dictionary scripts keeps the other words",
          "[core][analyzer]") {
  const TextAnalyzer& analyzer = TextAnalyzer::Default();
  std::string text =
      "Prof. Li Xun (李汛) opened the 超声内镜 course; Курс врачей и "
      "การอบรม ended.";
  std::vector<annals::core::Token> full = analyzer.Analyze(text);
  std::vector<annals::core::Token> outside =
      analyzer.AnalyzeOutsideDictionaryScripts(text);
  // The words of other scripts, as Analyze has them.
  auto other_words = [](const std::vector<annals::core::Token>& tokens) {
    std::vector<std::string> words;
    for (const auto& token : tokens) {
      if (token.script == Script::kHan || token.script == Script::kThai)
        continue;
      words.push_back(token.stem + "@" + std::to_string(token.begin) + "-" +
                      std::to_string(token.end));
    }
    return words;
  };
  CHECK(other_words(outside) == other_words(full));
  // Han and Thai runs as pieces of two letters that match no stem, covering
  // each run without gaps.
  std::string han;
  for (const auto& token : outside) {
    if (token.script != Script::kHan) continue;
    CHECK(token.stem.empty());
    CHECK(token.term == text.substr(token.begin, token.end - token.begin));
    han += token.term + "|";
  }
  CHECK(han == "李汛|超声|内镜|");
  std::string thai;
  for (const auto& token : outside)
    if (token.script == Script::kThai) thai += token.term + "|";
  CHECK(thai == "กา|รอ|บร|ม|");
  // Positions count every token.
  for (size_t i = 0; i < outside.size(); ++i)
    CHECK(outside[i].position == i + 1);
}
