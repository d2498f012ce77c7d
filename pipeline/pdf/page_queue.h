// The pages of one read, shared out among its worker threads in contiguous stretches.
//
// Each worker starts on its own contiguous share of the pages and reads it front to back; a
// worker whose share is done takes the back half of the largest share left. Neighbouring
// pages of a packet usually come from one document and use its colour profiles and fonts,
// which each thread's text device and renderer keep between pages (an ICC profile costs an
// lcms2 transform to set up): a worker that keeps to one stretch sets each up once, where handing
// out single pages in turn made every thread meet every document of the packet. Taking half
// of what is left keeps every thread busy to the end, whatever the pages cost (a scanned page
// costs a thousand text pages).
//
// Thread-safe; next() takes a lock, which costs nothing beside reading a page.
#pragma once

#include <mutex>
#include <optional>
#include <vector>

namespace agendum {

class PageQueue {
 public:
  // Indices 0..count-1 for `workers` workers (at least one).
  PageQueue(int count, int workers);

  // The next index for worker `worker` (0..workers-1), or nullopt when every index is taken.
  std::optional<int> next(int worker);

 private:
  struct Share {
    int next;  // the first index not yet taken
    int end;
  };
  std::mutex mutex_;
  std::vector<Share> shares_;
};

}  // namespace agendum
