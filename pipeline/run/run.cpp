#include "pipeline/run/run.h"
namespace agendum {
Result<Packet> run_packet(const std::string& path, const ReadOptions& options) {
  auto read = read_pdf(path, options);
  if (!read.ok()) return read.status();
  return Packet{};
}
}
