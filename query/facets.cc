// Counting multi-valued slots.
#include "query/facets.h"

namespace annals::query {

void MultiValueCountSpy::operator()(const Xapian::Document& doc, double) {
  ++joined_[doc.get_value(slot_)];
  counted_ = false;
}

const std::map<std::string, size_t>& MultiValueCountSpy::counts() const {
  if (counted_) return counts_;
  counts_.clear();
  for (const auto& [value, documents] : joined_) {
    size_t start = 0;
    while (start < value.size()) {
      size_t cut = value.find('\t', start);
      if (cut == std::string::npos) cut = value.size();
      if (cut > start) counts_[value.substr(start, cut - start)] += documents;
      start = cut + 1;
    }
  }
  counted_ = true;
  return counts_;
}

}  // namespace annals::query
