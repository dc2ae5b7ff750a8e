// Event-date extraction: date patterns are matched on the tokens of the body
// (event_date_tokens.h); every candidate is checked against negative cues and
// the publication date, scored (event cue in its sentence, early paragraph,
// precision, nearness to publication), and the best one wins. The words come
// from date_words.txt (event_date_words.h).
#include "indexer/extract/event_date.h"

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "indexer/extract/event_date_tokens.h"
#include "indexer/extract/event_date_words.h"

namespace annals::indexer {
namespace {

using event_date::DateWords;
using event_date::Fit;
using event_date::LoadedDateWords;
using event_date::Phrase;
using event_date::Tok;
using event_date::Token;
using event_date::TokenText;
using enum event_date::WordKind;

// What an event cue in the sentence adds to a candidate's score.
constexpr int kCueWeight = 4;

// ---- Calendar --------------------------------------------------------------

// Days since 1970-01-01 (H. Hinnant's days_from_civil). Unknown month or day
// count as the middle of the year or month.
long Days(const core::PartialDate& date) {
  int m = date.month ? date.month : 7, d = date.day ? date.day : 1;
  if (date.month && !date.day) d = 15;
  int y = date.year - (m <= 2);
  int era = (y >= 0 ? y : y - 399) / 400;
  int yoe = y - era * 400;
  int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  return era * 146097L + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719468;
}

// The year that puts month/day closest to `pub`, a future distance counting
// double (articles mostly report what happened); 0 when `pub` is empty.
int ResolveYear(int month, int day, const core::PartialDate& pub) {
  int best = 0;
  long best_cost = 0;
  for (int y = pub.year - 1; !pub.empty() && y <= pub.year + 1; ++y) {
    if (day && !core::IsValidDay(y, month, day)) continue;
    long delta = Days({y, month, day}) - Days(pub);
    long cost = delta <= 0 ? -delta : 2 * delta;
    if (!best || cost < best_cost) best = y, best_cost = cost;
  }
  return best;
}

core::PartialDate DayBefore(core::PartialDate d) {
  if (--d.day > 0) return d;
  if (--d.month == 0) d = {d.year - 1, 12, 0};
  d.day = core::DaysInMonth(d.year, d.month);
  return d;
}

// ---- Scanner ---------------------------------------------------------------

struct Candidate {
  core::PartialDate date;
  std::string rule;
  uint32_t begin = 0, end = 0;  // evidence bytes
  size_t first = 0;             // first token
  int score = 0;
  bool cue = false;  // the match itself marks the event sentence
};

class Scanner {
 public:
  Scanner(const DateWords& words, std::string_view body,
          const core::PartialDate& pub, std::string_view language)
      : t_(body, words, language), words_(words), pub_(pub) {}
  std::optional<EventDateFinding> Find();

 private:
  size_t MatchAt(size_t i);
  size_t MatchNumeric(size_t i);
  size_t MatchHan(size_t i);
  size_t MatchDayFirst(size_t i);
  size_t MatchMonthFirst(size_t i);
  size_t MatchMonthAlone(size_t i, int month, int lang);
  size_t MatchYear(size_t i);
  size_t MatchYesterday(size_t i);
  size_t MatchLastWeekday(size_t i);
  size_t MatchRecently(size_t i);
  size_t Emit(size_t first, size_t last, core::PartialDate date,
              std::string_view lang, bool buddhist, std::string_view pattern,
              bool relative = false);

  void Consider(Candidate c);
  bool Negative(const Candidate& c) const;

  const TokenText t_;
  const DateWords& words_;
  core::PartialDate pub_;
  std::optional<Candidate> best_;
};

// ---- Patterns --------------------------------------------------------------
// Each returns the index of the token after the match, or i when none.

size_t Scanner::MatchAt(size_t i) {
  if (t_[i].kind == Tok::kPunct || t_[i].kind == Tok::kMark) return i;
  if (t_[i].kind == Tok::kNumber) {
    for (auto match : {&Scanner::MatchNumeric, &Scanner::MatchHan,
                       &Scanner::MatchDayFirst, &Scanner::MatchYear}) {
      if (size_t next = (this->*match)(i); next > i) return next;
    }
    return i;
  }
  if (size_t next = MatchMonthFirst(i); next > i) return next;
  if (size_t next = MatchYesterday(i); next > i) return next;
  if (size_t next = MatchLastWeekday(i); next > i) return next;
  return MatchRecently(i);
}

// "2018-05-21", "2018/5/21", "2018.5.21", "21.05.2018", Thai "15/01/2566".
size_t Scanner::MatchNumeric(size_t i) {
  if (i + 4 >= t_.size()) return i;
  const Token* t = &t_[i];
  for (int k = 0; k < 4; ++k)
    if (t[k].end != t[k + 1].begin) return i;
  if (!t_.IsNumber(i + 2) || !t_.IsNumber(i + 4)) return i;
  std::string_view sep = t_.Text(i + 1);
  if (sep != t_.Text(i + 3) || (sep != "-" && sep != "/" && sep != "."))
    return i;
  core::PartialDate date{t[0].value, t[2].value, t[4].value};
  std::string_view pattern = "year-month-day";
  if (t[0].digits != 4) {
    if (t[4].digits != 4 || t[0].digits > 2) return i;
    if (sep != "." && !(sep == "/" && t[4].value >= 2400)) return i;
    date = {t[4].value, t[2].value, t[0].value};
    pattern = "day-month-year";
  }
  bool buddhist = date.year >= 2400;
  if (buddhist) date.year -= 543;
  return Emit(i, i + 4, date, "numeric", buddhist, pattern);
}

// "2019年3月12日", "2020年11月", "2019年", "5月21日", "去年11月".
size_t Scanner::MatchHan(size_t i) {
  size_t k = i;
  core::PartialDate date;
  if (t_.Mark(k + 1) == 1 && t_[k].digits == 4) date.year = t_[k].value, k += 2;
  if (t_.IsNumber(k) && t_.Mark(k + 1) == 2) {
    date.month = t_[k].value, k += 2;
    if (t_.IsNumber(k) && t_.Mark(k + 1) == 3) date.day = t_[k].value, k += 2;
  }
  if (k == i) return i;
  bool relative = date.year == 0;
  if (relative && !pub_.empty()) {
    if (t_.Is(i - 1, kLastYear, Fit::kSuffix)) date.year = pub_.year - 1;
    if (t_.Is(i - 1, kThisYear, Fit::kSuffix)) date.year = pub_.year;
    if (t_.Is(i - 1, kNextYear, Fit::kSuffix)) date.year = pub_.year + 1;
  }
  std::string_view pattern = date.day     ? "month-day"
                             : date.month ? "month"
                                          : "year";
  if (!relative && date.month)
    pattern = date.day ? "year-month-day" : "year-month";
  return Emit(i, k - 1, date, "zh", false, pattern, relative);
}

// "21 May 2018", "from 12 to 15 March", "21 мая 2018 года", "15-17 มกราคม
// 2566", "15 ม.ค. 66", "30 May – 2 June 2019", "the 21st of May".
size_t Scanner::MatchDayFirst(size_t i) {
  int day = t_.Day(i);
  if (!day) return i;
  size_t k = t_.SkipOrdinal(i + 1);
  if (t_.Is(k, kConnector) && t_.Day(k + 1)) k = t_.SkipOrdinal(k + 2);
  while (!t_.Month(k) && t_.Is(k, kFiller)) ++k;
  int month = t_.Month(k);
  if (!month) return i;
  int lang = t_[k++].month_lang;
  if (t_.Is(k, kConnector) && t_.Day(k + 1) && t_.Month(k + 2)) k += 3;
  int year = 0;
  bool buddhist = false;
  if (size_t after = t_.YearAt(k, lang, &year, &buddhist)) k = after;
  return Emit(i, k - 1, {year, month, day}, t_.Lang(lang), buddhist,
              "day-month");
}

// "May 21", "Sept. 5, 2019", "March 12–15, 2019", "November 2020",
// "в ноябре 2020 года", then the month alone.
size_t Scanner::MatchMonthFirst(size_t i) {
  int month = t_.Month(i);
  if (!month) return i;
  int lang = t_[i].month_lang, year = 0;
  bool buddhist = false;
  size_t k = i + 1 < t_.size() && t_.Text(i + 1) == "." ? i + 2 : i + 1;
  if (int day = t_.Day(k)) {
    k = t_.SkipOrdinal(k + 1);
    if (t_.Is(k, kConnector)) {
      size_t r = t_.Month(k + 1) ? k + 2 : k + 1;
      if (r < t_.size() && t_.Text(r) == ".") ++r;
      if (t_.Day(r)) k = t_.SkipOrdinal(r + 1);
    }
    if (size_t after = t_.YearAt(k, lang, &year, &buddhist)) k = after;
    return Emit(i, k - 1, {year, month, day}, t_.Lang(lang), buddhist,
                "month-day");
  }
  if (size_t after = t_.YearAt(i + 1, lang, &year, &buddhist))
    return Emit(i, after - 1, {year, month, 0}, t_.Lang(lang), buddhist,
                "month-year");
  return MatchMonthAlone(i, month, lang);
}

// "last November", "this March", "next May"; "in November" (closest).
size_t Scanner::MatchMonthAlone(size_t i, int month, int lang) {
  if (pub_.empty() || i == 0) return i;
  int pub_month = pub_.month ? pub_.month : 13;
  core::PartialDate date{0, month, 0};
  if (t_.Is(i - 1, kLast)) {
    date.year = month < pub_month ? pub_.year : pub_.year - 1;
  } else if (t_.Is(i - 1, kThis)) {
    date.year = pub_.year;
  } else if (t_.Is(i - 1, kNext)) {
    date.year = month > pub_month % 13 ? pub_.year : pub_.year + 1;
  } else if (!t_.Is(i - 1, kYearBefore, Fit::kSuffix)) {
    return i;
  }
  return Emit(i - 1, i, date, t_.Lang(lang), false, "month", true);
}

// "in 2019", "в 2019 году", "2019 г.", "ปี 2566", "พ.ศ. 2566".
size_t Scanner::MatchYear(size_t i) {
  if (t_[i].digits != 4 || i == 0) return i;
  size_t prev = t_.Text(i - 1) == "." && i > 1 ? i - 2 : i - 1;
  const Phrase* word = t_.Match(prev, kYearBefore, Fit::kSuffix);
  const Phrase* after =
      word ? nullptr : t_.Match(i + 1, kYearAfter, Fit::kExact);
  if (!word && !after) return i;
  int year = t_[i].value;
  bool buddhist = year >= 2400 && year <= 2700;
  if (buddhist) year -= 543;
  if (year < 1900 || year > 2100) return i;
  int lang = word ? word->lang : after->lang;
  Emit(word ? prev : i, word ? i : i + 1, {year, 0, 0}, t_.Lang(lang), buddhist,
       "year");
  return i + 1;
}

// "yesterday", "вчера", "昨天", "เมื่อวาน": the day before publication.
size_t Scanner::MatchYesterday(size_t i) {
  const Phrase* word = t_.Match(i, kYesterday, Fit::kContains);
  if (!word || pub_.day == 0) return i;
  Candidate c{
      .date = DayBefore(pub_),
      .rule = std::string(t_.Lang(word->lang)) + ":yesterday",
      .begin = static_cast<uint32_t>(t_[i].begin + t_.Text(i).find(word->text)),
      .first = i};
  c.end = c.begin + static_cast<uint32_t>(word->text.size());
  c.score = -1;  // explicit dates outrank it
  Consider(std::move(c));
  return i + 1;
}

// "last Monday", "в прошлую пятницу", "上周五": the latest such weekday
// before the publication day.
size_t Scanner::MatchLastWeekday(size_t i) {
  if (pub_.day == 0) return i;
  // "上周五", "วันอังคารที่ผ่านมา": one phrase inside a Han or Thai run.
  const Phrase* phrase = t_.Match(i, kLastWeekday, Fit::kContains);
  size_t last = i;
  std::string name;
  if (phrase != nullptr) {
    name = phrase->text;
  } else if (i + 1 < t_.size() && t_.Is(i, kLast)) {
    name = t_.Text(i + 1);
    event_date::FoldCase(name);
    last = i + 1;
  } else {
    return i;
  }
  auto found = words_.weekdays.find(name);
  if (found == words_.weekdays.end()) return i;
  namespace chr = std::chrono;
  chr::sys_days published{chr::year{pub_.year} /
                          chr::month{static_cast<unsigned>(pub_.month)} /
                          chr::day{static_cast<unsigned>(pub_.day)}};
  unsigned today = chr::weekday{published}.iso_encoding();
  int back = (static_cast<int>(today) - found->second.month + 7) % 7;
  chr::year_month_day day{published - chr::days{back == 0 ? 7 : back}};
  core::PartialDate date{static_cast<int>(day.year()),
                         static_cast<int>(static_cast<unsigned>(day.month())),
                         static_cast<int>(static_cast<unsigned>(day.day()))};
  Candidate c{.date = date,
              .rule = std::string(t_.Lang(found->second.lang)) +
                      ":last weekday relative to publication",
              .begin = t_[i].begin,
              .first = i};
  c.end = t_[last].end;
  Consider(std::move(c));
  return last + 1;
}

// "Recently, ...", "近日,...", "недавно": no day is given, and the event is
// in the weeks before publication: the publication month. The word marks
// the sentence about the event, so it counts as an event cue.
size_t Scanner::MatchRecently(size_t i) {
  const Phrase* word = t_.Match(i, kRecently, Fit::kPrefix);
  // "earlier this month", "в этом месяце": the publication month too.
  if (!word && t_.Is(i + 1, kMonthWord)) word = t_.Match(i, kThis);
  if (!word || pub_.month == 0) return i;
  Candidate c{.date = {pub_.year, pub_.month, 0},
              .rule = std::string(t_.Lang(word->lang)) +
                      ":recently (publication month)",
              .begin = t_[i].begin,
              .first = i};
  c.end = c.begin + static_cast<uint32_t>(word->text.size());
  c.cue = true;
  Consider(std::move(c));
  return i + 1;
}

size_t Scanner::Emit(size_t first, size_t last, core::PartialDate date,
                     std::string_view lang, bool buddhist,
                     std::string_view pattern, bool relative) {
  if (date.month < 0 || date.month > 12 || date.day < 0 || date.day > 31)
    return last + 1;
  if (date.year == 0 && date.month) {
    relative = true;
    date.year = ResolveYear(date.month, date.day, pub_);
  }
  std::string rule =
      buddhist ? std::string("th:buddhist-era")
               : fmt::format("{}:{}{}", lang, pattern,
                             relative ? " relative to publication" : "");
  Consider({date, std::move(rule), t_[first].begin, t_[last].end, first});
  return last + 1;
}

// ---- Choosing --------------------------------------------------------------

// Drops impossible and implausible dates, scores the rest, keeps the best
// (the earliest among equals).
void Scanner::Consider(Candidate c) {
  const core::PartialDate& d = c.date;
  if (d.year < 1900 || d.year > 2100) return;
  if (d.day && !core::IsValidDay(d.year, d.month, d.day)) return;
  if (Negative(c)) return;
  long delta = pub_.empty() ? 0 : Days(d) - Days(pub_);
  if (!pub_.empty()) {
    bool year_only = d.month == 0;
    if (year_only ? std::abs(d.year - pub_.year) > 1
                  : delta < -3 * 366 || delta > 2 * 366)
      return;  // history, or a date of something else
  }
  c.score += d.day ? 3 : d.month ? 1 : 0;
  c.score -= std::min(t_[c.first].paragraph, 4);
  if (delta < -400 || delta > 400) c.score -= 4;
  if (!pub_.empty() && delta >= -120 && delta <= 60) c.score += 1;
  auto [from, to] = t_.Sentence(c.begin, c.end, 300);
  if (d.month == 0 && !pub_.empty()) {
    // A year alone outside an event sentence is background ("In 2019, the
    // hospital admitted ..."): it never replaces a month or the publication
    // date.
    if (!t_.Contains(kCue, from, to)) return;
    c.score += kCueWeight;
  } else {
    if (best_ && c.score + kCueWeight <= best_->score) return;  // cannot win
    if (c.cue || t_.Contains(kCue, from, to)) c.score += kCueWeight;
  }
  if (!best_ || c.score > best_->score) best_ = std::move(c);
}

// "founded in 1952", "since 2012", "成立于1952年", "2012年以来".
bool Scanner::Negative(const Candidate& c) const {
  size_t from = t_[c.first >= 3 ? c.first - 3 : 0].begin;
  from = std::max<size_t>(from, c.begin >= 60 ? c.begin - 60 : 0);
  return t_.Contains(kNeg, from, c.begin) || t_.StartsWith(kNegAfter, c.end);
}

std::optional<EventDateFinding> Scanner::Find() {
  for (size_t i = 0; i < t_.size();) {
    size_t next = MatchAt(i);
    i = next > i ? next : i + 1;
  }
  if (!best_) return std::nullopt;
  return EventDateFinding{
      best_->date, best_->rule,
      std::string(t_.body().substr(best_->begin, best_->end - best_->begin)),
      t_[best_->first].paragraph};
}

}  // namespace

std::optional<EventDateFinding> FindEventDate(
    std::string_view body, const core::PartialDate& published,
    std::string_view language) {
  return Scanner(LoadedDateWords(), body, published, language).Find();
}

core::Status CheckEventDateWords() { return LoadedDateWords().status; }

}  // namespace annals::indexer
