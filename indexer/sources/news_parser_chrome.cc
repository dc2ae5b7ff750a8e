// Page chrome: whole-line rules, each written so that a sentence of an
// article cannot match it.
#include "indexer/sources/news_parser_chrome.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <vector>

#include "core/utf8.h"

namespace annals::indexer {
namespace {

// Longest line any of these rules looks at, in code points.
constexpr size_t kMaxChromeLength = 80;

std::string Lower(std::string_view text) {
  std::string lower(text);
  for (char& c : lower)
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return lower;
}

std::vector<UChar32> CodePoints(std::string_view text) {
  std::vector<UChar32> points;
  for (const core::Utf8Span& span : core::DecodeUtf8Text(text))
    points.push_back(span.c);
  return points;
}

template <size_t N>
bool StartsWithAny(std::string_view lower,
                   const std::array<std::string_view, N>& prefixes) {
  return std::any_of(prefixes.begin(), prefixes.end(),
                     [&](std::string_view p) { return lower.starts_with(p); });
}

// "当前位置：首页 > 新闻", "Location:Index>>News", "Home » News » 2017".
bool IsBreadcrumb(std::string_view lower) {
  static constexpr std::array<std::string_view, 12> kLeads = {
      "当前位置",   "您的位置",   "你的位置",     "您现在的位置",
      "现在位置",   "所在位置",   "当前页面",     "location:",
      "location：", "location :", "you are here", "current location"};
  if (StartsWithAny(lower, kLeads)) return true;
  static constexpr std::array<std::string_view, 5> kSeparators = {
      ">>", "»", " > ", "＞", "›"};
  size_t separators = 0;
  for (std::string_view separator : kSeparators) {
    for (size_t at = lower.find(separator); at != std::string_view::npos;
         at = lower.find(separator, at + separator.size())) {
      ++separators;
    }
  }
  static constexpr std::array<std::string_view, 4> kHomes = {"首页", "home",
                                                             "主页", "index"};
  return separators >= 2 || (separators == 1 && StartsWithAny(lower, kHomes));
}

// "字号:", "【字体：大 中 小】", "Font size: A A A", "+-14", "A+ A-".
bool IsFontControl(std::string_view lower) {
  static constexpr std::array<std::string_view, 8> kLeads = {
      "字号",  "字体",  "【字体",    "【字号",
      "[字体", "[字号", "font size", "text size"};
  if (StartsWithAny(lower, kLeads)) return true;
  std::vector<UChar32> points = CodePoints(lower);
  if (points.size() > 20) return false;
  bool control = false;
  for (UChar32 c : points) {
    bool sign = c == '+' || c == '-' || c == 0x2212 || c == 0x5927 ||
                c == 0x4E2D || c == 0x5C0F || c == 'a';  // 大 中 小
    bool filler = u_isdigit(c) || c == ' ' || c == 't' || c == '|' ||
                  c == '/' || c == '[' || c == ']' || c == 0x3010 ||
                  c == 0x3011 || c == ':' || c == 0xFF1A || c == '=';
    if (!sign && !filler) return false;
    control |= c == '+' || c == '-' || c == 0x2212;
  }
  return control;
}

// "20170607084018.jpg", "images/a.png b.png".
bool IsImageFileNames(std::string_view lower) {
  static constexpr std::array<std::string_view, 8> kExtensions = {
      ".jpg", ".jpeg", ".png", ".gif", ".bmp", ".webp", ".tif", ".tiff"};
  size_t start = 0;
  bool any = false;
  while (start < lower.size()) {
    size_t end = std::min(lower.find(' ', start), lower.size());
    std::string_view token = lower.substr(start, end - start);
    if (!token.empty()) {
      bool image =
          std::any_of(kExtensions.begin(), kExtensions.end(),
                      [&](std::string_view e) { return token.ends_with(e); });
      if (!image || token.size() == 4) return false;
      any = true;
    }
    start = end + 1;
  }
  return any;
}

// "分享到：", "Share this:", "Share to WeChat".
bool IsShareLine(std::string_view lower) {
  static constexpr std::array<std::string_view, 10> kLeads = {
      "分享到",  "分享至",   "分享：",     "分享:",    "share:",
      "share：", "share to", "share this", "share on", "share via"};
  return lower == "分享" || lower == "share" || StartsWithAny(lower, kLeads);
}

// "上一篇：...", "Next: ...": links to the neighbouring articles.
bool IsNeighbourLink(std::string_view lower) {
  static constexpr std::array<std::string_view, 8> kLeads = {
      "上一篇",    "下一篇", "上一条",           "下一条",
      "previous:", "next:",  "previous article", "next article"};
  return StartsWithAny(lower, kLeads);
}

bool IsSeparator(UChar32 c) {
  return c == ' ' || c == '|' || c == '/' || c == '[' || c == ']' || c == '(' ||
         c == ')' || c == 0x3010 || c == 0x3011 ||     // 【】
         c == 0xFF08 || c == 0xFF09 || c == 0x3001 ||  // （）、
         c == 0x00B7 || c == 0x2022 || c == ',' || c == 0xFF0C || c == ':' ||
         c == 0xFF1A || c == '-' || c == 0x3000;
}

// Lines made only of button words: "【打印本页】【关闭窗口】",
// "Print | Close", "Back to top".
bool IsButtonRow(std::string_view lower) {
  static constexpr std::array<std::string_view, 40> kButtons = {
      "打印",     "打印本页", "打印此页",   "打印文章",  "关闭",     "关闭窗口",
      "关闭本页", "返回",     "返回顶部",   "返回列表",  "返回首页", "收藏",
      "加入收藏", "收藏本页", "推荐给朋友", "复制链接",  "微信",     "微博",
      "qq空间",   "qq",       "print",      "close",     "email",    "e-mail",
      "back",     "top",      "bookmark",   "favorite",  "tweet",    "facebook",
      "twitter",  "wechat",   "weibo",      "linkedin",  "whatsapp", "telegram",
      "vk",       "печать",   "закрыть",    "поделиться"};
  static constexpr std::array<std::string_view, 8> kFillers = {
      "to", "this", "page", "window", "the", "article", "本页", "窗口"};
  std::vector<UChar32> points = CodePoints(lower);
  std::string word;
  bool any_button = false;
  auto flush = [&]() {
    if (word.empty()) return true;
    bool button =
        std::find(kButtons.begin(), kButtons.end(), word) != kButtons.end();
    bool filler =
        std::find(kFillers.begin(), kFillers.end(), word) != kFillers.end();
    any_button |= button;
    word.clear();
    return button || filler;
  };
  for (UChar32 c : points) {
    if (IsSeparator(c)) {
      if (!flush()) return false;
      continue;
    }
    core::AppendUtf8(static_cast<char32_t>(u_tolower(c)), &word);
  }
  return flush() && any_button;
}

bool IsSentencePunctuation(UChar32 c) {
  return c == '.' || c == ',' || c == '!' || c == '?' || c == ';' || c == ':' ||
         c == 0x3002 || c == 0xFF0C || c == 0xFF01 || c == 0xFF1F ||
         c == 0xFF1B || c == 0xFF1A || c == 0x3001;
}

}  // namespace

bool IsChromeLine(std::string_view line) {
  if (line.empty() || CodePoints(line).size() > kMaxChromeLength) return false;
  std::string lower = Lower(line);
  return IsBreadcrumb(lower) || IsFontControl(lower) ||
         IsImageFileNames(lower) || IsShareLine(lower) ||
         IsNeighbourLink(lower) || IsButtonRow(lower);
}

bool IsLabelLine(std::string_view line) {
  std::vector<UChar32> points = CodePoints(line);
  size_t han = 0;
  size_t words = 0;
  bool in_word = false;
  for (UChar32 c : points) {
    if (IsSentencePunctuation(c) || u_isdigit(c)) return false;
    bool ideograph = u_hasBinaryProperty(c, UCHAR_IDEOGRAPHIC);
    han += ideograph;
    bool letter = u_isalpha(c) && !ideograph;
    words += letter && !in_word;
    in_word = letter;
  }
  if (han > 0) return han <= 6 && words == 0;
  return words >= 1 && words <= 2;
}

}  // namespace annals::indexer
