// Counting multi-valued slots.
#include "query/facets.h"

namespace annals::query {

void MultiValueCountSpy::operator()(const Xapian::Document& doc, double) {
  std::string value = doc.get_value(slot_);
  size_t start = 0;
  while (start < value.size()) {
    size_t cut = value.find('\t', start);
    if (cut == std::string::npos) cut = value.size();
    if (cut > start) ++counts_[value.substr(start, cut - start)];
    start = cut + 1;
  }
}

}  // namespace annals::query
