// PacketWriter: the packet written record by record is the packet dumped whole, byte for byte,
// and a record that breaks its schema stops the packet.
#include "pipeline/export/packet_writer.h"

#include <gtest/gtest.h>

#include <sstream>

#include "pipeline/export/packet_json.h"
#include "pipeline/run/run.h"
#include "tests/support/command.h"

namespace agendum {
namespace {

std::string written(const Packet& packet) {
  PacketWriter writer;
  add_records(packet, writer);
  std::ostringstream out;
  Status status = writer.finish(packet.source, out);
  EXPECT_TRUE(status.ok()) << status.message();
  return out.str();
}

TEST(PacketWriter, WritesWhatTheWholeDumpWrites) {
  for (const char* sample : {"samples/carson_19-110.pdf", "samples/diamondbar_packet.pdf"}) {
    ReadOptions options;
    options.ocr = OcrMode::never;
    Result<Extraction> extraction = extract_packet(testing::source_path(sample), options);
    ASSERT_TRUE(extraction.ok()) << extraction.status().message();
    const Packet& packet = extraction.value().packet;
    ASSERT_FALSE(packet.resolutions.empty());
    EXPECT_EQ(written(packet), packet_to_json(packet).dump(2) + "\n") << sample;
  }
}

TEST(PacketWriter, EmptyPacket) {
  Packet packet;
  packet.source = {"empty.pdf", std::string(64, 'e'), 10, 1, std::nullopt, std::nullopt};
  EXPECT_EQ(written(packet), packet_to_json(packet).dump(2) + "\n");
}

TEST(PacketWriter, ARecordThatBreaksItsSchemaStopsThePacket) {
  PacketWriter writer;
  PayRange pay;
  pay.id = "not-a-pay-id";
  pay.pages = {1, 1};
  writer.add(pay);
  ASSERT_FALSE(writer.violations().empty());
  EXPECT_NE(writer.violations().front().find("pay_ranges[0]"), std::string::npos);
  std::ostringstream out;
  SourceInfo source{"x.pdf", std::string(64, 'a'), 1, 1, std::nullopt, std::nullopt};
  EXPECT_EQ(writer.finish(source, out).code(), ErrorCode::invalid_packet);
  EXPECT_TRUE(out.str().empty());
}

}  // namespace
}  // namespace agendum
