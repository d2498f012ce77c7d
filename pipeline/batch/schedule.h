// Which document a batch starts next, and on how many threads.
//
// Documents start largest first (by bytes: a scan's size is a fair first guess at its cost),
// so that no long document starts last and leaves the other cores idle at the end. While
// more documents wait than there are workers, each worker reads its document on one thread:
// whole documents side by side scale best. The last documents of the batch (as many as two
// rounds of workers) get up to `jobs` threads each, the page parallelism inside extract,
// so when only a big one is left its pages are spread over the cores the others have freed.
// Threads per worker are capped (kMaxWorkerThreads) so peak memory stays bounded by -j.
#pragma once

#include <cstddef>
#include <vector>

#include "pipeline/batch/inputs.h"

namespace agendum {

inline constexpr int kMaxWorkerThreads = 4;

// Indexes into `files`, largest first; equal sizes in path order.
std::vector<size_t> largest_first(const std::vector<InputFile>& files, std::vector<size_t> chosen);

// Threads for the worker about to start, with `waiting` documents still queued after it.
int worker_threads(int jobs, size_t waiting);

}  // namespace agendum
