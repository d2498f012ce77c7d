#include "pipeline/batch/progress.h"

#include <algorithm>
#include <cstdio>

namespace agendum {
namespace {

std::string duration(double seconds) {
  long total = static_cast<long>(seconds + 0.5);
  char text[32];
  if (total >= 3600)
    std::snprintf(text, sizeof(text), "%ldh%02ldm", total / 3600, total / 60 % 60);
  else if (total >= 60)
    std::snprintf(text, sizeof(text), "%ldm%02lds", total / 60, total % 60);
  else
    std::snprintf(text, sizeof(text), "%lds", total);
  return text;
}

double pages_per_second(const Progress& progress) {
  return progress.seconds > 0 ? static_cast<double>(progress.pages) / progress.seconds : 0;
}

int ocr_percent(const Progress& progress) {
  return progress.pages ? static_cast<int>(100 * progress.ocr_pages / progress.pages) : 0;
}

std::string time_left(const Progress& progress) {
  if (progress.bytes_done == 0 || progress.seconds <= 0) return "?";
  double rate = static_cast<double>(progress.bytes_done) / progress.seconds;
  return duration(static_cast<double>(progress.bytes_to_do -
                                      std::min(progress.bytes_done, progress.bytes_to_do)) /
                  rate);
}

}  // namespace

std::string progress_bar(const Progress& progress, int width) {
  char text[256];
  if (progress.done == 0 && progress.hashed < progress.to_hash) {
    std::snprintf(text, sizeof(text), "hashing %zu/%zu files", progress.hashed, progress.to_hash);
    return std::string(text).substr(0, static_cast<size_t>(std::max(width, 0)));
  }
  std::snprintf(text, sizeof(text),
                " %zu/%zu docs  %llu pages  %.1f p/s  OCR %d%%  %zu failed  ETA %s", progress.done,
                progress.documents, static_cast<unsigned long long>(progress.pages),
                pages_per_second(progress), ocr_percent(progress), progress.failed,
                time_left(progress).c_str());
  std::string figures = text;
  // A bar of fixed width, so it does not jump as the figures beside it grow; none on a
  // terminal too narrow for both.
  constexpr int kBar = 20;
  if (width < static_cast<int>(figures.size()) + kBar + 2)
    return figures.substr(0, static_cast<size_t>(std::max(width, 0)));
  const size_t bar = kBar;
  size_t filled = progress.documents ? progress.done * bar / progress.documents : 0;
  return "[" + std::string(filled, '#') + std::string(bar - filled, '-') + "]" + figures;
}

std::string progress_line(const Progress& progress) {
  char text[256];
  if (progress.done == 0 && progress.hashed < progress.to_hash) {
    std::snprintf(text, sizeof(text), "agendum batch: hashing %zu/%zu files", progress.hashed,
                  progress.to_hash);
    return text;
  }
  std::snprintf(text, sizeof(text),
                "agendum batch: %zu/%zu documents (%zu failed), %llu pages, %.1f pages/s, %d%% "
                "OCR, %zu running, "
                "about %s left",
                progress.done, progress.documents, progress.failed,
                static_cast<unsigned long long>(progress.pages), pages_per_second(progress),
                ocr_percent(progress), progress.running, time_left(progress).c_str());
  return text;
}

}  // namespace agendum
