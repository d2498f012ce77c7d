#include "pipeline/batch/schedule.h"

#include <algorithm>

namespace agendum {

std::vector<size_t> largest_first(const std::vector<InputFile>& files, std::vector<size_t> chosen) {
  std::stable_sort(chosen.begin(), chosen.end(),
                   [&](size_t a, size_t b) { return files[a].bytes > files[b].bytes; });
  return chosen;
}

int worker_threads(int jobs, size_t waiting) {
  if (jobs <= 1 || waiting >= 2 * static_cast<size_t>(jobs)) return 1;
  return std::min(jobs, kMaxWorkerThreads);
}

}  // namespace agendum
