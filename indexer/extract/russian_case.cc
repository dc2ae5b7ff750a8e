// Russian names back to the nominative. The case is read from the words
// whose endings are unambiguous (a patronymic, an -ым or -овой surname, a
// given name in -ем), then every word of the name is rewritten for that case
// and gender. A word whose ending fits no rule is kept as written.
#include "indexer/extract/russian_case.h"

#include <array>
#include <optional>
#include <vector>

#include "indexer/extract/text_scan.h"

namespace annals::indexer::people {
namespace {

enum class Gender { kMale, kFemale };
enum class Case { kGenitive, kDative, kInstrumental, kPrepositional, kOblique };

struct Form {
  Gender gender;
  Case grammatical_case;
};

struct Ending {
  std::string_view from;
  std::string_view to;
};

bool IsCyrillicWord(std::string_view word) {
  if (word.empty()) return false;
  for (size_t pos = 0; pos < word.size();) {
    CodePoint cp = DecodeAt(word, pos);
    if (!IsCyrillic(cp.c) && cp.c != U'-') return false;
    pos += cp.len;
  }
  return true;
}

// True when the stem (the word without its last `ending_bytes`) ends in a
// consonant: "Шубин|а" is a genitive, "Марченк|о" and "Дюм|а" are not cut.
bool StemEndsInConsonant(std::string_view word, size_t ending_bytes) {
  if (word.size() <= ending_bytes + 2) return false;
  std::string_view stem = word.substr(0, word.size() - ending_bytes);
  static constexpr std::string_view kVowels = "аеёиоуыэюяйьъ";
  std::string_view last = stem.substr(stem.size() - 2);
  return kVowels.find(last) == std::string_view::npos;
}

// The first ending of the table that the word has, replaced; nullopt when
// none fits or nothing but the ending would be left.
std::optional<std::string> Replace(std::string_view word,
                                   const std::vector<Ending>& table) {
  for (const Ending& e : table) {
    if (word.size() > e.from.size() + 2 && word.ends_with(e.from)) {
      std::string out(word.substr(0, word.size() - e.from.size()));
      out += e.to;
      return out;
    }
  }
  return std::nullopt;
}

// A consonant-stem ending cut off ("Иван|ом", "Шубин|у"); nullopt when the
// word does not end so or its stem ends in a vowel.
std::optional<std::string> CutAfterConsonant(std::string_view word,
                                             std::string_view ending) {
  if (!word.ends_with(ending) || !StemEndsInConsonant(word, ending.size())) {
    return std::nullopt;
  }
  return std::string(word.substr(0, word.size() - ending.size()));
}

// The stem of a patronymic and at most the longest case ending after it.
bool HasPatronymicStem(std::string_view word) {
  for (std::string_view stem : {"ович", "евич", "ьич", "овн", "евн", "ичн"}) {
    size_t at = word.rfind(stem);
    if (at != std::string_view::npos && at > 0 &&
        word.size() - at - stem.size() <= std::string_view("ой").size()) {
      return true;
    }
  }
  return false;
}

std::optional<Form> FormOfPatronymic(std::string_view word) {
  static const std::array<std::pair<std::string_view, Form>, 8> kEndings = {{
      {"ичем", {Gender::kMale, Case::kInstrumental}},
      {"ича", {Gender::kMale, Case::kGenitive}},
      {"ичу", {Gender::kMale, Case::kDative}},
      {"иче", {Gender::kMale, Case::kPrepositional}},
      {"ной", {Gender::kFemale, Case::kInstrumental}},
      {"ны", {Gender::kFemale, Case::kGenitive}},
      {"не", {Gender::kFemale, Case::kDative}},
      {"ну", {Gender::kFemale, Case::kOblique}},
  }};
  if (!HasPatronymicStem(word)) return std::nullopt;
  for (const auto& [ending, form] : kEndings) {
    if (word.ends_with(ending)) return form;
  }
  return std::nullopt;
}

std::optional<Form> FormOfSurname(std::string_view word) {
  for (std::string_view e : {"овым", "евым", "ёвым", "иным", "ским", "цким"}) {
    if (word.ends_with(e)) return Form{Gender::kMale, Case::kInstrumental};
  }
  for (std::string_view e : {"ского", "цкого"}) {
    if (word.ends_with(e)) return Form{Gender::kMale, Case::kGenitive};
  }
  for (std::string_view e : {"скому", "цкому"}) {
    if (word.ends_with(e)) return Form{Gender::kMale, Case::kDative};
  }
  for (std::string_view e : {"овой", "евой", "ёвой", "иной", "ской"}) {
    if (word.ends_with(e)) return Form{Gender::kFemale, Case::kOblique};
  }
  return std::nullopt;
}

// Only endings that no nominative given name has: "Артем" ends in -ем.
std::optional<Form> FormOfGivenName(std::string_view word) {
  if (word.ends_with("ея")) return Form{Gender::kMale, Case::kGenitive};
  if (CutAfterConsonant(word, "ом") || word.ends_with("еем") ||
      word.ends_with("ием")) {
    return Form{Gender::kMale, Case::kInstrumental};
  }
  return std::nullopt;
}

std::string MaleGivenName(std::string_view word, Case c) {
  static const std::vector<Ending> kGenitive = {
      {"ия", "ий"}, {"ея", "ей"}, {"ая", "ай"}, {"я", "ь"}};
  static const std::vector<Ending> kDative = {
      {"ию", "ий"}, {"ею", "ей"}, {"аю", "ай"}, {"ю", "ь"}};
  static const std::vector<Ending> kInstrumental = {
      {"ием", "ий"}, {"еем", "ей"}, {"аем", "ай"}};
  static const std::vector<Ending> kPrepositional = {
      {"ии", "ий"}, {"ее", "ей"}, {"ае", "ай"}};
  std::optional<std::string> out;
  switch (c) {
    case Case::kGenitive:
      out = Replace(word, kGenitive);
      if (!out) out = CutAfterConsonant(word, "а");
      break;
    case Case::kDative:
      out = Replace(word, kDative);
      if (!out) out = CutAfterConsonant(word, "у");
      break;
    case Case::kInstrumental:
      out = Replace(word, kInstrumental);
      if (!out) out = CutAfterConsonant(word, "ом");
      if (!out && word.ends_with("ем") && StemEndsInConsonant(word, 4)) {
        out = std::string(word.substr(0, word.size() - 4)) + "ь";  // Игорем
      }
      break;
    case Case::kPrepositional:
      out = Replace(word, kPrepositional);
      if (!out) out = CutAfterConsonant(word, "е");
      break;
    case Case::kOblique:
      break;
  }
  if (!out) return std::string(word);
  // The names whose stem loses a vowel: Павла → Павел, Льва → Лев.
  if (*out == "Павл") return "Павел";
  if (*out == "Льв") return "Лев";
  return *out;
}

std::string MaleSurname(std::string_view word, Case c) {
  static const std::vector<Ending> kAdjectival = {
      {"ского", "ский"}, {"цкого", "цкий"}, {"скому", "ский"},
      {"цкому", "цкий"}, {"ским", "ский"},  {"цким", "цкий"},
      {"ском", "ский"},  {"цком", "цкий"}};
  if (std::optional<std::string> out = Replace(word, kAdjectival)) return *out;
  std::string_view ending;
  switch (c) {
    case Case::kGenitive:
      ending = "а";
      break;
    case Case::kDative:
      ending = "у";
      break;
    case Case::kInstrumental:
      ending = word.ends_with("ым") ? "ым" : "ом";
      break;
    case Case::kPrepositional:
      ending = "е";
      break;
    case Case::kOblique:
      return std::string(word);
  }
  return CutAfterConsonant(word, ending).value_or(std::string(word));
}

std::string MalePatronymic(std::string_view word) {
  static const std::vector<Ending> kEndings = {
      {"ичем", "ич"}, {"ича", "ич"}, {"ичу", "ич"}, {"иче", "ич"}};
  return Replace(word, kEndings).value_or(std::string(word));
}

std::string FemaleGivenName(std::string_view word) {
  if (word.ends_with("а") || word.ends_with("я")) return std::string(word);
  static const std::vector<Ending> kEndings = {
      {"ией", "ия"}, {"ьей", "ья"}, {"ии", "ия"}, {"ью", "ья"}, {"ье", "ья"},
      {"ьи", "ья"},  {"ию", "ия"},  {"ой", "а"},  {"ей", "я"},  {"ы", "а"},
      {"е", "а"},    {"у", "а"},    {"ю", "я"}};
  if (word.ends_with("и") && word.size() > 4) {
    std::string_view before = word.substr(word.size() - 4, 2);
    static constexpr std::string_view kVelarsAndSibilants = "кгхжшчщ";
    bool hard = kVelarsAndSibilants.find(before) != std::string_view::npos;
    std::string out(word.substr(0, word.size() - 2));
    if (!word.ends_with("ии") && !word.ends_with("ьи")) {
      return out + (hard ? "а" : "я");  // Ольги → Ольга, Кати → Катя
    }
  }
  return Replace(word, kEndings).value_or(std::string(word));
}

std::string FemalePatronymic(std::string_view word) {
  static const std::vector<Ending> kEndings = {
      {"ной", "на"}, {"ны", "на"}, {"не", "на"}, {"ну", "на"}};
  return Replace(word, kEndings).value_or(std::string(word));
}

std::string FemaleSurname(std::string_view word) {
  static const std::vector<Ending> kEndings = {
      {"овой", "ова"},  {"евой", "ева"},  {"ёвой", "ёва"}, {"иной", "ина"},
      {"ской", "ская"}, {"цкой", "цкая"}, {"ову", "ова"},  {"еву", "ева"},
      {"ину", "ина"},   {"скую", "ская"}, {"цкую", "цкая"}};
  return Replace(word, kEndings).value_or(std::string(word));
}

std::vector<std::string_view> SplitWords(std::string_view name) {
  std::vector<std::string_view> words;
  size_t pos = 0;
  while (pos < name.size()) {
    size_t end = name.find(' ', pos);
    if (end == std::string_view::npos) end = name.size();
    if (end > pos) words.push_back(name.substr(pos, end - pos));
    pos = end + 1;
  }
  return words;
}

}  // namespace

bool IsRussianPatronymic(std::string_view word) {
  return HasPatronymicStem(word);
}

std::string RussianNominative(std::string_view name) {
  std::vector<std::string_view> words = SplitWords(name);
  if (words.empty() || words.size() > 3) return std::string(name);
  for (std::string_view word : words) {
    if (!IsCyrillicWord(word)) return std::string(name);
  }
  bool has_patronymic = false;
  std::optional<Form> form;
  if (words.size() == 3) {
    form = FormOfPatronymic(words[1]);
    has_patronymic = form.has_value();
  }
  if (!form) form = FormOfSurname(words.back());
  if (!form && words.size() >= 2) form = FormOfGivenName(words.front());
  if (!form) return std::string(name);

  std::string out;
  for (size_t i = 0; i < words.size(); ++i) {
    bool surname = i + 1 == words.size();
    bool patronymic = has_patronymic && i == 1;
    std::string word;
    if (form->gender == Gender::kMale) {
      word = patronymic ? MalePatronymic(words[i])
             : surname  ? MaleSurname(words[i], form->grammatical_case)
                        : MaleGivenName(words[i], form->grammatical_case);
    } else {
      word = patronymic ? FemalePatronymic(words[i])
             : surname  ? FemaleSurname(words[i])
                        : FemaleGivenName(words[i]);
    }
    if (!out.empty()) out += ' ';
    out += word;
  }
  return out;
}

}  // namespace annals::indexer::people
