#include "pipeline/pdf/ocr.h"

#include <dlfcn.h>

#include <cmath>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <mutex>

#include "pipeline/pdf/ocr_module.h"

namespace agendum {
namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr const char* kModuleFile = "agendum-ocr.so";

bool has_english(const std::filesystem::path& folder) {
  std::error_code error;
  return std::filesystem::exists(folder / "eng.traineddata", error);
}

// Where the module may be: $AGENDUM_OCR_MODULE alone when set; else beside the running
// program (a build tree, where tests and the binary share one folder), then the library
// folder relative to the program's (an install under any prefix).
std::vector<std::filesystem::path> module_places() {
  if (const char* named = std::getenv("AGENDUM_OCR_MODULE"); named && *named) return {named};
  std::error_code error;
  std::filesystem::path program = std::filesystem::read_symlink("/proc/self/exe", error);
  if (error) return {};
  std::filesystem::path folder = program.parent_path();
  return {folder / kModuleFile, folder / AGENDUM_OCR_MODULE_FROM_PROGRAM / kModuleFile};
}

struct LoadedModule {
  const OcrModuleTable* table = nullptr;
  std::string error;  // why there is no table
};

LoadedModule load_module() {
  // libgomp, which Tesseract brings, reads OMP_THREAD_LIMIT once, as it loads: set before the
  // module loads, unless the user set it.
  setenv("OMP_THREAD_LIMIT", "1", 0);
  std::vector<std::filesystem::path> places = module_places();
  std::string tried;
  for (const std::filesystem::path& place : places) {
    std::error_code error;
    if (places.size() > 1 && !std::filesystem::exists(place, error)) {
      tried += (tried.empty() ? "" : ", ") + place.lexically_normal().string();
      continue;
    }
    // Local symbols: Tesseract's dependencies stay out of the program's namespace.
    void* handle = dlopen(place.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (!handle) return {nullptr, std::string("the OCR module could not be loaded: ") + dlerror()};
    using Entry = const OcrModuleTable* (*)();
    auto entry = reinterpret_cast<Entry>(dlsym(handle, kOcrModuleEntryPoint));
    const OcrModuleTable* table = entry ? entry() : nullptr;
    if (!table)
      return {nullptr, "the OCR module " + place.string() + " has no " + kOcrModuleEntryPoint};
    if (std::strcmp(table->version, AGENDUM_VERSION) != 0) {
      return {nullptr, "the OCR module " + place.string() + " is from agendum " + table->version +
                           ", this is agendum " + AGENDUM_VERSION};
    }
    // Never unloaded: Tesseract keeps per-thread state that outlives its engines.
    return {table, ""};
  }
  return {nullptr, "the OCR module (" + std::string(kModuleFile) +
                       ") is not installed; looked in " + tried + "; set AGENDUM_OCR_MODULE"};
}

const LoadedModule& ocr_module() {
  static std::once_flag once;
  static LoadedModule module;
  std::call_once(once, [] { module = load_module(); });
  return module;
}

}  // namespace

std::optional<std::string> find_tessdata() {
  if (const char* prefix = std::getenv("TESSDATA_PREFIX"); prefix && *prefix) {
    std::filesystem::path base(prefix);
    if (has_english(base)) return base.string();
    if (has_english(base / "tessdata")) return (base / "tessdata").string();
  }
  for (const char* folder :
       {"/usr/share/tesseract-ocr/5/tessdata", "/usr/share/tesseract-ocr/4.00/tessdata",
        "/usr/share/tessdata", "/usr/local/share/tessdata", "/opt/homebrew/share/tessdata"}) {
    if (has_english(folder)) return std::string(folder);
  }
  return std::nullopt;
}

std::unique_ptr<OcrEngine> OcrEngine::start(std::string& error) {
  std::optional<std::string> tessdata = find_tessdata();
  if (!tessdata) {
    error = "Tesseract language data (eng.traineddata) not found; set TESSDATA_PREFIX";
    return nullptr;
  }
  const LoadedModule& module = ocr_module();
  if (!module.table) {
    error = module.error;
    return nullptr;
  }
  void* engine = module.table->start(*tessdata, error);
  if (!engine) return nullptr;
  return std::unique_ptr<OcrEngine>(new OcrEngine(*module.table, engine));
}

OcrEngine::~OcrEngine() { module_.stop(engine_); }

OcrOutcome OcrEngine::read(GrayRaster page, std::chrono::steady_clock::time_point deadline) {
  return module_.read(engine_, std::move(page), deadline);
}

void undo_skew(double skew_degrees, double width, double height, double& x, double& y) {
  double angle = skew_degrees * kPi / 180;
  double cx = width / 2, cy = height / 2;
  double dx = x - cx, dy = y - cy;
  x = cx + dx * std::cos(angle) + dy * std::sin(angle);
  y = cy - dx * std::sin(angle) + dy * std::cos(angle);
}

}  // namespace agendum
