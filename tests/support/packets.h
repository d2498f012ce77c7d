// Packets for the search and review tests: synthetic ones in the contract's shape, built in
// memory, and real ones extracted from the bundled born-digital samples by the built agendum.
#pragma once

#include <filesystem>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace agendum::testing {

struct SyntheticCounts {
  int class_specs = 2, resolutions = 1, pay_ranges = 3, agenda_items = 2;
};

// A packet numbered `seed`: deterministic words, titles, agencies and dates drawn from small
// vocabularies, a source file "synthetic-<seed>.pdf" and a sha256 made from the seed.
nlohmann::json synthetic_packet(int seed, const SyntheticCounts& counts = {});

// Records in a synthetic packet.
int record_count(const SyntheticCounts& counts);

// Writes the packet as FOLDER/packets/<sha256>.json (a batch output's layout) and returns the path.
std::filesystem::path write_packet(const std::filesystem::path& folder,
                                   const nlohmann::json& packet);

// A fresh empty folder under the system's temp folder, removed with the object.
class TempFolder {
 public:
  explicit TempFolder(const std::string& name);
  ~TempFolder();
  TempFolder(const TempFolder&) = delete;
  TempFolder& operator=(const TempFolder&) = delete;
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

// The born-digital samples with records, extracted once per test process into a batch
// output folder (removed when the process ends): packets/<sha256>.json and records.jsonl.
struct SampleOutputs {
  std::unique_ptr<TempFolder> temp;
  std::filesystem::path folder;  // the batch output folder
  std::vector<nlohmann::json> packets;
};
const SampleOutputs& sample_outputs();

// The contents of a file.
std::string read_text(const std::filesystem::path& path);

}  // namespace agendum::testing
