// Cutting and folding the words of country names and texts.
#include "core/country_words.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cctype>

#include "core/utf8.h"

namespace annals::core::country_words {
namespace {

bool IsJoiner(UChar32 c) {
  if (c < 0x80)
    return std::string_view(" \t\r\n-'.&").find(char(c)) !=
           std::string_view::npos;
  return u_isUWhiteSpace(c) || c == 0x2019 || c == 0x02BC ||
         (c >= 0x2010 && c <= 0x2014);
}

bool IsWordChar(UChar32 c) {
  if (c < 0x80) return std::isalnum(c) != 0;
  int8_t type = u_charType(c);
  return u_isalnum(c) || type == U_NON_SPACING_MARK ||
         type == U_COMBINING_SPACING_MARK || c == 0x200C || c == 0x200D;
}

bool IsInheritedMark(UChar32 c) {
  UErrorCode status = U_ZERO_ERROR;
  return u_charType(c) == U_NON_SPACING_MARK &&
         uscript_getScript(c, &status) == USCRIPT_INHERITED &&
         U_SUCCESS(status);
}

// Appends one code point of a word, case- and accent-folded.
void AppendFolded(UChar32 c, std::string& out) {
  if (c < 0x80) return out.push_back(static_cast<char>(std::tolower(c)));
  if (c >= 0x400 && c < 0x460) {  // Russian, quickly: ё -> е, й -> и
    if (c < 0x410) c += 0x50;
    if (c < 0x430) c += 0x20;
    if (c == 0x439) c = 0x438;
    if (c == 0x450 || c == 0x451) c = 0x435;
    return AppendUtf8(static_cast<char32_t>(c), &out);
  }
  c = u_foldCase(c, U_FOLD_CASE_DEFAULT);
  // Letters without a decomposition, and Arabic -> Persian letter forms; ""
  // drops tatweel, ZWNJ and ZWJ.
  static constexpr std::pair<UChar32, const char*> kByHand[] = {
      {0xDF, "ss"}, {0xE6, "ae"}, {0x153, "oe"}, {0xF0, "d"}, {0x111, "d"},
      {0xF8, "o"},  {0x142, "l"}, {0x131, "i"},  {0x640, ""}, {0x200C, ""},
      {0x200D, ""}, {0x649, "ی"}, {0x64A, "ی"},  {0x643, "ک"}};
  for (const auto& [from, to] : kByHand) {
    if (c != from) continue;
    out += to;
    return;
  }
  if (IsInheritedMark(c)) return;
  if (c < 0x2000) {  // Latin, Greek: drop accents
    static const icu::Normalizer2* const nfd = [] {
      UErrorCode status = U_ZERO_ERROR;
      const icu::Normalizer2* n = icu::Normalizer2::getNFDInstance(status);
      return U_SUCCESS(status) ? n : nullptr;
    }();
    icu::UnicodeString parts;
    if (nfd != nullptr && nfd->getDecomposition(c, parts)) {
      for (int32_t i = 0; i < parts.length(); i = parts.moveIndex32(i, 1))
        if (!IsInheritedMark(parts.char32At(i)))
          AppendUtf8(static_cast<char32_t>(parts.char32At(i)), &out);
      return;
    }
  }
  AppendUtf8(static_cast<char32_t>(c), &out);
}

}  // namespace

bool IsHan(UChar32 c) {
  return (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) ||
         (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x323AF);
}
bool IsThai(UChar32 c) { return c >= 0x0E01 && c <= 0x0E5B; }

Tokens Tokenize(std::string_view text) {
  Tokens tokens;
  std::vector<Token>& list = tokens.list;
  std::string& folded = tokens.folded;
  bool in_token = false, after_word = false;
  size_t space_at = 0;
  auto close = [&] {  // drops a word that folded to nothing
    if (in_token && list.back().kind == Kind::kWord &&
        list.back().fold_begin == list.back().fold_end) {
      folded.resize(space_at);
      list.pop_back();
    }
  };
  for (size_t i = 0; i < text.size();) {
    size_t start = i;
    Utf8Char decoded = DecodeUtf8(text, i);
    UChar32 c = decoded.c;
    i += decoded.length;
    Kind kind = IsHan(c) ? Kind::kHan : IsThai(c) ? Kind::kThai : Kind::kWord;
    if (c < 0 || (kind == Kind::kWord && !IsWordChar(c))) {
      bool was_word = in_token && list.back().kind == Kind::kWord;
      after_word =
          (was_word || (!in_token && after_word)) && c >= 0 && IsJoiner(c);
      close();
      in_token = false;
      continue;
    }
    if (!in_token || list.back().kind != kind) {
      close();
      Token& t = list.emplace_back();
      t.begin = start;
      t.kind = kind;
      t.joined = kind == Kind::kWord && !in_token && after_word;
      space_at = folded.size();
      if (kind == Kind::kWord && !folded.empty()) folded += ' ';
      t.fold_begin = t.fold_end = folded.size();
      in_token = true;
      after_word = false;
    }
    Token& t = list.back();
    t.end = i;
    if (kind == Kind::kWord) {
      AppendFolded(c, folded);
      t.fold_end = folded.size();
    }
  }
  close();
  return tokens;
}

std::string KeyOf(std::string_view text, const Tokens& tokens) {
  const std::vector<Token>& list = tokens.list;
  if (list.empty()) return "";
  Kind kind = list[0].kind;
  if (std::any_of(list.begin(), list.end(),
                  [kind](const Token& t) { return t.kind != kind; }))
    return "";
  if (kind == Kind::kWord) return std::string(tokens.Words(0, list.size() - 1));
  std::string key;
  for (const Token& t : list) key += text.substr(t.begin, t.end - t.begin);
  return key.size() >= 6 ? key : "";  // not one character
}

bool IsCyrillicWord(const Tokens& tokens, size_t i) {
  std::string_view w = tokens.Word(i);
  return tokens.list[i].kind == Kind::kWord && !w.empty() &&
         static_cast<uint8_t>(w[0]) >= 0xD0 &&
         static_cast<uint8_t>(w[0]) <= 0xD3;
}

std::string StemOf(std::string_view text, const Tokens& tokens) {
  if (tokens.list.size() != 1 || !IsCyrillicWord(tokens, 0)) return "";
  const Token& t = tokens.list[0];
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  int32_t end = static_cast<int32_t>(t.end);
  UChar32 last;
  U8_PREV(s, static_cast<int32_t>(t.begin), end, last);
  last = u_tolower(last);
  std::string stem(tokens.Word(0));
  if (std::u32string_view(U"аяйь").find(last) != std::u32string_view::npos) {
    stem.resize(stem.size() - 2);  // the folded last letter is 2 bytes
  } else if (last < 0x430 || last > 0x44F ||
             std::u32string_view(U"еиоуыэю").find(last) !=
                 std::u32string_view::npos) {
    return "";  // indeclinable (Мали, Перу)
  }
  return stem.size() >= 8 ? stem : "";  // 4+ letters
}

}  // namespace annals::core::country_words
