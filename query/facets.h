// A Xapian match spy counting the values of a slot that may hold several
// values joined by '\t' (countries, roles), for facet counts.
#pragma once

#include <xapian.h>

#include <map>
#include <string>

namespace annals::query {

class MultiValueCountSpy : public Xapian::MatchSpy {
 public:
  explicit MultiValueCountSpy(Xapian::valueno slot) : slot_(slot) {}
  void operator()(const Xapian::Document& doc, double weight) override;
  const std::map<std::string, size_t>& counts() const { return counts_; }

 private:
  Xapian::valueno slot_;
  std::map<std::string, size_t> counts_;
};

}  // namespace annals::query
