// The word lists of the entity extractors, read from
// $ANNALS_DATA_DIR/people_rules.txt: honorifics, Chinese titles, position
// words, role cues, trainee nouns, course-series heads, Chinese surnames ...
// The file format is documented at the top of the file itself:
//   <category> <lang> <word> <word> ...      ('_' in a word is a space,
//   role <role> <lang> <word> ...             a trailing '*' matches any
//   number <lang> <word>=<value> ...          word starting with it)
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/status.h"
#include "indexer/extract/lexicon.h"

namespace annals::indexer::people {

// Categories of the phrases found in text (LexTag::category).
enum Cat : int {
  kHonorific = 1,  // before a name: Prof. / проф. / ศ.นพ.
  kPositionTitle,  // a capitalised position before a name: Deputy Director
  kTitle,          // after a Han name: 教授 主任
  kExpert,         // nationality + expert + name: 专家 / expert
  kPosition,       // director, 院长, заведующий
  kRole,           // cue of a role; LexTag::value is the role
  kTalkCue,        // speaker cue only next to a quoted title: presented
  kRespectively,   // respectively / 分别 / соответственно
  kFrom,           // from / 来自 / из / จาก
  kTraineeNoun,    // trainees / 学员 / слушателей
  kHostCue,        // hosted by X / 由 X
  kHostVerb,       // X opened / X 主办
  kHostHead,       // Hospital / 医院 / больница
  kSeriesHead,     // Workshop / 培训班 / курс
  kEditionMark,  // 届 期 (zh, after the number); ครั้งที่ (th, before)
  kBound,            // 感谢 欢迎: Han words a name never crosses
  kPluralHonorific,  // before a list of names: Professors A, B and C
  kTopicMark,  // before an unquoted talk title: บรรยายเรื่อง, lectures on
};

struct PeopleRules {
  Lexicon lexicon;  // every phrase category above
  // Word sets; words as written in the file.
  std::unordered_set<std::string> particles;         // bin, van, de
  std::unordered_set<std::string> name_stops;        // The, From, ...
  std::unordered_set<std::string> series_stops;      // Opens, Held, ...
  std::unordered_set<std::string> series_links;      // on, of, for, and
  std::unordered_set<std::string> series_extend;     // Course *on* X
  std::vector<std::string> edition_prefixes;         // 第
  std::unordered_set<std::string> host_links;        // of, the, and, for
  std::unordered_set<std::string> links;             // director *of* X
  std::unordered_set<std::string> articles;          // the, a, an
  std::unordered_set<std::string> conjunctions;      // and, 和, и
  std::unordered_set<std::string> ordinal_suffixes;  // 42nd, 42-й
  std::unordered_set<std::string> surnames;          // 王 李 欧阳
  std::unordered_set<std::string> stop_chars;        // 的 和 在 (zh)
  std::unordered_set<std::string> name_inner_chars;  // 一: 骆一鸣 (zh)
  std::vector<std::string> words_after_names;        // 一行: 刘一行 (zh)
  std::unordered_set<std::string> clause_chars;  // 由 在 的: institution ends
  std::unordered_set<std::string> forward_roles;  // roles a cue may give
                                                  // to a following name
  std::unordered_set<std::string> passive;        // chaired *by* Prof. A
  std::unordered_set<std::string> agent_verbs;    // the session was *led* by
  std::unordered_set<std::string> possessives;    // 的: 在X的指导下
  std::unordered_set<std::string> verb_cues;  // certificates: after cue_verbs
  std::unordered_set<std::string> cue_verbs;  // presented, handed, awarded
  std::unordered_set<std::string> forward_langs;  // ru: cue, then name
  std::unordered_set<std::string> counters;       // 5名, 5 คน
  std::unordered_set<std::string> lead_cues;      // at the invitation of: the
                                                  // cue's people follow it
  std::unordered_set<std::string> weak_cues;  // attended, 出席: yield to any
                                              // other role in the sentence
  std::unordered_set<std::string> recipient_marks;  // *to* Prof. B, 向
  std::unordered_set<std::string> subject_cues;  // "on behalf of the trainees":
                                                 // a cue of any role that
                                                 // goes to the clause's people
  std::unordered_set<std::string> non_names;  // 国际, Party Group: no person
  std::unordered_map<std::string, int> numbers;   // sixteen=16, пять=5
  std::unordered_map<std::string, int> ordinals;  // third=3 (lower case)
  std::vector<std::string> ru_endings;            // case endings, longest first
  std::vector<std::string> adj_endings;           // ru adjective endings
  std::vector<std::string> zh_host_heads;  // suffixes of a Han institution

  // Parses the text of a rules file. Errors: "line N: ..." for an unknown
  // category or a malformed entry.
  static core::Result<PeopleRules> Parse(std::string_view text);
  // The rules of the data folder, loaded on first use (thread-safe). When
  // loading fails the rules are empty and LoadStatus() says why.
  static const PeopleRules& Default();
  static const core::Status& LoadStatus();

  bool IsSurname(std::string_view han) const;
  bool IsStopChar(std::string_view han) const;
  // The number a word spells ("16", "sixteen", "пять"), or -1.
  int NumberOf(std::string_view word) const;
};

inline bool InSet(const std::unordered_set<std::string>& set,
                  std::string_view word) {
  return set.count(std::string(word)) > 0;
}

}  // namespace annals::indexer::people
