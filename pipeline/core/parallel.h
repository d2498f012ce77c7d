// Independent tasks over the cores: the calling thread and up to jobs - 1 more take the
// indices [0, count) one at a time, so tasks of uneven cost still keep every thread busy.
// Each task must write only what its index owns; results kept by index come out the same
// whatever the timing.
#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace agendum {

// jobs: threads at most, the caller's included; 0 means one per core. The first exception
// a task throws is thrown again here once every thread has stopped.
template <typename Task>
void for_each_index(size_t count, int jobs, const Task& task) {
  size_t threads = jobs > 0 ? static_cast<size_t>(jobs) : std::thread::hardware_concurrency();
  threads = std::clamp<size_t>(threads, 1, std::max<size_t>(count, 1));
  if (threads == 1) {
    for (size_t i = 0; i < count; ++i) task(i);
    return;
  }
  std::atomic<size_t> next{0};
  std::exception_ptr failure;
  std::mutex failure_lock;
  auto work = [&] {
    for (size_t i = next++; i < count; i = next++) {
      try {
        task(i);
      } catch (...) {
        std::lock_guard<std::mutex> hold(failure_lock);
        if (!failure) failure = std::current_exception();
        next = count;
      }
    }
  };
  {
    std::vector<std::jthread> helpers;
    for (size_t t = 1; t < threads; ++t) helpers.emplace_back(work);
    work();
  }
  if (failure) std::rethrow_exception(failure);
}

}  // namespace agendum
