// News pages as scrapers leave them: site chrome above and below the
// article. Every page here is written for this test (not a real article).
#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>
#include <string>

#include "indexer/enrich.h"
#include "indexer/sources/news_parser.h"
#include "indexer/sources/news_parser_chrome.h"
#include "indexer/sources/source_reader.h"

namespace annals::indexer {
namespace {

using Extra = std::vector<std::pair<std::string, std::string>>;

struct Scrape {
  const char* what;
  const char* page;
  const char* title;
  const char* published;
  long long views;
  Extra extra;
  const char* body;  // paragraphs joined by '\n'
};

const Scrape kScrapes[] = {
    {"Chinese: section name, blank lines, empty view counter, font-size "
     "control, image file name, print and close",
     "中心动态\n\n我院举办第二届消化内镜规范化操作培训班\n\n"
     "发布时间:2017-06-07 08:40:18 浏览次数:\n字号:\n+-14\n"
     "20170607084018_training01.jpg\n"
     "6月5日，培训班正式启动。\n【打印本页】【关闭窗口】\n",
     "我院举办第二届消化内镜规范化操作培训班",
     "2017-06-07",
     -1,
     {},
     "6月5日，培训班正式启动。"},
    {"Chinese: breadcrumb, source and clicks on the metadata line, font "
     "choice, share and print buttons",
     "当前位置：首页 > 新闻中心 > 医院新闻\n\n超声内镜学习班在昆明开班\n"
     "日期：2019-03-12 来源：消化内科 点击：356\n【字体：大 中 小】\n"
     "3月10日，学习班开班。\n学员来自五个国家。\n分享到：\n【打印】【关闭】",
     "超声内镜学习班在昆明开班",
     "2019-03-12",
     356,
     {{"来源", "消化内科"}},
     "3月10日，学习班开班。\n学员来自五个国家。"},
    {"Chinese: author before the date, Chinese date, links to the "
     "neighbouring articles",
     "学术活动\n\n内镜中心举办ESD手术演示会\n"
     "作者：宣传科 发布时间：2017年11月3日 阅读次数：1,024\n\n"
     "11月1日，演示会在我院举行。\n\n上一篇：春节门诊安排\n下一篇：义诊通知\n",
     "内镜中心举办ESD手术演示会",
     "2017-11-03",
     1024,
     {{"作者", "宣传科"}},
     "11月1日，演示会在我院举行。"},
    {"English: breadcrumb after Location:, a section name, date and hot, "
     "font-size letters, an image, share and print",
     "Location:Index>>News\nHospital News\n\n"
     "The 5th ERCP Training Course Opens in Kunming\n"
     "date: 2018/10/22 09:00:00 hot: 87\nFont size: A A A\n"
     "ercp_course_01.JPG\nOn October 20, the course opened.\n"
     "Share this:\nPrint | Close\n",
     "The 5th ERCP Training Course Opens in Kunming",
     "2018-10-22",
     87,
     {},
     "On October 20, the course opened."},
    {"English: source, time and views each on a line of its own",
     "News\n\nVisiting Professors Teach ESD in Urumqi\n"
     "Source: Digestive Endoscopy Center\nTime: 2016-09-14\nViews: 1,024\n"
     "On September 12, two professors arrived.\nBack to top\n",
     "Visiting Professors Teach ESD in Urumqi",
     "2016-09-14",
     1024,
     {{"Source", "Digestive Endoscopy Center"}},
     "On September 12, two professors arrived."},
    {"English: a subtitle under the headline stays in the body",
     "Training Week Ends\nTrainees from four countries receive certificates\n"
     "Posted: 2020-01-05\nThe week ended on Friday.\n",
     "Training Week Ends",
     "2020-01-05",
     -1,
     {},
     "Trainees from four countries receive certificates\n"
     "The week ended on Friday."},
    {"English: the documented layout is read as before",
     "A Short Headline\ndate:2018/5/23 hot:3\nOne.\n",
     "A Short Headline",
     "2018-05-23",
     3,
     {},
     "One."},
};

TEST_CASE("ParseNews finds headline and metadata below site chrome",
          "[indexer][news][scrapes]") {
  for (const Scrape& scrape : kScrapes) {
    INFO(scrape.what);
    core::Result<ParsedNews> news = ParseNews(scrape.page, "n.txt", "n");
    REQUIRE(news.ok());
    CHECK(news->record.title == scrape.title);
    CHECK(news->record.published == scrape.published);
    CHECK(news->record.views == scrape.views);
    CHECK(news->record.extra == scrape.extra);
    CHECK(news->record.body == scrape.body);
    CHECK(news->warnings.empty());
  }
}

TEST_CASE("Chrome rules take whole chrome lines and never prose",
          "[indexer][news][scrapes]") {
  for (const char* chrome :
       {"字号:", "+-14", "【字体：大 中 小】", "A+ A-", "photo_01.jpeg",
        "a.png b.gif", "当前位置：首页 > 新闻", "Home » News » 2017",
        "You are here: Home", "分享到：", "Share to WeChat", "【打印】【关闭】",
        "打印本页 | 关闭窗口", "Print this page", "Close window", "Back to top",
        "下一篇：义诊通知", "Печать"}) {
    INFO(chrome);
    CHECK(IsChromeLine(chrome));
  }
  for (const char* prose :
       {"Print media covered the course.", "Shared decision making.",
        "The course closed on May 24.", "血压 > 140", "14",
        "Home visits were discussed.", "培训班正式启动。",
        "Top surgeons from five countries attended."}) {
    INFO(prose);
    CHECK_FALSE(IsChromeLine(prose));
  }
  CHECK(IsLabelLine("中心动态"));
  CHECK(IsLabelLine("Hospital News"));
  CHECK_FALSE(IsLabelLine("我院举办第二届消化内镜规范化操作培训班"));
  CHECK_FALSE(IsLabelLine("The 5th ERCP Training Course Opens in Kunming"));
}

// The page of issue 15, through the whole reading step: headline, the
// publication date, the language, and the event date from the text.
TEST_CASE("A scraped Chinese page gets its dates and language",
          "[indexer][news][scrapes]") {
  SourceFile file;
  file.path =
      std::string(ANNALS_FIXTURES_DIR) + "/parsers/scrape-zh-center-news.txt";
  file.id = "scrape-zh-center-news";
  file.kind = SourceKind::kNews;
  SourceContents contents = ReadSource(file);
  REQUIRE(contents.errors.empty());
  CHECK(contents.warnings.empty());
  REQUIRE(contents.documents.size() == 1);
  Enrich(&contents.documents[0]);  // the event date comes from the text
  const core::Record& r = contents.documents[0].stored.record;
  CHECK(r.title == "我院举办第二届消化内镜规范化操作培训班");
  CHECK(r.published == "2017-06-07");
  CHECK(r.published_time == "08:40:18");
  CHECK(r.language == "zh");
  CHECK(r.event_date == "2017-06-05");
  CHECK(r.body.starts_with("6月5日上午"));
  CHECK(r.body.ends_with("带回各自医院。"));
}

}  // namespace
}  // namespace annals::indexer
