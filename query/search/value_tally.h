// Counting equal strings fast: a facet spy adds one value per match (tens of
// thousands a search) and sees far fewer distinct ones. Open addressing on a
// power-of-two table of (hash, index) pairs, the distinct strings kept in
// one vector, so that a lookup touches one table slot and, on a hash match,
// one string; std::unordered_map chases a node per lookup and divides by a
// prime.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace annals::query {

class ValueTally {
 public:
  // Counts one more occurrence of `value`.
  void Add(std::string&& value);

  // Each distinct value with its count, in the order first seen.
  const std::vector<std::pair<std::string, size_t>>& counts() const {
    return counts_;
  }

 private:
  struct Slot {
    uint64_t hash = 0;
    uint32_t entry = 0;  // 1 + index into counts_; 0: empty
  };

  void Grow();

  std::vector<Slot> slots_;  // size a power of two, at most half full
  std::vector<std::pair<std::string, size_t>> counts_;
};

}  // namespace annals::query
