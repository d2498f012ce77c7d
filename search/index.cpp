#include "search/index.h"

#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "pipeline/pdf/sha256.h"
#include "search/index_database.h"
#include "search/packet_records.h"

namespace agendum {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

// A packet's JSON with where it came from.
struct PacketSource {
  json packet;
  std::string content_hash;  // SHA-256 of the JSON text
  std::string origin;        // the file it was read from
  long long mtime = 0;       // that file's modification time, ns
};

struct FileStamp {
  long long size = 0, mtime = 0;
};

std::optional<FileStamp> stamp_of(const fs::path& path) {
  std::error_code error;
  auto size = fs::file_size(path, error);
  if (error) return std::nullopt;
  auto time = fs::last_write_time(path, error);
  if (error) return std::nullopt;
  return FileStamp{
      static_cast<long long>(size),
      static_cast<long long>(
          std::chrono::duration_cast<std::chrono::nanoseconds>(time.time_since_epoch()).count())};
}

std::string canonical_name(const fs::path& path) {
  std::error_code error;
  fs::path absolute = fs::absolute(path, error);
  return (error ? path : absolute).lexically_normal().string();
}

std::optional<std::string> read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) return std::nullopt;
  return text.str();
}

// Writes packets: one transaction each, statements prepared once.
class PacketWriter {
 public:
  enum class Outcome { added, replaced, unchanged, older };

  explicit PacketWriter(sqlite::Database& database)
      : database_(database),
        find_packet_(database.prepare(
            "SELECT id, content_hash, loaded_from, loaded_mtime FROM packets WHERE sha256 = ?")),
        delete_packet_(database.prepare("DELETE FROM packets WHERE id = ?")),
        insert_packet_(database.prepare(
            "INSERT INTO packets (sha256, file, page_count, bytes, title, producer, agency, date, "
            "content_hash, loaded_from, loaded_mtime, indexed_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")),
        insert_page_(database.prepare("INSERT OR REPLACE INTO pages (packet_id, page, method, "
                                      "quality, chars, ocr_confidence, rotation) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?)")),
        insert_document_(database.prepare("INSERT OR REPLACE INTO documents (packet_id, document, "
                                          "kind, title, first_page, last_page) "
                                          "VALUES (?, ?, ?, ?, ?, ?)")),
        insert_diagnostic_(database.prepare(
            "INSERT INTO diagnostics (packet_id, seq, severity, code, message, page, stage) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)")),
        insert_record_(database.prepare(
            "INSERT INTO records (packet_id, record, kind, title, agency, date, status, document, "
            "first_page, last_page, annual_min, annual_max) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")),
        insert_json_(database.prepare("INSERT INTO record_json (record_id, json) VALUES (?, ?)")),
        insert_text_(
            database.prepare("INSERT INTO records_fts (rowid, title, body) VALUES (?, ?, ?)")),
        insert_pay_(database.prepare("INSERT INTO pay_ranges (record_id, classification, range, "
                                     "unit, min, max, annual_factor, "
                                     "annual_min, annual_max, effective_date, context, text) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {}

  Outcome write(const IndexedPacket& packet, const PacketSource& source) {
    sqlite::Transaction transaction(database_);
    Outcome outcome = Outcome::added;
    find_packet_.bind(1, packet.sha256);
    if (find_packet_.step()) {
      const std::int64_t id = find_packet_.integer(0);
      const std::string hash = find_packet_.text(1), origin = find_packet_.text(2);
      const long long mtime = find_packet_.integer(3);
      find_packet_.reset();
      if (hash == source.content_hash) return Outcome::unchanged;
      if (origin != source.origin && source.mtime < mtime) return Outcome::older;
      delete_packet_.bind(1, id).run();
      outcome = Outcome::replaced;
    }
    find_packet_.reset();
    insert(packet, source);
    transaction.commit();
    return outcome;
  }

 private:
  void insert(const IndexedPacket& packet, const PacketSource& source) {
    insert_packet_.bind(1, packet.sha256)
        .bind(2, packet.file)
        .bind(3, packet.page_count)
        .bind(4, packet.bytes ? std::optional<std::int64_t>(*packet.bytes) : std::nullopt)
        .bind(5, packet.title)
        .bind(6, packet.producer)
        .bind(7, packet.agency)
        .bind(8, packet.date)
        .bind(9, source.content_hash)
        .bind(10, source.origin)
        .bind(11, static_cast<std::int64_t>(source.mtime))
        .bind(12, index_timestamp())
        .run();
    const std::int64_t packet_id = database_.last_insert_id();
    for (const IndexedPage& page : packet.pages)
      insert_page_.bind(1, packet_id)
          .bind(2, page.page)
          .bind(3, page.method)
          .bind(4, page.quality)
          .bind(5, page.chars)
          .bind(6, page.ocr_confidence)
          .bind(7, page.rotation)
          .run();
    for (const IndexedDocument& document : packet.documents)
      insert_document_.bind(1, packet_id)
          .bind(2, document.id)
          .bind(3, document.kind)
          .bind(4, document.title)
          .bind(5, document.first_page)
          .bind(6, document.last_page)
          .run();
    for (size_t i = 0; i < packet.diagnostics.size(); ++i) {
      const IndexedDiagnostic& diagnostic = packet.diagnostics[i];
      insert_diagnostic_.bind(1, packet_id)
          .bind(2, static_cast<std::int64_t>(i + 1))
          .bind(3, diagnostic.severity)
          .bind(4, diagnostic.code)
          .bind(5, diagnostic.message)
          .bind(6, diagnostic.page)
          .bind(7, diagnostic.stage)
          .run();
    }
    for (const IndexedRecord& record : packet.records) insert_record(packet_id, record);
  }

  void insert_record(std::int64_t packet_id, const IndexedRecord& record) {
    insert_record_.bind(1, packet_id)
        .bind(2, record.id)
        .bind(3, record.kind)
        .bind(4, record.title)
        .bind(5, record.agency)
        .bind(6, record.date)
        .bind(7, record.status)
        .bind(8, record.document)
        .bind(9, record.first_page)
        .bind(10, record.last_page)
        .bind(11, record.annual_min)
        .bind(12, record.annual_max)
        .run();
    const std::int64_t record_id = database_.last_insert_id();
    insert_json_.bind(1, record_id)
        .bind(2, record.json.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace))
        .run();
    insert_text_.bind(1, record_id).bind(2, record.search_title).bind(3, record.body).run();
    if (!record.pay) return;
    const IndexedPay& pay = *record.pay;
    std::optional<double> factor, annual_min, annual_max;
    if (pay.annual) {
      factor = pay.annual->factor;
      annual_min = pay.annual->min;
      annual_max = pay.annual->max;
    }
    insert_pay_.bind(1, record_id)
        .bind(2, pay.classification)
        .bind(3, pay.range)
        .bind(4, pay.unit)
        .bind(5, pay.min)
        .bind(6, pay.max)
        .bind(7, factor)
        .bind(8, annual_min)
        .bind(9, annual_max)
        .bind(10, pay.effective_date)
        .bind(11, pay.context)
        .bind(12, pay.text)
        .run();
  }

  sqlite::Database& database_;
  sqlite::Statement find_packet_, delete_packet_, insert_packet_, insert_page_, insert_document_,
      insert_diagnostic_, insert_record_, insert_json_, insert_text_, insert_pay_;
};

// Walks the inputs and loads what changed.
class Indexer {
 public:
  explicit Indexer(sqlite::Database& database)
      : writer_(database),
        find_file_(database.prepare("SELECT size, mtime FROM loaded_files WHERE path = ?")),
        remember_file_(database.prepare(
            "INSERT OR REPLACE INTO loaded_files (path, size, mtime) VALUES (?, ?, ?)")) {}

  void add_input(const std::string& input) {
    std::error_code error;
    fs::path path(input);
    if (fs::is_directory(path, error)) {
      if (fs::is_directory(path / "packets", error))
        add_batch_output(path);
      else
        add_folder(path);
    } else if (fs::exists(path, error)) {
      add_packet_file(path, true);
    } else {
      problem(ErrorCode::file_not_found, input + ": no such file or folder");
    }
  }

  IndexReport take_report() { return std::move(report_); }

 private:
  void problem(ErrorCode code, std::string message) {
    report_.problems.emplace_back(code, std::move(message));
  }

  static std::vector<fs::path> json_files(const fs::path& folder, bool recursive) {
    std::vector<fs::path> files;
    std::error_code error;
    auto add = [&](const fs::directory_entry& entry) {
      if (entry.is_regular_file(error) && entry.path().extension() == ".json")
        files.push_back(entry.path());
    };
    if (recursive) {
      for (fs::recursive_directory_iterator
               it(folder, fs::directory_options::skip_permission_denied, error),
           end;
           !error && it != end; it.increment(error))
        add(*it);
    } else {
      for (fs::directory_iterator it(folder, error), end; !error && it != end; it.increment(error))
        add(*it);
    }
    // Sorted, so two runs over the same folder load in the same order.
    std::sort(files.begin(), files.end());
    return files;
  }

  void add_batch_output(const fs::path& folder) {
    std::set<std::string> packet_files;
    for (const fs::path& file : json_files(folder / "packets", false)) {
      packet_files.insert(file.stem().string());
      add_packet_file(file, true);
    }
    fs::path records = folder / "records.jsonl";
    std::error_code error;
    if (fs::exists(records, error)) add_records_file(records, packet_files);
  }

  void add_folder(const fs::path& folder) {
    for (const fs::path& file : json_files(folder, true)) add_packet_file(file, false);
  }

  // True when the file is as it was at the last run (and so is not read again).
  bool unchanged_since_last_run(const std::string& name, const FileStamp& stamp) {
    find_file_.bind(1, name);
    bool same = find_file_.step() && find_file_.integer(0) == stamp.size &&
                find_file_.integer(1) == stamp.mtime;
    find_file_.reset();
    if (same) ++report_.files_not_read;
    return same;
  }

  void remember(const std::string& name, const FileStamp& stamp) {
    remember_file_.bind(1, name)
        .bind(2, static_cast<std::int64_t>(stamp.size))
        .bind(3, static_cast<std::int64_t>(stamp.mtime))
        .run();
  }

  // named: the user named this file (a JSON that is not a packet is then an error; found in
  // a folder, it is passed over).
  void add_packet_file(const fs::path& path, bool named) {
    const std::string name = canonical_name(path);
    std::optional<FileStamp> stamp = stamp_of(path);
    if (!stamp) return problem(ErrorCode::file_not_found, path.string() + ": cannot read");
    if (unchanged_since_last_run(name, *stamp)) return;
    std::optional<std::string> text = read_file(path);
    if (!text) return problem(ErrorCode::file_not_found, path.string() + ": cannot read");
    json packet = json::parse(*text, nullptr, false);
    if (packet.is_discarded())
      return problem(ErrorCode::invalid_packet, path.string() + ": not JSON");
    if (!named && !looks_like_packet(packet)) return;
    if (load({std::move(packet), sha256_hex(*text), name, stamp->mtime}, path.string()))
      remember(name, *stamp);
  }

  // records.jsonl: {"kind", "packet": sha256, "file", ...record} per line. Records of packets
  // that have a packet file are loaded from that file instead.
  void add_records_file(const fs::path& path, const std::set<std::string>& packet_files) {
    const std::string name = canonical_name(path);
    std::optional<FileStamp> stamp = stamp_of(path);
    if (!stamp) return problem(ErrorCode::file_not_found, path.string() + ": cannot read");
    if (unchanged_since_last_run(name, *stamp)) return;
    std::ifstream in(path, std::ios::binary);
    if (!in) return problem(ErrorCode::file_not_found, path.string() + ": cannot read");
    std::map<std::string, json> packets;
    std::map<std::string, std::string> texts;  // the lines of each packet, for its content hash
    std::string line;
    bool all_read = true;
    for (int number = 1; std::getline(in, line); ++number) {
      if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
      json record = json::parse(line, nullptr, false);
      std::string sha = record.is_object() ? record.value("packet", "") : "";
      if (record.is_discarded() || sha.empty()) {
        problem(ErrorCode::invalid_packet, path.string() + " line " + std::to_string(number) +
                                               ": not a record line ({\"kind\", \"packet\", ...})");
        all_read = false;
        continue;
      }
      if (packet_files.count(sha)) continue;
      add_record_line(packets[sha], std::move(record));
      texts[sha] += line + "\n";
    }
    for (auto& [sha, packet] : packets)
      all_read &=
          load({std::move(packet), sha256_hex(texts[sha]), name, stamp->mtime}, path.string());
    if (all_read) remember(name, *stamp);
  }

  static void add_record_line(json& packet, json record) {
    if (packet.is_null())
      packet = {
          {"schema", "agendum/packet/v1"},
          {"source", {{"sha256", record.value("packet", "")}, {"file", record.value("file", "")}}}};
    const std::string kind = record.value("kind", "");
    for (const char* key : {"kind", "packet", "file"}) record.erase(key);
    static const std::map<std::string, std::string> lists = {
        {"class_spec", "class_specs"},
        {"resolution", "resolutions"},
        {"pay_range", "pay_ranges"},
        {"minutes", "minutes"},
        {"market_comparison", "market_comparisons"}};
    if (auto list = lists.find(kind); list != lists.end()) {
      packet[list->second].push_back(std::move(record));
    } else if (kind == "agenda") {
      packet["agenda"] = std::move(record);
    } else if (kind == "agenda_item") {
      packet["agenda"]["items"].push_back(std::move(record));
    }
  }

  bool load(PacketSource source, const std::string& shown_name) {
    Result<IndexedPacket> packet = flatten_packet(source.packet);
    if (!packet.ok()) {
      problem(packet.status().code(), shown_name + ": " + packet.status().message());
      return false;
    }
    switch (writer_.write(packet.value(), source)) {
      case PacketWriter::Outcome::added:
        ++report_.packets_added;
        report_.records_written += static_cast<long long>(packet.value().records.size());
        break;
      case PacketWriter::Outcome::replaced:
        ++report_.packets_replaced;
        report_.records_written += static_cast<long long>(packet.value().records.size());
        break;
      case PacketWriter::Outcome::unchanged:
        ++report_.packets_unchanged;
        break;
      case PacketWriter::Outcome::older:
        ++report_.packets_older;
        break;
    }
    return true;
  }

  PacketWriter writer_;
  sqlite::Statement find_file_, remember_file_;
  IndexReport report_;
};

}  // namespace

Result<IndexReport> index_packets(const std::string& db_path,
                                  const std::vector<std::string>& inputs) {
  Result<sqlite::Database> database = open_index(db_path, IndexAccess::write);
  if (!database.ok()) return database.status();
  try {
    Indexer indexer(database.value());
    for (const std::string& input : inputs) indexer.add_input(input);
    return indexer.take_report();
  } catch (const sqlite::DatabaseError& error) {
    return Status(ErrorCode::bad_database, db_path + ": " + error.what());
  }
}

}  // namespace agendum
