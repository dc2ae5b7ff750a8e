// The shared analyzer: ICU word segmentation and normalisation, Xapian stems.
#include "core/text_analyzer.h"

#include <unicode/brkiter.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/ustring.h>
#include <xapian.h>

#include <algorithm>
#include <array>
#include <map>
#include <mutex>
#include <stdexcept>

#include "core/utf8.h"

namespace annals::core {
namespace {

// UTF-16 text with, for every code unit, the byte offset of its code point in
// the original UTF-8, so that tokens can point back into the original.
struct MappedText {
  icu::UnicodeString text;
  std::vector<size_t> offsets;  // size() == text.length() + 1
};

// Characters that must separate words although ICU would join over them
// (format characters are ignored by UAX #29, so U+200B glues two words).
bool IsForcedSeparator(UChar32 c) {
  return c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 ||
         c == 0xFEFF || c == 0x00AD || c < 0x20 || c == 0x7F;
}

MappedText Decode(std::string_view utf8) {
  MappedText mapped;
  mapped.offsets.reserve(utf8.size() + 1);
  for (size_t start = 0; start < utf8.size();) {
    Utf8Char decoded = DecodeUtf8(utf8, start);
    UChar32 c = decoded.c;
    if (c < 0 || IsForcedSeparator(c)) c = ' ';  // invalid UTF-8 separates
    if (c == 0x2019 || c == 0x02BC) c = '\'';    // typographic apostrophe
    mapped.text.append(c);
    mapped.offsets.push_back(start);
    if (U16_LENGTH(c) == 2) mapped.offsets.push_back(start);
    start += decoded.length;
  }
  mapped.offsets.push_back(utf8.size());
  return mapped;
}

Script ScriptOfCodePoint(UChar32 c) {
  if (u_isdigit(c)) return Script::kNumber;
  UErrorCode status = U_ZERO_ERROR;
  UScriptCode code = uscript_getScript(c, &status);
  if (U_FAILURE(status)) return Script::kOther;
  switch (code) {
    case USCRIPT_LATIN:
      return Script::kLatin;
    case USCRIPT_HAN:
    case USCRIPT_HIRAGANA:
    case USCRIPT_KATAKANA:
    case USCRIPT_HANGUL:
      return Script::kHan;
    case USCRIPT_CYRILLIC:
      return Script::kCyrillic;
    case USCRIPT_THAI:
      return Script::kThai;
    case USCRIPT_ARABIC:
      return Script::kArabic;
    default:
      return Script::kOther;
  }
}

// A letter ICU's word breaker segments with a dictionary: Han and kana (the
// Chinese-Japanese dictionary) and the scripts written without spaces that
// line breaking calls complex context (Thai, Lao, Khmer, Myanmar).
bool IsDictionaryLetter(UChar32 c) {
  if (c < 0x0E00) return false;  // none below Thai
  UErrorCode status = U_ZERO_ERROR;
  UScriptCode code = uscript_getScript(c, &status);
  if (code == USCRIPT_HAN || code == USCRIPT_HIRAGANA ||
      code == USCRIPT_KATAKANA)
    return true;
  return u_getIntPropertyValue(c, UCHAR_WORD_BREAK) == U_WB_KATAKANA ||
         u_getIntPropertyValue(c, UCHAR_LINE_BREAK) == U_LB_COMPLEX_CONTEXT;
}

bool HasLetterOrDigit(const icu::UnicodeString& text, int32_t begin,
                      int32_t end) {
  for (int32_t i = begin; i < end;) {
    UChar32 c = text.char32At(i);
    if (u_isalnum(c)) return true;
    i += U16_LENGTH(c);
  }
  return false;
}

std::string ToUtf8(const icu::UnicodeString& text) {
  std::string out;
  text.toUTF8String(out);
  return out;
}

// Xapian stemmer names by language subtag.
const std::map<std::string, std::string, std::less<>>& StemmerNames() {
  static const std::map<std::string, std::string, std::less<>> kNames = {
      {"en", "english"},    {"ru", "russian"},    {"fr", "french"},
      {"de", "german"},     {"es", "spanish"},    {"it", "italian"},
      {"pt", "portuguese"}, {"nl", "dutch"},      {"sv", "swedish"},
      {"da", "danish"},     {"no", "norwegian"},  {"nb", "norwegian"},
      {"fi", "finnish"},    {"hu", "hungarian"},  {"ro", "romanian"},
      {"tr", "turkish"},    {"id", "indonesian"}, {"ms", "indonesian"},
  };
  return kNames;
}

std::string_view PrimarySubtag(std::string_view tag) {
  size_t cut = tag.find_first_of("-_");
  return cut == std::string_view::npos ? tag : tag.substr(0, cut);
}

// The stemmer for a script, given the document's language.
std::string StemmerFor(Script script, std::string_view language) {
  std::string lang(PrimarySubtag(language));
  for (char& c : lang) c = static_cast<char>(std::tolower(c));
  if (script == Script::kCyrillic) return "russian";
  if (script != Script::kLatin) return "";
  if (lang.empty() || lang == "ru") return "english";
  auto it = StemmerNames().find(lang);
  return it == StemmerNames().end() ? "english" : it->second;
}

// Xapian::Stem objects are not safe to share between threads: one set per
// thread, built on first use.
std::string StemWith(const std::string& stemmer, const std::string& word) {
  thread_local std::map<std::string, Xapian::Stem> stemmers;
  auto it = stemmers.find(stemmer);
  if (it == stemmers.end())
    it = stemmers.emplace(stemmer, Xapian::Stem(stemmer)).first;
  return it->second(word);
}

}  // namespace

struct TextAnalyzer::Impl {
  const icu::Normalizer2* nfkc_casefold = nullptr;
  const icu::Normalizer2* nfd = nullptr;
  const icu::Normalizer2* nfc = nullptr;
  std::unique_ptr<icu::BreakIterator> word_breaker;  // never used directly
  std::mutex clone_mutex;

  // A per-thread clone of the word breaker (BreakIterator is not
  // thread-safe); all analyzers are built alike so one clone per thread
  // serves every instance.
  icu::BreakIterator* Breaker() {
    thread_local std::unique_ptr<icu::BreakIterator> local;
    if (!local) {
      std::lock_guard<std::mutex> lock(clone_mutex);
      local.reset(word_breaker->clone());
    }
    return local.get();
  }

  std::string NormalizeWord(const icu::UnicodeString& word) const;
  void SplitAtDots(const MappedText& mapped, int32_t begin, int32_t end,
                   std::vector<std::pair<int32_t, int32_t>>* pieces) const;
};

TextAnalyzer::TextAnalyzer() : impl_(std::make_unique<Impl>()) {
  UErrorCode status = U_ZERO_ERROR;
  impl_->nfkc_casefold = icu::Normalizer2::getNFKCCasefoldInstance(status);
  impl_->nfd = icu::Normalizer2::getNFDInstance(status);
  impl_->nfc = icu::Normalizer2::getNFCInstance(status);
  impl_->word_breaker.reset(
      icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
  if (U_FAILURE(status) || !impl_->word_breaker) {
    throw std::runtime_error(std::string("ICU analyzer set-up failed: ") +
                             u_errorName(status));
  }
}

TextAnalyzer::~TextAnalyzer() = default;

const TextAnalyzer& TextAnalyzer::Default() {
  static const TextAnalyzer kAnalyzer;
  return kAnalyzer;
}

std::string TextAnalyzer::Impl::NormalizeWord(
    const icu::UnicodeString& word) const {
  // ASCII fast path: NFKC leaves ASCII alone and case folding lowers A-Z,
  // so the result is the same as ICU's below.
  std::string ascii;
  ascii.reserve(static_cast<size_t>(word.length()));
  for (int32_t i = 0; i < word.length(); ++i) {
    char16_t c = word.charAt(i);
    if (c >= 0x80) {
      ascii.clear();
      break;
    }
    ascii += static_cast<char>(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
  }
  if (!ascii.empty() || word.isEmpty()) return ascii;
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString folded = nfkc_casefold->normalize(word, status);
  if (U_FAILURE(status)) return "";
  bool latin_marks = false;
  for (int32_t i = 0; i < folded.length(); ++i) {
    char16_t c = folded.charAt(i);
    if (c == 0x0451)
      folded.setCharAt(i, 0x0435);  // ё -> е
    else if (c == 0x064A)
      folded.setCharAt(i, 0x06CC);  // ي -> ی
    else if (c == 0x0649)
      folded.setCharAt(i, 0x06CC);  // ى -> ی
    else if (c == 0x0643)
      folded.setCharAt(i, 0x06A9);  // ك -> ک
    else if (c == 0x0111)
      folded.setCharAt(i, 'd');  // đ -> d
    else if (c >= 0xC0 && c < 0x250)
      latin_marks = true;
    else if (c >= 0x1E00 && c < 0x1F00)
      latin_marks = true;
  }
  if (latin_marks) {
    // Latin diacritics are folded (Nguyễn = nguyen); Cyrillic й stays.
    icu::UnicodeString decomposed = nfd->normalize(folded, status);
    icu::UnicodeString bare;
    bool base_is_latin = false;
    for (int32_t i = 0; i < decomposed.length(); ++i) {
      char16_t c = decomposed.charAt(i);
      bool combining = c >= 0x0300 && c < 0x0370;
      if (!combining) base_is_latin = c < 0x250 || (c >= 0x1E00 && c < 0x1F00);
      if (!(combining && base_is_latin)) bare.append(c);
    }
    folded = nfc->normalize(bare, status);
    if (U_FAILURE(status)) return "";
  }
  return ToUtf8(folded);
}

// Splits a segment at full stops between letters ("Prof.Ma", "Dr.Ivanova"),
// keeping decimal numbers ("3.5") whole.
void TextAnalyzer::Impl::SplitAtDots(
    const MappedText& mapped, int32_t begin, int32_t end,
    std::vector<std::pair<int32_t, int32_t>>* pieces) const {
  int32_t piece_begin = begin;
  for (int32_t i = begin; i < end; ++i) {
    char16_t c = mapped.text.charAt(i);
    if (c != '.' && c != 0xFF0E && c != 0x3002) continue;
    bool digits_around = i > begin && i + 1 < end &&
                         u_isdigit(mapped.text.charAt(i - 1)) &&
                         u_isdigit(mapped.text.charAt(i + 1));
    if (digits_around) continue;
    if (piece_begin < i) pieces->emplace_back(piece_begin, i);
    piece_begin = i + 1;
  }
  if (piece_begin < end) pieces->emplace_back(piece_begin, end);
}

std::vector<Token> TextAnalyzer::Analyze(std::string_view text,
                                         std::string_view language,
                                         uint32_t first_position) const {
  std::vector<Token> tokens;
  if (text.empty()) return tokens;
  MappedText mapped = Decode(text);
  icu::BreakIterator* breaker = impl_->Breaker();
  breaker->setText(mapped.text);
  uint32_t position = first_position;
  std::vector<std::pair<int32_t, int32_t>> pieces;
  int32_t begin = breaker->first();
  for (int32_t end = breaker->next(); end != icu::BreakIterator::DONE;
       begin = end, end = breaker->next()) {
    if (!HasLetterOrDigit(mapped.text, begin, end)) continue;
    pieces.clear();
    impl_->SplitAtDots(mapped, begin, end, &pieces);
    for (auto [piece_begin, piece_end] : pieces) {
      if (!HasLetterOrDigit(mapped.text, piece_begin, piece_end)) continue;
      icu::UnicodeString word(mapped.text, piece_begin,
                              piece_end - piece_begin);
      Token token;
      token.term = impl_->NormalizeWord(word);
      if (token.term.empty()) continue;
      token.script = ScriptOf(token.term);
      token.stem = Stem(token.term, token.script, language);
      token.position = position++;
      token.begin = mapped.offsets[piece_begin];
      token.end = mapped.offsets[piece_end];
      tokens.push_back(std::move(token));
    }
  }
  return tokens;
}

std::vector<Token> TextAnalyzer::AnalyzeOutsideDictionaryScripts(
    std::string_view text) const {
  std::vector<Token> tokens;
  size_t length = text.size();
  uint32_t position = 1;
  auto analyze_other = [&](size_t begin, size_t end) {
    if (begin == end) return;
    std::string_view piece = text.substr(begin, end - begin);
    for (Token& token : Analyze(piece, "", position)) {
      token.begin += begin;
      token.end += begin;
      position = token.position + 1;
      tokens.push_back(std::move(token));
    }
  };
  size_t other_begin = 0;
  size_t i = 0;
  while (i < length) {
    size_t start = i;
    Utf8Char c = DecodeUtf8(text, i);
    i += c.length;
    if (c.c < 0 || !IsDictionaryLetter(c.c)) continue;
    analyze_other(other_begin, start);
    // The run, two letters a token.
    size_t token_begin = start;
    int letters = 1;
    while (true) {
      size_t next = i;
      int32_t d = -1;
      if (next < length) {
        Utf8Char decoded = DecodeUtf8(text, next);
        d = decoded.c;
        next += decoded.length;
      }
      bool in_run = d >= 0 && IsDictionaryLetter(d);
      if (!in_run || letters == 2) {
        Token token;
        token.term = std::string(text.substr(token_begin, i - token_begin));
        token.script = ScriptOf(token.term);
        token.position = position++;
        token.begin = token_begin;
        token.end = i;
        tokens.push_back(std::move(token));
        token_begin = i;
        letters = 0;
      }
      if (!in_run) break;
      i = next;
      ++letters;
    }
    other_begin = i;
  }
  analyze_other(other_begin, length);
  return tokens;
}

std::string TextAnalyzer::Normalize(std::string_view text) const {
  MappedText mapped = Decode(text);
  return impl_->NormalizeWord(mapped.text);
}

std::string TextAnalyzer::Stem(std::string_view term, Script script,
                               std::string_view language) const {
  std::string stemmer = StemmerFor(script, language);
  if (stemmer.empty()) return std::string(term);
  std::string stem = StemWith(stemmer, std::string(term));
  return stem.empty() ? std::string(term) : stem;
}

std::vector<std::string> TextAnalyzer::Bigrams(std::string_view term) {
  std::vector<std::string> chars;
  for (size_t i = 0; i < term.size();) {
    size_t start = i;
    Utf8Char decoded = DecodeUtf8(term, i);
    int32_t c = decoded.c;
    i += decoded.length;
    // Thai combining vowels and tone marks belong to the previous letter.
    if (c >= 0 && !chars.empty() && u_charType(c) == U_NON_SPACING_MARK) {
      chars.back().append(term.substr(start, i - start));
      continue;
    }
    chars.emplace_back(term.substr(start, i - start));
  }
  std::vector<std::string> bigrams;
  if (chars.size() == 1) bigrams.push_back(chars[0]);
  for (size_t i = 0; i + 1 < chars.size(); ++i) {
    bigrams.push_back(chars[i] + chars[i + 1]);
  }
  return bigrams;
}

Script TextAnalyzer::ScriptOf(std::string_view term) {
  Script fallback = Script::kOther;
  for (size_t i = 0; i < term.size();) {
    Utf8Char decoded = DecodeUtf8(term, i);
    int32_t c = decoded.c;
    i += decoded.length;
    if (c < 0) continue;
    Script script = ScriptOfCodePoint(c);
    if (script == Script::kNumber) {
      fallback = Script::kNumber;
      continue;
    }
    if (script != Script::kOther) return script;
  }
  return fallback;
}

std::string TextAnalyzer::DetectLanguage(std::string_view text) {
  std::array<size_t, 7> counts{};
  std::string_view head =
      text.substr(0, std::min<size_t>(text.size(), 1 << 20));
  for (size_t i = 0; i < head.size();) {
    Utf8Char decoded = DecodeUtf8(head, i);
    i += decoded.length;
    int32_t c = decoded.c;
    if (c < 0 || !u_isalpha(c)) continue;
    ++counts[static_cast<size_t>(ScriptOfCodePoint(c))];
  }
  // Han characters carry about three Latin letters' worth of text each.
  size_t han = counts[static_cast<size_t>(Script::kHan)] * 3;
  size_t latin = counts[static_cast<size_t>(Script::kLatin)];
  size_t cyrillic = counts[static_cast<size_t>(Script::kCyrillic)];
  size_t thai = counts[static_cast<size_t>(Script::kThai)];
  size_t arabic = counts[static_cast<size_t>(Script::kArabic)];
  size_t best = std::max({han, latin, cyrillic, thai, arabic});
  if (best == 0 || best == latin) return "en";
  if (best == han) return "zh";
  if (best == cyrillic) return "ru";
  if (best == thai) return "th";
  return "fa";
}

}  // namespace annals::core
