// Countries named in any language -> ISO 3166-1 alpha-2 codes.
//
// The name table joins ICU's localized country names (en, zh, ru, th, fa,
// vi; "Myanmar (Burma)" also gives "Myanmar" and "Burma") with the aliases,
// demonyms, Russian stems, blockers and lookup-only names of
// corpus/data/country_aliases.txt (its format is described in the file).
// Vietnamese ICU names shorter than 6 letters once accents are folded ("Mỹ",
// "Anh", "Đức") are left out: they are common words and given names.
//
// Matching folds case and Latin/Cyrillic accents (ё = е, й = и); hyphens,
// apostrophes and spaces between words are one separator. Han and Thai names
// are matched as written, longest first, anywhere in a run of their script;
// Latin, Cyrillic and Arabic-script names only as whole words.
//
// Russian case forms: a one-word Russian name ending in a consonant, а, я,
// й or ь has a stem (the name without that last letter, 4+ letters left):
// "Таиланд", "Китай" -> "кита", "Россия" -> "росси". A Cyrillic word is that
// country when it is its stem plus one of the noun or adjective case endings
// (а я у ю е и ы ой ей ом ем ам ям ах ях ии ию ие ий ый ая ое ые ого его ому
// ему им ым ую их ых ами ями ией ...): "Таиланда", "во Вьетнаме", "России".
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/status.h"

namespace annals::core {

// A country named in a text, as byte offsets [begin, end) into that text.
struct CountryMention {
  size_t begin = 0, end = 0;
  std::string code;
};

class CountryGazetteer {
 public:
  // The table built from ICU and $ANNALS_DATA_DIR/country_aliases.txt (the
  // build's ANNALS_DATA_DIR when the variable is unset); built once, on first
  // use, thread-safe. When the aliases file cannot be read or is malformed
  // the table holds ICU's names only, and load_status() says why.
  static const CountryGazetteer& Default();

  // Builds a table from ICU's names and the aliases file at `aliases_path`.
  // Errors: the file cannot be read; a line is malformed ("path:12: ...").
  static Result<CountryGazetteer> Load(const std::string& aliases_path);
  // ICU's names only.
  static CountryGazetteer FromIcu();

  // "Thailand", "thai", "TH", "泰国", "Таиланда", "ประเทศไทย" -> "TH"; "" for
  // anything else. Two-letter codes are accepted here (not in FindAll).
  std::string Lookup(std::string_view name) const;

  // Every country mention in `text`, left to right, longest match first,
  // non-overlapping. Two-letter names ("UK", "US") and lookup-only names
  // ("Chad", "Jordan") are not reported. Invalid UTF-8 separates words.
  std::vector<CountryMention> FindAll(std::string_view text) const;

  // "TH" -> "Thailand" (ICU's English name); "" for an unknown code.
  std::string EnglishName(std::string_view code) const;

  const Status& load_status() const { return load_status_; }

 private:
  struct Entry {
    std::string code;  // "" for a blocker
    int priority = 0;  // alias 3 > ICU full name 2 > part of an ICU name 1
    bool ambiguous = false;    // claimed by two codes at the same priority
    bool lookup_only = false;  // known to Lookup, not reported by FindAll
  };
  struct StringHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const {
      return std::hash<std::string_view>{}(s);
    }
  };
  template <typename V>
  using StringMap =
      std::unordered_map<std::string, V, StringHash, std::equal_to<>>;

  CountryGazetteer() = default;
  void AddIcuNames();
  void AddIcuName(std::string_view name, const std::string& code);
  Status AddAliases(const std::string& path);
  // Adds a name (and its Russian stem) unless a higher priority claims it.
  void Add(std::string_view name, const std::string& code, int priority);
  static void Upsert(StringMap<Entry>& map, const std::string& key,
                     const Entry& entry);
  void Finish();
  const Entry* FindStem(std::string_view cyrillic_word) const;
  static void Report(const Entry& entry, size_t begin, size_t end,
                     std::vector<CountryMention>& out);
  void ScanRun(std::string_view text, size_t begin, size_t end,
               std::vector<CountryMention>& out) const;

  StringMap<Entry> names_;  // folded name -> entry
  StringMap<Entry> stems_;  // folded Russian stem -> entry
  // For FindAll: the most words of a name starting with this word, and the
  // byte lengths (longest first) of Han/Thai names starting with this
  // character.
  StringMap<size_t> first_word_;
  std::unordered_map<char32_t, std::vector<size_t>> first_char_;
  StringMap<std::string> english_;  // code -> ICU's English name
  Status load_status_;
};

}  // namespace annals::core
