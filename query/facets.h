// A Xapian match spy counting the values of a slot that may hold several
// values joined by '\t' (countries, roles), for facet counts.
#pragma once

#include <xapian.h>

#include <map>
#include <string>
#include <unordered_map>

namespace annals::query {

class MultiValueCountSpy : public Xapian::MatchSpy {
 public:
  explicit MultiValueCountSpy(Xapian::valueno slot) : slot_(slot) {}
  void operator()(const Xapian::Document& doc, double weight) override;
  // Documents per single value.
  const std::map<std::string, size_t>& counts() const;

 private:
  Xapian::valueno slot_;
  // Documents per joined value: far fewer distinct ones than documents, so
  // a match over 60,000 documents splits a few hundred strings.
  std::unordered_map<std::string, size_t> joined_;
  mutable std::map<std::string, size_t> counts_;
  mutable bool counted_ = false;
};

}  // namespace annals::query
