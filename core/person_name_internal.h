// Helpers shared by the person-name files (honorifics, keys, romanisation
// tables, comparison). Not for use outside core/person_name*.
#pragma once

#include <unicode/unistr.h>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace annals::core {

// SplitHonorific on ICU text.
void SplitHonorificUnicode(const icu::UnicodeString& u,
                           icu::UnicodeString* honorific,
                           icu::UnicodeString* name);

std::string ToUtf8(const icu::UnicodeString& u);

// The words of a key (split at spaces) and their join.
std::vector<std::string> SplitWords(std::string_view key);
std::string Join(const std::vector<std::string>& words, size_t begin,
                 size_t end, const char* sep = " ");

// Pinyin shape: a word's syllables, longest first ({} when it is not
// pinyin); a key all of whose words are pinyin.
bool IsPinyinSyllable(std::string_view s);
std::vector<std::string> PinyinSyllables(std::string_view w);
bool IsPinyinKey(const std::vector<std::string>& words);
bool IsAsciiKey(std::string_view s);

// A Chinese name written in Cyrillic by the Palladius system ("Ли Сюнь",
// "Чэнь Цзюнь", "Оуян Минхуа"), as its pinyin key ("li xun"); nullopt when
// the name is not shaped like one (a Chinese surname, then a given name of
// one or two syllables). Input is lower case.
std::optional<std::string> PalladiusToPinyin(const icu::UnicodeString& name);

// Thai script romanised after the Royal Thai General System (lower-case
// ASCII words; see person_name_thai.cc for the few deviations).
std::string ThaiToLatin(const icu::UnicodeString& name);

}  // namespace annals::core
