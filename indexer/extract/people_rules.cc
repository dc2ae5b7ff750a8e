// Loading people_rules.txt into a Lexicon and word sets.
#include "indexer/extract/people_rules.h"

#include <algorithm>
#include <sstream>

#include "core/glossary.h"
#include "indexer/extract/data_file.h"
#include "indexer/extract/text_scan.h"

namespace annals::indexer::people {
namespace {

struct PhraseCategory {
  std::string_view name;
  Cat category;
};

constexpr PhraseCategory kPhraseCategories[] = {
    {"honorific", kHonorific},
    {"position-title", kPositionTitle},
    {"title", kTitle},
    {"expert", kExpert},
    {"position", kPosition},
    {"respectively", kRespectively},
    {"talk-cue", kTalkCue},
    {"from", kFrom},
    {"trainee-noun", kTraineeNoun},
    {"host-cue", kHostCue},
    {"host-verb", kHostVerb},
    {"host-head", kHostHead},
    {"series-head", kSeriesHead},
    {"edition-mark", kEditionMark},
    {"bound", kBound},
    {"plural-honorific", kPluralHonorific},
    {"topic-mark", kTopicMark},
};

std::vector<std::string> SplitWords(std::string_view line) {
  std::vector<std::string> words;
  std::istringstream in{std::string(line)};
  for (std::string word; in >> word;) {
    std::replace(word.begin(), word.end(), '_', ' ');
    words.push_back(std::move(word));
  }
  return words;
}

void AddPhrases(const std::vector<std::string>& words, size_t first,
                const LexTag& tag, PeopleRules* rules) {
  for (size_t i = first; i < words.size(); ++i) {
    std::string_view word = words[i];
    bool prefix = word.size() > 1 && word.back() == '*';
    if (prefix) word.remove_suffix(1);
    rules->lexicon.Add(word, prefix, tag);
  }
}

// Word-set categories and the member each fills.
struct SetCategory {
  std::string_view name;
  std::unordered_set<std::string> PeopleRules::*set;
};

constexpr SetCategory kSetCategories[] = {
    {"particle", &PeopleRules::particles},
    {"name-stop", &PeopleRules::name_stops},
    {"series-stop", &PeopleRules::series_stops},
    {"series-link", &PeopleRules::series_links},
    {"series-extend", &PeopleRules::series_extend},
    {"host-link", &PeopleRules::host_links},
    {"link", &PeopleRules::links},
    {"article", &PeopleRules::articles},
    {"conjunction", &PeopleRules::conjunctions},
    {"ordinal-suffix", &PeopleRules::ordinal_suffixes},
    {"surname", &PeopleRules::surnames},
    {"stop-char", &PeopleRules::stop_chars},
    {"clause-char", &PeopleRules::clause_chars},
    {"name-inner-char", &PeopleRules::name_inner_chars},
    {"forward-roles", &PeopleRules::forward_roles},
    {"passive", &PeopleRules::passive},
    {"agent-verb", &PeopleRules::agent_verbs},
    {"possessive", &PeopleRules::possessives},
    {"verb-cue", &PeopleRules::verb_cues},
    {"cue-verb", &PeopleRules::cue_verbs},
    {"forward-langs", &PeopleRules::forward_langs},
    {"counter", &PeopleRules::counters},
    {"lead-cue", &PeopleRules::lead_cues},
    {"weak-cue", &PeopleRules::weak_cues},
    {"recipient-mark", &PeopleRules::recipient_marks},
    {"subject-cue", &PeopleRules::subject_cues},
};

// Ordered word-list categories.
struct ListCategory {
  std::string_view name;
  std::vector<std::string> PeopleRules::*list;
};

constexpr ListCategory kListCategories[] = {
    {"ending", &PeopleRules::ru_endings},
    {"edition-prefix", &PeopleRules::edition_prefixes},
    {"adjective-ending", &PeopleRules::adj_endings},
    {"word-after-name", &PeopleRules::words_after_names},
};

std::unordered_set<std::string>* WordSet(std::string_view name,
                                         PeopleRules* rules) {
  for (const SetCategory& category : kSetCategories) {
    if (category.name == name) return &(rules->*category.set);
  }
  return nullptr;
}

std::vector<std::string>* WordList(std::string_view name, PeopleRules* rules) {
  for (const ListCategory& category : kListCategories) {
    if (category.name == name) return &(rules->*category.list);
  }
  return nullptr;
}

core::Status AddValues(const std::vector<std::string>& words,
                       std::unordered_map<std::string, int>* map) {
  for (size_t i = 2; i < words.size(); ++i) {
    size_t eq = words[i].find('=');
    size_t end = 0;
    long value =
        eq == std::string::npos ? -1 : ParseDigits(words[i], eq + 1, &end);
    if (value < 0 || end != words[i].size()) {
      return core::Status::Invalid("\"" + words[i] + "\" is not word=number");
    }
    (*map)[AsciiLower(words[i].substr(0, eq))] = static_cast<int>(value);
  }
  return core::Status::Ok();
}

core::Status ParseLine(const std::vector<std::string>& words,
                       PeopleRules* rules) {
  const std::string& name = words[0];
  if (words.size() < 3) return core::Status::Invalid("too few fields");
  if (name == "role") {
    if (words.size() < 4) return core::Status::Invalid("role needs cue words");
    AddPhrases(words, 3, {kRole, words[2], words[1], 0}, rules);
    return core::Status::Ok();
  }
  for (const PhraseCategory& phrase : kPhraseCategories) {
    if (phrase.name != name) continue;
    // Han institution heads are suffixes checked by hand, not scanned: a
    // one-character head like 科 would hide the titles that start with it.
    if (phrase.category == kHostHead && words[1] == "zh") {
      rules->zh_host_heads.insert(rules->zh_host_heads.end(), words.begin() + 2,
                                  words.end());
    } else {
      AddPhrases(words, 2, {phrase.category, words[1], "", 0}, rules);
    }
    return core::Status::Ok();
  }
  if (auto* set = WordSet(name, rules)) {
    set->insert(words.begin() + 2, words.end());
  } else if (auto* list = WordList(name, rules)) {
    list->insert(list->end(), words.begin() + 2, words.end());
  } else if (name == "number" || name == "ordinal") {
    return AddValues(words,
                     name == "number" ? &rules->numbers : &rules->ordinals);
  } else {
    return core::Status::Invalid("unknown category \"" + name + "\"");
  }
  return core::Status::Ok();
}

void SortLongestFirst(std::vector<std::string>* list) {
  std::stable_sort(list->begin(), list->end(),
                   [](const std::string& a, const std::string& b) {
                     return a.size() > b.size();
                   });
}

// non_names.txt: one word or phrase a line that is never a person's name.
core::Status AddNonNames(PeopleRules* rules) {
  core::Result<std::string> text = ReadDataFile("non_names.txt");
  if (!text.ok()) return text.status();
  std::string_view all = *text;
  for (size_t start = 0; start < all.size();) {
    size_t end = std::min(all.find('\n', start), all.size());
    std::string_view line = Trim(all.substr(start, end - start));
    start = end + 1;
    line = Trim(line.substr(0, line.find('#')));
    if (!line.empty()) rules->non_names.insert(std::string(line));
  }
  return core::Status::Ok();
}

LoadedData<PeopleRules> LoadRulesAndNonNames() {
  auto loaded = LoadDataFile<PeopleRules>("people_rules.txt");
  if (loaded.status.ok()) loaded.status = AddNonNames(&loaded.value);
  if (!loaded.status.ok()) loaded.value = PeopleRules{};
  return loaded;
}

const LoadedData<PeopleRules>& LoadDefault() {
  static const auto loaded = LoadRulesAndNonNames();
  return loaded;
}

}  // namespace

core::Result<PeopleRules> PeopleRules::Parse(std::string_view text) {
  PeopleRules rules;
  int line_number = 0;
  for (size_t start = 0; start < text.size();) {
    size_t end = std::min(text.find('\n', start), text.size());
    std::string_view line = text.substr(start, end - start);
    start = end + 1;
    ++line_number;
    line = line.substr(0, line.find('#'));
    std::vector<std::string> words = SplitWords(line);
    if (words.empty()) continue;
    core::Status status = ParseLine(words, &rules);
    if (!status.ok()) {
      return status.WithContext("line " + std::to_string(line_number));
    }
  }
  SortLongestFirst(&rules.ru_endings);
  SortLongestFirst(&rules.adj_endings);
  SortLongestFirst(&rules.zh_host_heads);
  return rules;
}

const PeopleRules& PeopleRules::Default() { return LoadDefault().value; }
const core::Status& PeopleRules::LoadStatus() { return LoadDefault().status; }

bool PeopleRules::IsSurname(std::string_view han) const {
  return surnames.count(std::string(han)) > 0;
}

bool PeopleRules::IsStopChar(std::string_view han) const {
  return stop_chars.count(std::string(han)) > 0;
}

int PeopleRules::NumberOf(std::string_view word) const {
  size_t end = 0;
  long digits = ParseDigits(word, 0, &end);
  if (digits >= 0 && end == word.size()) return static_cast<int>(digits);
  auto found = numbers.find(AsciiLower(word));
  return found == numbers.end() ? -1 : found->second;
}

}  // namespace annals::indexer::people
