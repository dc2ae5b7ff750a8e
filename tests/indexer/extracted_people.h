// What the construction tests ask of an extracted article: the people found
// in a body of text, one person, their names and roles.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "indexer/extract/people_extractor.h"

namespace annals::indexer::testing {

using RoleSet = std::set<std::string>;
using Strings = std::vector<std::string>;

// The entities of a body with no title; `language` as the article gives it.
inline ArticleEntities Body(const std::string& body,
                            const std::string& language = "") {
  return ExtractEntities("", body, language);
}

inline const core::Person* Find(const ArticleEntities& e,
                                const std::string& name) {
  for (const core::Person& p : e.people) {
    if (p.name == name) return &p;
  }
  return nullptr;
}

// The person's roles, or {"(not found)"}.
inline RoleSet Roles(const ArticleEntities& e, const std::string& name) {
  const core::Person* p = Find(e, name);
  if (p == nullptr) return {"(not found)"};
  return {p->roles.begin(), p->roles.end()};
}

inline Strings Names(const ArticleEntities& e) {
  Strings names;
  for (const core::Person& p : e.people) names.push_back(p.name);
  return names;
}

}  // namespace annals::indexer::testing
