// The tokenizer of event-date extraction, a scanner that
// accepts any bytes, and the token questions of the date patterns.
#include "indexer/extract/event_date_tokens.h"

#include <algorithm>
#include <utility>

#include "core/utf8.h"

namespace annals::indexer::event_date {
namespace {

enum class Cls { kSpace, kNewline, kDigit, kAlpha, kThai, kHan, kOther };

// Decodes the code point at s[i] (REQUIRES: i < s.size()); an invalid byte
// decodes as U+FFFD of length 1.
char32_t Decode(std::string_view s, size_t i, size_t* len) {
  core::Utf8Char decoded = core::DecodeUtf8(s, i);
  if (decoded.c < 0) {
    *len = 1;
    return 0xFFFD;
  }
  *len = decoded.length;
  return static_cast<char32_t>(decoded.c);
}

// The class of a code point; for digits also sets `*digit`.
Cls Classify(char32_t c, int* digit) {
  if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') return Cls::kAlpha;
  if (c == ' ') return Cls::kSpace;
  char32_t zero = c <= '9' ? U'0' : c <= 0x0E59 ? U'\u0E50' : U'\uFF10';
  if (c >= zero && c <= zero + 9) {  // ASCII, Thai or full-width digits
    *digit = static_cast<int>(c - zero);
    return Cls::kDigit;
  }
  if (c == '\n') return Cls::kNewline;
  if ((c >= '\t' && c <= '\r') || c == 0xA0 || c == 0x3000 ||
      (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0xFEFF)
    return Cls::kSpace;
  if ((c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7) ||
      (c >= 0x400 && c <= 0x4FF))
    return Cls::kAlpha;
  if (c >= 0x0E01 && c <= 0x0E4E) return Cls::kThai;
  if ((c >= 0x3040 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x9FFF) ||
      (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x2FFFF))
    return Cls::kHan;
  return Cls::kOther;
}

// 1 for 年, 2 for 月, 3 for 日 or 号 (marks after a number), else 0.
int HanMark(char32_t c) {
  return c == U'年' ? 1 : c == U'月' ? 2 : (c == U'日' || c == U'号') ? 3 : 0;
}

// 0-9 for a Chinese numeral digit (〇 零 一 ... 九, 两), 10 for 十, else -1.
int HanNumeral(char32_t c) {
  static constexpr std::u32string_view kDigits = U"〇一二三四五六七八九";
  if (size_t d = kDigits.find(c); d != std::u32string_view::npos) {
    return static_cast<int>(d);
  }
  return c == U'零' ? 0 : c == U'两' ? 2 : c == U'十' ? 10 : -1;
}

// A date part in Chinese numerals before its mark: a year written digit by
// digit (二〇一九年), a month (十二月) or a day (二十九日).
struct HanNumber {
  size_t end = 0;  // where the mark starts; 0 when no date part is here
  int value = 0;
  int digits = 0;
};

class Tokenizer {
 public:
  Tokenizer(std::string_view body, std::string_view folded,
            const DateWords& words)
      : body_(body), folded_(folded), w_(words) {}
  std::vector<Token> Run();

 private:
  size_t ScanWord(size_t i, Cls cls, Token* t) const;
  HanNumber HanNumberAt(size_t i) const;
  int MarkBefore(size_t back) const;
  void LookupMonth(Token* t) const;

  std::string_view body_;
  std::string_view folded_;
  const DateWords& w_;
  std::vector<Token> toks_;
};

std::vector<Token> Tokenizer::Run() {
  toks_.reserve(folded_.size() / 4 + 1);
  int paragraph = 0;
  for (size_t i = 0, len = 0; i < folded_.size();) {
    if (folded_[i] == ' ' || folded_[i] == '\n') {  // fast path
      paragraph += folded_[i++] == '\n';
      continue;
    }
    int digit = 0;
    Cls cls = Classify(Decode(folded_, i, &len), &digit);
    if (cls == Cls::kSpace || cls == Cls::kNewline) {
      paragraph += cls == Cls::kNewline;
      i += len;
      continue;
    }
    Token t;
    t.begin = static_cast<uint32_t>(i);
    t.paragraph = paragraph;
    HanNumber han =
        cls == Cls::kHan || cls == Cls::kOther ? HanNumberAt(i) : HanNumber{};
    if (han.end > 0) {
      t.kind = Tok::kNumber;
      t.value = han.value;
      t.digits = han.digits;
      i = han.end;
    } else if (cls == Cls::kDigit) {
      t.kind = Tok::kNumber;
      t.value = 0;
      for (; cls == Cls::kDigit;
           cls = Classify(Decode(folded_, i, &len), &digit)) {
        t.value = ++t.digits > 9 ? -1 : t.value * 10 + digit;
        if ((i += len) >= folded_.size()) break;
      }
    } else if (cls == Cls::kOther) {
      i += len;
    } else {
      i = ScanWord(i, cls, &t);
    }
    t.end = static_cast<uint32_t>(i);
    toks_.push_back(t);
    if (t.kind != Tok::kNumber || i >= folded_.size()) continue;
    if (int mark = HanMark(Decode(folded_, i, &len))) {
      toks_.push_back({.kind = Tok::kMark,
                       .begin = t.end,
                       .end = static_cast<uint32_t>(i + len),
                       .value = mark,
                       .paragraph = paragraph});
      i += len;
    }
  }
  return std::move(toks_);
}

// A run of letters of one class; a dot between two letters stays inside
// ("ม.ค", "e.g"). Returns the end.
size_t Tokenizer::ScanWord(size_t i, Cls cls, Token* t) const {
  t->kind = cls == Cls::kAlpha ? Tok::kWord : Tok::kRun;
  t->thai = cls == Cls::kThai;
  t->upper = body_[i] >= 'A' && body_[i] <= 'Z';
  int digit = 0;
  size_t len = 0;
  while (i < folded_.size()) {
    auto byte = static_cast<unsigned char>(folded_[i]);
    if (byte >= 'a' && byte <= 'z' && cls == Cls::kAlpha) {  // fast path
      ++i;
      continue;
    }
    Cls next = Classify(Decode(folded_, i, &len), &digit);
    if (next == cls) {
      if (cls == Cls::kHan && HanNumberAt(i).end > 0) break;
      i += len;
      continue;
    }
    bool inner_dot = folded_[i] == '.' && cls != Cls::kHan &&
                     i + 1 < folded_.size() &&
                     Classify(Decode(folded_, i + 1, &len), &digit) == cls;
    if (!inner_dot) break;
    ++i;
  }
  t->end = static_cast<uint32_t>(i);
  LookupMonth(t);
  return i;
}

// The mark of the token `back` places before the next one (1 = the last
// token), or 0.
int Tokenizer::MarkBefore(size_t back) const {
  if (toks_.size() < back) return 0;
  const Token& t = toks_[toks_.size() - back];
  return t.kind == Tok::kMark ? t.value : 0;
}

// Years stand alone (二〇一九年: four digits, no 十); a month only after a
// year (二〇一九年九月) and a day only after a month or a range's first day
// (九月九日, 十五日至十九日), so that 为期五日 or 一月 ("one month") is no
// date.
HanNumber Tokenizer::HanNumberAt(size_t i) const {
  HanNumber n;
  size_t len = 0;
  bool tens = false;
  int current = -1;
  size_t pos = i;
  for (int chars = 0; pos < folded_.size() && chars < 4; ++chars) {
    int d = HanNumeral(Decode(folded_, pos, &len));
    if (d < 0) break;
    if (d == 10) {  // 十, 二十: one digit at most before it
      if (tens || n.digits > 1) return {};
      tens = true;
      n.value = (n.digits == 0 ? 1 : n.value) * 10;
    } else if (tens) {
      if (current >= 0) return {};
      current = d;
    } else {
      n.value = n.value * 10 + d;
      ++n.digits;
    }
    pos += len;
  }
  if (pos == i || pos >= folded_.size()) return {};
  if (tens) {
    n.value += current < 0 ? 0 : current;
    n.digits = n.value >= 10 ? 2 : 1;
  }
  int mark = HanMark(Decode(folded_, pos, &len));
  bool ok =
      (mark == 1 && !tens && n.digits == 4) ||
      (mark == 2 && n.value >= 1 && n.value <= 12 && MarkBefore(1) == 1) ||
      (mark == 3 && n.value >= 1 && n.value <= 31 &&
       (MarkBefore(1) == 2 || MarkBefore(2) == 3));
  if (!ok) return {};
  n.end = pos;
  return n;
}

// Exact forms; a Thai run (no spaces in Thai) may also start or end with a
// month name of 4+ letters ("มกราคมที่ผ่านมา", "ในเดือนพฤศจิกายน").
void Tokenizer::LookupMonth(Token* t) const {
  std::string_view text(folded_.data() + t->begin, t->end - t->begin);
  bool latin = static_cast<unsigned char>(text[0]) < 0x80;
  if ((t->kind == Tok::kRun && !t->thai) || (latin && !t->upper) ||
      (!t->thai && text.size() > w_.longest_month))
    return;
  auto found = [&](std::string_view form) {
    auto it = w_.months.find(form);
    if (it == w_.months.end()) return false;
    t->month = it->second.month;
    t->month_lang = it->second.lang;
    return true;
  };
  if (found(text) || !t->thai || text.find('.') != std::string_view::npos)
    return;
  size_t longest = std::min(text.size(), w_.longest_month / 3 * 3);
  for (size_t n = longest; n >= 12; n -= 3)
    if (((w_.month_lengths >> n) & 1) &&
        (found(text.substr(0, n)) || found(text.substr(text.size() - n))))
      return;
}

}  // namespace

TokenText::TokenText(std::string_view body, const DateWords& words,
                     std::string_view language)
    : w_(words), body_(body), folded_(body) {
  FoldCase(folded_);
  std::string primary;
  for (char c : language.substr(0, language.find_first_of("-_")))
    primary += static_cast<char>(c | 0x20);
  uint64_t chosen = 0;
  bool known = false;
  for (size_t i = 0; i < w_.langs.size(); ++i) {
    if (w_.langs[i] == "th") thai_ = static_cast<int>(i);
    if (w_.langs[i] == "*" || w_.langs[i] == primary)
      chosen |= uint64_t{1} << i;
    known = known || w_.langs[i] == primary;
  }
  if (known) langs_ = chosen;
  toks_ = Tokenizer(body_, folded_, w_).Run();
}

std::string_view TokenText::Text(size_t i) const {
  const Token& t = toks_[i];
  return std::string_view(folded_).substr(t.begin, t.end - t.begin);
}

const Phrase* TokenText::Match(size_t i, WordKind kind, Fit fit) const {
  if (i >= toks_.size()) return nullptr;
  std::string_view text = Text(i);
  if (toks_[i].kind != Tok::kRun) fit = Fit::kExact;
  if (fit == Fit::kExact &&
      (text.size() >= 64 || !((w_.word_lengths[kind] >> text.size()) & 1)))
    return nullptr;
  for (const Phrase& p : w_.words[kind]) {
    if (!Active(p.lang)) continue;
    if (fit == Fit::kExact    ? text == p.text
        : fit == Fit::kPrefix ? text.starts_with(p.text)
        : fit == Fit::kSuffix ? text.ends_with(p.text)
                              : text.find(p.text) != std::string_view::npos)
      return &p;
  }
  return nullptr;
}

bool TokenText::IsNumber(size_t i) const {
  return i < toks_.size() && toks_[i].kind == Tok::kNumber;
}

int TokenText::Day(size_t i) const {
  if (!IsNumber(i) || toks_[i].digits > 2) return 0;
  bool time = i + 1 < toks_.size() && Text(i + 1) == ":";
  return toks_[i].value >= 1 && toks_[i].value <= 31 && !time ? toks_[i].value
                                                              : 0;
}

int TokenText::Month(size_t i) const {
  if (i >= toks_.size() || !toks_[i].month) return 0;
  const Token& t = toks_[i];
  bool latin = static_cast<unsigned char>(body_[t.begin]) < 0x80;
  return Active(t.month_lang) && (!latin || t.upper) ? t.month : 0;
}

int TokenText::Mark(size_t i) const {
  return i < toks_.size() && toks_[i].kind == Tok::kMark ? toks_[i].value : 0;
}

size_t TokenText::SkipOrdinal(size_t i) const {
  bool joined = i < toks_.size() && toks_[i].begin == toks_[i - 1].end;
  return joined && Is(i, kOrdinal) ? i + 1 : i;
}

size_t TokenText::YearAt(size_t i, int month_lang, int* year,
                         bool* buddhist) const {
  while (Is(i, kFiller)) ++i;
  if (!IsNumber(i)) return 0;
  int value = toks_[i].value, digits = toks_[i].digits;
  *buddhist = (digits == 4 && value >= 2400 && value <= 2700) ||
              (digits == 2 && month_lang == thai_ && thai_ >= 0);
  if (digits == 4 && value >= 1900 && value <= 2100) {
    *year = value;
  } else if (*buddhist) {
    *year = (digits == 2 ? 2500 + value : value) - 543;
  } else {
    return 0;
  }
  return i + 1;
}

bool TokenText::Contains(WordKind kind, size_t from, size_t to) const {
  for (const Phrase& p : w_.words[kind])
    if (Active(p.lang) && FoundWord(p.text, from, to)) return true;
  return false;
}

bool TokenText::StartsWith(WordKind kind, size_t from) const {
  while (from < folded_.size() && folded_[from] == ' ') ++from;
  std::string_view rest = std::string_view(folded_).substr(from);
  for (const Phrase& p : w_.words[kind])
    if (Active(p.lang) && rest.starts_with(p.text)) return true;
  return false;
}

std::pair<size_t, size_t> TokenText::Sentence(size_t begin, size_t end,
                                              size_t reach) const {
  size_t low = begin > reach ? begin - reach : 0;
  while (begin > low && !EndsSentence(begin)) --begin;
  size_t high = std::min(folded_.size(), end + reach);
  while (end < high && !EndsSentence(end)) ++end;
  return {begin, end};
}

// True when a sentence ends right before byte p: after a newline, ! ? ; or
// their full-width forms, or ". " after a word of 5+ letters (not "Prof. ",
// "Sept. ").
bool TokenText::EndsSentence(size_t p) const {
  std::string_view s = folded_;
  if (p == 0 || p >= s.size()) return true;
  char c = s[p - 1];
  if (c == '\n' || c == '!' || c == '?' || c == ';') return true;
  if (p >= 3) {
    std::string_view wide = s.substr(p - 3, 3);
    if (wide == "。" || wide == "！" || wide == "？" || wide == "；")
      return true;
  }
  if (c != '.' || s[p] != ' ' || p < 6) return false;
  for (size_t q = p - 6; q < p - 1; ++q)
    if (s[q] < 'a' || s[q] > 'z') return false;
  return true;
}

// `phrase` in folded_[from, to); Latin and Cyrillic phrases only at the start
// of a word ("held" not in "upheld"), Thai and Han phrases anywhere.
bool TokenText::FoundWord(std::string_view phrase, size_t from,
                          size_t to) const {
  std::string_view s = std::string_view(folded_).substr(0, to);
  int digit = 0;
  size_t len = 0;
  bool alpha = Classify(Decode(phrase, 0, &len), &digit) == Cls::kAlpha;
  for (size_t p = s.find(phrase, from); p != std::string_view::npos;
       p = s.find(phrase, p + 1)) {
    if (!alpha || p == 0) return true;
    size_t q = p - 1;
    while (q > 0 && q + 3 >= p &&
           (static_cast<unsigned char>(s[q]) & 0xC0) == 0x80)
      --q;
    Cls before = Classify(Decode(s, q, &len), &digit);
    if (before != Cls::kAlpha && before != Cls::kDigit) return true;
  }
  return false;
}

}  // namespace annals::indexer::event_date
