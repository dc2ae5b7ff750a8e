// core/record.h: the one way a source file and line are cited.
#include "core/record.h"

#include <catch2/catch.hpp>

namespace annals::core {
namespace {

TEST_CASE("SourceAt cites a file and line, or the file alone",
          "[core][record]") {
  CHECK(SourceAt("news/en/a.txt", 7) == "news/en/a.txt:7");
  CHECK(SourceAt("news/en/a.txt", 0) == "news/en/a.txt");
  Record course;
  course.source = "records/courses.jsonl";
  course.source_line = 3;
  CHECK(SourceOf(course) == "records/courses.jsonl:3");
  Record news;
  news.source = "news/zh/b.txt";
  CHECK(SourceOf(news) == "news/zh/b.txt");
}

}  // namespace
}  // namespace annals::core
