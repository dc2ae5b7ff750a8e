// The automaton: a trie of the probes, completed breadth first so that
// every state has a move for every byte.
#include "query/search/probe_matcher.h"

#include <queue>

namespace annals::query {

ProbeMatcher::ProbeMatcher(const std::vector<std::string>& probes)
    : probe_count_(probes.size()) {
  constexpr int32_t kNone = -1;
  std::array<int32_t, 256> none;
  none.fill(kNone);
  next_.push_back(none);
  ends_.emplace_back();
  for (size_t p = 0; p < probes.size(); ++p) {
    int32_t node = 0;
    for (char c : probes[p]) {
      auto byte = static_cast<unsigned char>(c);
      if (next_[node][byte] == kNone) {
        next_[node][byte] = static_cast<int32_t>(next_.size());
        next_.push_back(none);
        ends_.emplace_back();
      }
      node = next_[node][byte];
    }
    if (node != 0) ends_[node].push_back(static_cast<int32_t>(p));
  }
  // Breadth first: a state's failure (its longest proper suffix that is a
  // state) is done before the state, so missing moves copy the failure's.
  std::vector<int32_t> failure(next_.size(), 0);
  std::queue<int32_t> pending;
  for (int32_t& child : next_[0]) {
    if (child == kNone) {
      child = 0;
    } else {
      pending.push(child);
    }
  }
  while (!pending.empty()) {
    int32_t node = pending.front();
    pending.pop();
    const std::vector<int32_t>& inherited = ends_[failure[node]];
    ends_[node].insert(ends_[node].end(), inherited.begin(), inherited.end());
    for (size_t byte = 0; byte < 256; ++byte) {
      int32_t& child = next_[node][byte];
      int32_t fallback = next_[failure[node]][byte];
      if (child == kNone) {
        child = fallback;
      } else {
        failure[child] = fallback;
        pending.push(child);
      }
    }
  }
}

}  // namespace annals::query
