// An std::ostream whose bytes go, a buffer at a time, to a function that may fail: how a
// packet written piece by piece (PacketWriter::finish) reaches an AtomicFile or standard
// output without the whole packet ever being one string in memory.
//
// The first failure is kept (status()) and every later byte is dropped; the stream's badbit is
// set, so a writer that checks the stream stops early. Call finish() after the last byte: it
// hands over what is still buffered and returns the first failure, if any.
#pragma once

#include <functional>
#include <ostream>
#include <streambuf>
#include <string_view>
#include <vector>

#include "pipeline/core/status.h"

namespace agendum {

class SinkStream : public std::ostream {
 public:
  using Sink = std::function<Status(std::string_view bytes)>;
  explicit SinkStream(Sink sink, size_t buffer_bytes = 1 << 16);
  Status finish();
  const Status& status() const { return buffer_.status; }

 private:
  struct Buffer : std::streambuf {
    Sink sink;
    std::vector<char> bytes;
    Status status;
    int_type overflow(int_type c) override;
    int sync() override;
    bool hand_over();
    void empty_out() { setp(bytes.data(), bytes.data() + bytes.size()); }
  };
  Buffer buffer_;
};

}  // namespace agendum
