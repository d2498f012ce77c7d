// How the pages of a read are shared out among worker threads: each page once, in long
// stretches of neighbouring pages, and no worker idle while another has pages left.
#include <gtest/gtest.h>

#include <algorithm>
#include <thread>
#include <vector>

#include "pipeline/pdf/page_queue.h"

namespace agendum {
namespace {

// Drains the queue with `workers` workers taking turns; returns each worker's indices in order.
std::vector<std::vector<int>> drain_in_turn(int count, int workers) {
  PageQueue queue(count, workers);
  std::vector<std::vector<int>> taken(static_cast<size_t>(workers));
  for (bool any = true; any;) {
    any = false;
    for (int w = 0; w < workers; ++w) {
      if (std::optional<int> index = queue.next(w)) {
        taken[static_cast<size_t>(w)].push_back(*index);
        any = true;
      }
    }
  }
  return taken;
}

int stretches(const std::vector<int>& indices) {
  int count = indices.empty() ? 0 : 1;
  for (size_t i = 1; i < indices.size(); ++i) count += indices[i] != indices[i - 1] + 1 ? 1 : 0;
  return count;
}

TEST(PdfPageQueue, EveryPageIsTakenOnceInStretchesOfNeighbours) {
  for (int workers : {1, 2, 3, 8}) {
    for (int count : {0, 1, 2, 7, 200}) {
      std::vector<std::vector<int>> taken = drain_in_turn(count, workers);
      std::vector<int> all;
      for (const std::vector<int>& own : taken) all.insert(all.end(), own.begin(), own.end());
      std::sort(all.begin(), all.end());
      std::vector<int> expected(static_cast<size_t>(count));
      for (int i = 0; i < count; ++i) expected[static_cast<size_t>(i)] = i;
      EXPECT_EQ(all, expected) << count << " pages, " << workers << " workers";
    }
  }
  // Two workers at the same pace read the two halves of a 200-page packet.
  std::vector<std::vector<int>> halves = drain_in_turn(200, 2);
  EXPECT_EQ(stretches(halves[0]), 1);
  EXPECT_EQ(stretches(halves[1]), 1);
  EXPECT_EQ(halves[0].front(), 0);
  EXPECT_EQ(halves[1].front(), 100);
}

TEST(PdfPageQueue, AWorkerDoneEarlyTakesTheBackHalfOfWhatIsLeft) {
  // Worker 1's share (pages 50-99) is slow: worker 0 finishes its own and then takes the back
  // half of what worker 1 has left, again and again, until every page is taken.
  PageQueue queue(100, 2);
  std::vector<int> slow;
  for (int i = 0; i < 10; ++i) slow.push_back(*queue.next(1));  // 50..59
  std::vector<int> fast;
  while (std::optional<int> index = queue.next(0)) {
    fast.push_back(*index);
    if (fast.size() == 50) break;  // its own share, 0..49
  }
  EXPECT_EQ(fast.back(), 49);
  EXPECT_EQ(*queue.next(0), 80);  // 60..99 are left: it takes 80..99
  EXPECT_EQ(*queue.next(1), 60);  // the slow worker reads on where it was
  int taken_by_fast = 1, taken_by_slow = 1;
  for (bool any = true; any;) {
    any = false;
    if (queue.next(0)) any = true, ++taken_by_fast;
    if (queue.next(0)) any = true, ++taken_by_fast;
    if (queue.next(1)) any = true, ++taken_by_slow;
  }
  EXPECT_EQ(taken_by_fast + taken_by_slow, 40);
  EXPECT_GT(taken_by_fast, taken_by_slow);
  EXPECT_FALSE(queue.next(0));
  EXPECT_FALSE(queue.next(1));
}

TEST(PdfPageQueue, ThreadsTakeEveryPageOnce) {
  constexpr int kPages = 5000, kWorkers = 4;
  PageQueue queue(kPages, kWorkers);
  std::vector<std::vector<int>> taken(kWorkers);
  {
    std::vector<std::jthread> threads;
    for (int w = 0; w < kWorkers; ++w)
      threads.emplace_back([&, w] {
        while (std::optional<int> index = queue.next(w))
          taken[static_cast<size_t>(w)].push_back(*index);
      });
  }
  std::vector<int> all;
  for (const std::vector<int>& own : taken) all.insert(all.end(), own.begin(), own.end());
  std::sort(all.begin(), all.end());
  ASSERT_EQ(all.size(), static_cast<size_t>(kPages));
  for (int i = 0; i < kPages; ++i) ASSERT_EQ(all[static_cast<size_t>(i)], i);
}

}  // namespace
}  // namespace agendum
