// A byte trie of the glossary's form keys, built once per glossary load, so
// that finding every form that starts at a token costs the length of the
// longest form, whatever the number of forms: recognising concepts in a
// text or a query stays linear in its length.
#pragma once

#include <cstdint>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace annals::core {

class GlossaryTrie {
 public:
  static constexpr int32_t kNone = -1;

  GlossaryTrie() : values_(1, kNone) {}

  // Adds `key` with `value` (>= 0); a key added twice keeps its first value.
  void Insert(std::string_view key, int32_t value);

  static constexpr int32_t Root() { return 0; }
  // The node reached from `node` by reading `bytes`, or kNone when no key
  // continues that way.
  int32_t Walk(int32_t node, std::string_view bytes) const;
  // The value of the key that ends at `node`, or kNone.
  int32_t ValueAt(int32_t node) const {
    return node == kNone ? kNone : values_[static_cast<size_t>(node)];
  }

 private:
  static uint64_t Edge(int32_t node, unsigned char byte) {
    return (static_cast<uint64_t>(node) << 8) | byte;
  }
  std::unordered_map<uint64_t, int32_t> edges_;  // (node, byte) -> child
  std::vector<int32_t> values_;                  // per node
};

}  // namespace annals::core
