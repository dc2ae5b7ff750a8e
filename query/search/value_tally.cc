// Counting equal strings in an open-addressing table.
#include "query/search/value_tally.h"

#include <functional>

namespace annals::query {
namespace {

constexpr size_t kInitialSlots = 256;

size_t SlotFor(uint64_t hash, size_t slots) {
  return static_cast<size_t>(hash) & (slots - 1);
}

}  // namespace

void ValueTally::Add(std::string&& value) {
  if (2 * (counts_.size() + 1) > slots_.size()) Grow();
  uint64_t hash = std::hash<std::string_view>()(value);
  for (size_t i = SlotFor(hash, slots_.size());;
       i = (i + 1) & (slots_.size() - 1)) {
    Slot& slot = slots_[i];
    if (slot.entry == 0) {
      counts_.emplace_back(std::move(value), 1);
      slot = {hash, static_cast<uint32_t>(counts_.size())};
      return;
    }
    if (slot.hash == hash) {
      auto& [seen, count] = counts_[slot.entry - 1];
      if (seen == value) {
        ++count;
        return;
      }
    }
  }
}

void ValueTally::Grow() {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(old.empty() ? kInitialSlots : 2 * old.size(), Slot{});
  for (const Slot& slot : old) {
    if (slot.entry == 0) continue;
    size_t i = SlotFor(slot.hash, slots_.size());
    while (slots_[i].entry != 0) i = (i + 1) & (slots_.size() - 1);
    slots_[i] = slot;
  }
}

}  // namespace annals::query
