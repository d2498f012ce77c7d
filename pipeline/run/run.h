#pragma once
#include "extractors/records.h"
#include "pipeline/pdf/read_pdf.h"
namespace agendum {
Result<Packet> run_packet(const std::string& path, const ReadOptions& options);
}
