#include "pipeline/pdf/page_queue.h"

#include <algorithm>
#include <cstdint>

namespace agendum {

PageQueue::PageQueue(int count, int workers) {
  workers = std::max(workers, 1);
  count = std::max(count, 0);
  shares_.reserve(static_cast<size_t>(workers));
  for (int64_t w = 0; w < workers; ++w)
    shares_.push_back(
        {static_cast<int>(count * w / workers), static_cast<int>(count * (w + 1) / workers)});
}

std::optional<int> PageQueue::next(int worker) {
  std::lock_guard lock(mutex_);
  Share& own = shares_.at(static_cast<size_t>(worker));
  if (own.next == own.end) {
    auto left = [](const Share& share) { return share.end - share.next; };
    Share& largest =
        *std::max_element(shares_.begin(), shares_.end(),
                          [&](const Share& a, const Share& b) { return left(a) < left(b); });
    if (left(largest) == 0) return std::nullopt;
    // The back half (the last index when one is left): the owner keeps reading on from where it is.
    const int middle = largest.next + left(largest) / 2;
    own = {middle, largest.end};
    largest.end = middle;
  }
  return own.next++;
}

}  // namespace agendum
