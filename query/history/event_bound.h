// A bound on how many events newly read documents can add to a history.
#pragma once

#include <set>
#include <string>

#include "query/history/matching_documents.h"

namespace annals::query {

// An upper bound on the events that documents read since Restart() can
// add: one per event key among them, one per document without a key
// (grouping only merges). A history page regroups its documents only once the
// bound says that the newly read months may complete it, not after every month
// (which was quadratic in the months read).
class EventBound {
 public:
  // The bound after the documents of `fetched` not yet seen.
  size_t Grown(const FetchedDocs& fetched) {
    for (; seen_docs_ < fetched.event_keys.size(); ++seen_docs_) {
      const std::string& key = fetched.event_keys[seen_docs_];
      if (key.empty() || keys_.insert(key).second) ++since_restart_;
    }
    return since_restart_;
  }
  void Restart() {
    since_restart_ = 0;
    keys_.clear();
  }

 private:
  std::set<std::string> keys_;
  size_t seen_docs_ = 0;
  size_t since_restart_ = 0;
};

}  // namespace annals::query
