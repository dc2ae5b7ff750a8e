// Matching in two docid halves: the range filter and the merge.
#include "query/search/split_match.h"

#include <algorithm>

namespace annals::query {

void DocidRangeSource::init(const Xapian::Database& db) {
  current_ = 0;
  end_ = std::min(last_, db.get_lastdocid());
  most_ = end_ >= first_
              ? std::min<Xapian::doccount>(end_ - first_ + 1, db.get_doccount())
              : 0;
}

void DocidRangeSource::next(double) {
  current_ = current_ == 0 ? first_ : current_ + 1;
}

void DocidRangeSource::skip_to(Xapian::docid docid, double) {
  if (current_ == 0 || docid > current_) current_ = std::max(docid, first_);
}

bool CanSplit(const Xapian::Database& db, Xapian::Database& partner,
              Xapian::doccount min_documents) {
  if (db.size() != 1 || partner.size() != 1) return false;
  if (db.get_doccount() < std::max<Xapian::doccount>(min_documents, 2))
    return false;
  partner.reopen();
  // Revisions are known for local glass (and chert) databases only.
  try {
    return db.get_revision() == partner.get_revision();
  } catch (const Xapian::Error&) {
    return false;
  }
}

Xapian::docid UpperHalfStart(const Xapian::Database& db) {
  return db.get_lastdocid() / 2 + 1;
}

std::vector<Xapian::MSetIterator> MergeHalves(const Xapian::MSet& lower,
                                              const Xapian::MSet& upper,
                                              bool by_sort_key,
                                              Xapian::doccount first,
                                              Xapian::doccount count) {
  // Every id of `lower` is below every id of `upper`: on equal keys and
  // weights, the lower half's item comes first.
  auto upper_first = [&](const Xapian::MSetIterator& up,
                         const Xapian::MSetIterator& low) {
    if (by_sort_key) {
      std::string up_key = up.get_sort_key(), low_key = low.get_sort_key();
      if (up_key != low_key) return up_key > low_key;
    }
    return up.get_weight() > low.get_weight();
  };
  std::vector<Xapian::MSetIterator> merged;
  Xapian::MSetIterator low = lower.begin(), up = upper.begin();
  for (Xapian::doccount position = 0; position < first + count; ++position) {
    bool take_upper;
    if (low == lower.end() && up == upper.end()) break;
    if (low == lower.end()) {
      take_upper = true;
    } else if (up == upper.end()) {
      take_upper = false;
    } else {
      take_upper = upper_first(up, low);
    }
    Xapian::MSetIterator& taken = take_upper ? up : low;
    if (position >= first) merged.push_back(taken);
    ++taken;
  }
  return merged;
}

}  // namespace annals::query
