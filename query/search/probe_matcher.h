// Finding several short byte strings in a text in one pass (an Aho-Corasick
// automaton): the snippet chooser looks for a query's words and all their
// synonyms, a dozen strings in four scripts, in every document it shows.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace annals::query {

class ProbeMatcher {
 public:
  explicit ProbeMatcher(const std::vector<std::string>& probes);

  // How many probes it looks for (the indexes Scan reports are below it).
  size_t probe_count() const { return probe_count_; }

  // Calls found(probe index, offset of the occurrence's last byte) for every
  // occurrence of every probe, in the order of their last bytes.
  template <typename Found>
  void Scan(std::string_view text, Found&& found) const {
    int32_t node = 0;
    for (size_t i = 0; i < text.size(); ++i) {
      node = next_[node][static_cast<unsigned char>(text[i])];
      for (int32_t probe : ends_[node]) found(static_cast<size_t>(probe), i);
    }
  }

 private:
  // Per state, the state after each byte (failures already followed).
  std::vector<std::array<int32_t, 256>> next_;
  // Per state, the probes that end there, its own and those of its suffixes.
  std::vector<std::vector<int32_t>> ends_;
  size_t probe_count_ = 0;
};

}  // namespace annals::query
