#include "pipeline/batch/journal.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <utility>

#include "pipeline/output/atomic_file.h"

namespace agendum {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

constexpr const char* kManifestSchema = "agendum/batch/v1";

const char* const kOutcomeNames[] = {"ok", "partial", "no_records", "failed", "duplicate"};

Status refuse(const std::string& message) { return {ErrorCode::usage, message}; }

Status io_error(const std::string& path, const std::string& what) {
  return {ErrorCode::io_error, "cannot write " + path + ": " + what};
}

Result<std::string> read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status{ErrorCode::file_not_found, "cannot read " + path};
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::string shard_text(const Shard& shard) {
  return std::to_string(shard.index) + "/" + std::to_string(shard.count);
}

// The sentence saying why `found` (on disk) cannot be resumed as `wanted`, or "".
std::string manifest_mismatch(const Manifest& found, const Manifest& wanted) {
  if (found.agendum_version != wanted.agendum_version)
    return "it was started by agendum " + found.agendum_version + " and this is " +
           wanted.agendum_version;
  if (found.shard.index != wanted.shard.index || found.shard.count != wanted.shard.count)
    return "it holds shard " + shard_text(found.shard) + ", not " + shard_text(wanted.shard);
  if (found.ocr != wanted.ocr) return "it was run with --ocr " + found.ocr + ", not " + wanted.ocr;
  if (found.dpi != wanted.dpi)
    return "it was run with --dpi " + std::to_string(found.dpi) + ", not " +
           std::to_string(wanted.dpi);
  return "";
}

// Empty, or holding only what a batch killed before its manifest was written leaves: the
// lock file and an empty packets folder.
bool holds_nothing(const fs::path& path) {
  std::error_code error;
  for (const fs::directory_entry& entry : fs::directory_iterator(path, error)) {
    const std::string name = entry.path().filename().string();
    if (name == ".lock" || is_temporary_name(name)) continue;
    if (name == "packets" && fs::is_directory(entry.path(), error) &&
        fs::is_empty(entry.path(), error))
      continue;
    return false;
  }
  return !error;
}

}  // namespace

const char* outcome_name(Outcome outcome) { return kOutcomeNames[static_cast<int>(outcome)]; }

bool has_packet(Outcome outcome) {
  return outcome == Outcome::ok || outcome == Outcome::partial || outcome == Outcome::no_records;
}

json journal_entry_json(const JournalEntry& entry) {
  json out = {{"file", entry.file},
              {"sha256", entry.sha256.empty() ? json(nullptr) : json(entry.sha256)},
              {"outcome", outcome_name(entry.outcome)},
              {"records_end", entry.records_end},
              {"failures_end", entry.failures_end}};
  if (!entry.stage.empty()) out["stage"] = entry.stage;
  if (has_packet(entry.outcome)) {
    out["pages"] = entry.pages;
    out["ocr_pages"] = entry.ocr_pages;
    out["records"] = entry.records;
  }
  if (entry.outcome != Outcome::duplicate) {
    out["seconds"] = entry.seconds;
    out["peak_mb"] = entry.peak_mb;
  }
  if (!entry.duplicate_of.empty()) out["duplicate_of"] = entry.duplicate_of;
  return out;
}

JournalEntry journal_entry_from_json(const json& in) {
  JournalEntry entry;
  entry.file = in.at("file").get<std::string>();
  if (in.at("sha256").is_string()) entry.sha256 = in["sha256"].get<std::string>();
  const std::string outcome = in.at("outcome").get<std::string>();
  bool known = false;
  for (int i = 0; i < 5; ++i)
    if (outcome == kOutcomeNames[i]) {
      entry.outcome = static_cast<Outcome>(i);
      known = true;
    }
  if (!known) throw std::invalid_argument("unknown outcome " + outcome);
  entry.stage = in.value("stage", "");
  entry.pages = in.value("pages", 0);
  entry.ocr_pages = in.value("ocr_pages", 0);
  if (in.contains("records")) entry.records = in["records"].get<std::map<std::string, int>>();
  entry.seconds = in.value("seconds", 0.0);
  entry.peak_mb = in.value("peak_mb", 0.0);
  entry.duplicate_of = in.value("duplicate_of", "");
  entry.records_end = in.at("records_end").get<uint64_t>();
  entry.failures_end = in.at("failures_end").get<uint64_t>();
  return entry;
}

json manifest_json(const Manifest& manifest) {
  json out = {{"schema", kManifestSchema},
              {"agendum", manifest.agendum_version},
              {"shard", {{"index", manifest.shard.index}, {"count", manifest.shard.count}}},
              {"options", {{"ocr", manifest.ocr}, {"dpi", manifest.dpi}}},
              {"inputs", {{"files", manifest.files}, {"fingerprint", manifest.fingerprint}}}};
  if (!manifest.merged_from.empty()) out["merged_from"] = manifest.merged_from;
  return out;
}

Result<Manifest> read_manifest(const std::string& out) {
  const std::string path = (fs::path(out) / "batch.json").string();
  Result<std::string> text = read_text(path);
  if (!text.ok()) return Status{ErrorCode::usage, out + " holds no agendum batch (no batch.json)"};
  json in = json::parse(text.value(), nullptr, false);
  if (in.is_discarded() || in.value("schema", "") != kManifestSchema)
    return Status{ErrorCode::usage, path + " is not an agendum batch manifest"};
  try {
    Manifest manifest;
    manifest.agendum_version = in.at("agendum").get<std::string>();
    manifest.shard.index = in.at("shard").at("index").get<int>();
    manifest.shard.count = in.at("shard").at("count").get<int>();
    manifest.ocr = in.at("options").at("ocr").get<std::string>();
    manifest.dpi = in.at("options").at("dpi").get<int>();
    manifest.files = in.at("inputs").at("files").get<uint64_t>();
    manifest.fingerprint = in.at("inputs").at("fingerprint").get<std::string>();
    if (in.contains("merged_from"))
      manifest.merged_from = in["merged_from"].get<std::vector<std::string>>();
    return manifest;
  } catch (const json::exception& error) {
    return Status{ErrorCode::usage, path + " is damaged: " + error.what()};
  }
}

Result<JournalFile> read_journal(const std::string& path) {
  JournalFile journal;
  std::error_code missing;
  if (!fs::exists(path, missing)) return journal;
  Result<std::string> text = read_text(path);
  if (!text.ok()) return text.status();
  const std::string& bytes = text.value();
  size_t start = 0;
  for (size_t end; (end = bytes.find('\n', start)) != std::string::npos; start = end + 1) {
    json line = json::parse(bytes.begin() + static_cast<std::ptrdiff_t>(start),
                            bytes.begin() + static_cast<std::ptrdiff_t>(end), nullptr, false);
    try {
      if (line.is_discarded()) throw std::invalid_argument("not JSON");
      journal.entries.push_back(journal_entry_from_json(line));
    } catch (const std::exception& error) {
      return Status{ErrorCode::io_error,
                    path + " is damaged at byte " + std::to_string(start) + ": " + error.what()};
    }
    journal.valid_bytes = end + 1;
  }
  return journal;
}

Result<BatchDirectory> BatchDirectory::open(const std::string& out, const Manifest& manifest,
                                            bool resume) {
  BatchDirectory directory;
  directory.root_ = out;
  const fs::path root(out);
  std::error_code error;
  const bool existed = fs::exists(root / "batch.json", error);
  if (existed && !resume)
    return refuse(out +
                  " already holds a batch; add --resume to continue it, or choose another --out");
  if (!existed && fs::exists(root, error) &&
      !(fs::is_directory(root, error) && holds_nothing(root)))
    return refuse(out + " is not empty and holds no batch; choose an empty or new --out folder");
  fs::create_directories(root, error);
  if (error) return io_error(out, error.message());

  directory.lock_fd_ = ::open((root / ".lock").c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0666);
  if (directory.lock_fd_ < 0) return io_error(out, std::strerror(errno));
  struct flock lock = {};
  lock.l_type = F_WRLCK;
  lock.l_whence = SEEK_SET;
  if (fcntl(directory.lock_fd_, F_OFD_SETLK, &lock) != 0)
    return refuse(out + " is in use by another agendum batch; wait for it or choose another --out");

  if (existed) {
    Result<Manifest> found = read_manifest(out);
    if (!found.ok()) return found.status();
    if (std::string why = manifest_mismatch(found.value(), manifest); !why.empty())
      return refuse("cannot resume " + out + ": " + why);
  }
  // The manifest first, so a folder with outputs always says what they are.
  if (Status written = directory.write_manifest(manifest); !written.ok()) return written;
  fs::create_directories(root / "packets", error);
  if (error) return io_error(out, error.message());
  sweep_abandoned_temporaries(out);
  sweep_abandoned_temporaries((root / "packets").string());

  Result<JournalFile> journal = read_journal((root / "journal.jsonl").string());
  if (!journal.ok()) return journal.status();
  directory.entries_ = std::move(journal.value().entries);
  auto open_log = [&](const char* name, std::optional<AppendFile>& log) -> Status {
    Result<AppendFile> file = AppendFile::open((root / name).string());
    if (!file.ok()) return file.status();
    log.emplace(std::move(file.value()));
    return {};
  };
  for (auto [name, log] : {std::pair{"records.jsonl", &directory.records_},
                           std::pair{"failures.jsonl", &directory.failures_},
                           std::pair{"journal.jsonl", &directory.journal_}})
    if (Status opened = open_log(name, *log); !opened.ok()) return opened;

  // Cut every log back to what the last whole journal line committed.
  const uint64_t records_end =
      directory.entries_.empty() ? 0 : directory.entries_.back().records_end;
  const uint64_t failures_end =
      directory.entries_.empty() ? 0 : directory.entries_.back().failures_end;
  for (auto [log, end] : {std::pair{&*directory.records_, records_end},
                          std::pair{&*directory.failures_, failures_end},
                          std::pair{&*directory.journal_, journal.value().valid_bytes}}) {
    if (log->size() < end)
      return Status{ErrorCode::io_error, log->path() + " is shorter than its journal says (" +
                                             std::to_string(log->size()) + " bytes, not " +
                                             std::to_string(end) +
                                             "): the folder was changed outside agendum"};
    if (log->size() > end)
      if (Status cut = log->truncate(end); !cut.ok()) return cut;
  }
  return directory;
}

BatchDirectory::BatchDirectory(BatchDirectory&& other) noexcept
    : root_(std::move(other.root_)),
      lock_fd_(std::exchange(other.lock_fd_, -1)),
      records_(std::move(other.records_)),
      failures_(std::move(other.failures_)),
      journal_(std::move(other.journal_)),
      entries_(std::move(other.entries_)) {}

BatchDirectory::~BatchDirectory() {
  if (lock_fd_ >= 0) close(lock_fd_);
}

std::string BatchDirectory::packet_path(const std::string& sha256) const {
  return (fs::path(root_) / "packets" / (sha256 + ".json")).string();
}

Status BatchDirectory::commit(JournalEntry entry, std::string_view records,
                              std::string_view failure_line) {
  std::vector<Commit> one;
  one.push_back({std::move(entry), std::string(records), std::string(failure_line)});
  return commit_all(std::move(one));
}

Status BatchDirectory::commit_all(std::vector<Commit> commits) {
  const uint64_t records_before = records_->size(), failures_before = failures_->size();
  std::string records, failures, journal;
  uint64_t records_end = records_before, failures_end = failures_before;
  for (Commit& commit : commits) {
    records += commit.records;
    failures += commit.failure_line;
    records_end += commit.records.size();
    failures_end += commit.failure_line.size();
    commit.entry.records_end = records_end;
    commit.entry.failures_end = failures_end;
    journal += journal_entry_json(commit.entry).dump() + "\n";
  }
  // A commit that fails half-way takes back what it appended, so the next one starts clean.
  auto undo = [&](Status error) {
    records_->truncate(records_before);
    failures_->truncate(failures_before);
    return error;
  };
  if (!records.empty())
    if (Status written = records_->append(records); !written.ok()) return undo(written);
  if (!failures.empty())
    if (Status written = failures_->append(failures); !written.ok()) return undo(written);
  if (Status written = journal_->append(journal); !written.ok()) return undo(written);
  for (Commit& commit : commits) entries_.push_back(std::move(commit.entry));
  return {};
}

Status BatchDirectory::write_manifest(const Manifest& manifest) {
  return write_file_atomically((fs::path(root_) / "batch.json").string(),
                               manifest_json(manifest).dump(2) + "\n");
}

Status BatchDirectory::write_summary(const json& summary) {
  return write_file_atomically((fs::path(root_) / "summary.json").string(), summary.dump(2) + "\n");
}

}  // namespace agendum
