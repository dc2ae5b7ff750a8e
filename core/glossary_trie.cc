// The glossary's byte trie.
#include "core/glossary_trie.h"

namespace annals::core {

void GlossaryTrie::Insert(std::string_view key, int32_t value) {
  int32_t node = Root();
  for (char c : key) {
    auto [it, added] = edges_.emplace(Edge(node, static_cast<unsigned char>(c)),
                                      static_cast<int32_t>(values_.size()));
    if (added) values_.push_back(kNone);
    node = it->second;
  }
  if (values_[static_cast<size_t>(node)] == kNone)
    values_[static_cast<size_t>(node)] = value;
}

int32_t GlossaryTrie::Walk(int32_t node, std::string_view bytes) const {
  for (char c : bytes) {
    if (node == kNone) return kNone;
    auto it = edges_.find(Edge(node, static_cast<unsigned char>(c)));
    node = it == edges_.end() ? kNone : it->second;
  }
  return node;
}

}  // namespace annals::core
