// Writing a packet's JSON as its records are made, holding none of them in memory.
//
// A long packet (thousands of pages, an archive's worth of pay tables) must not hold every
// record until the end: PacketWriter validates each record against its bundled schema as it
// is added and appends it to its section's spool (an anonymous temporary file), and finish()
// writes the packet, its sections in the order packet_to_json() gives them, byte for byte what
// packet_to_json(packet).dump(2) would print for the same records. Memory stays that of one
// record, whatever the packet's size.
//
// Not thread-safe: one writer per packet, fed from one thread.
#pragma once

#include <cstdio>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "pipeline/core/records.h"
#include "pipeline/core/status.h"

namespace agendum {

class PacketWriter {
 public:
  PacketWriter();
  ~PacketWriter();
  PacketWriter(const PacketWriter&) = delete;
  PacketWriter& operator=(const PacketWriter&) = delete;

  void add(const PageInfo& page);
  void add(const DocumentSpan& document);
  void add(const Minutes& minutes);
  void add(const MarketComparison& row);
  void add(const Resolution& resolution);
  void add(const ClassSpec& spec);
  void add(const PayRange& pay);
  void add(const Diagnostic& diagnostic);
  // The packet's agenda; the last one set is written (null when none is). Its items are
  // spooled like records.
  void set_agenda(const Agenda& agenda);

  // Counts of what was added, for exit codes and summaries.
  size_t records() const { return records_; }
  size_t error_diagnostics() const { return error_diagnostics_; }

  // Schema violations found so far, "<section>[<index>]<path>: <what is wrong>"; a packet
  // with any is a bug in agendum and must not be written.
  const std::vector<std::string>& violations() const { return violations_; }

  // Writes the whole packet. Fails (io_error) when a spool cannot be read back or the output
  // cannot be written, (invalid_packet) when the source or any record broke its schema.
  Status finish(const SourceInfo& source, std::ostream& out);

 private:
  struct Section;
  Section& section(size_t index);
  void append(size_t section, std::string_view schema, const nlohmann::json& record);
  void spool(Section& target, const nlohmann::json& record, size_t indent);
  bool copy_spool(Section& spool, std::ostream& out);
  bool write_agenda(std::ostream& out);

  std::vector<std::unique_ptr<Section>> sections_;
  std::optional<Agenda> agenda_;  // without its items, which are spooled
  std::unique_ptr<Section> agenda_items_;
  size_t records_ = 0;
  size_t error_diagnostics_ = 0;
  std::vector<std::string> violations_;
};

// Adds every record of `packet` (not its source) to `writer`, in the packet's order.
void add_records(const Packet& packet, PacketWriter& writer);

}  // namespace agendum
