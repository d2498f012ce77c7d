#include "pipeline/output/sink_stream.h"

#include <utility>

namespace agendum {

SinkStream::SinkStream(Sink sink, size_t buffer_bytes) : std::ostream(nullptr) {
  buffer_.sink = std::move(sink);
  buffer_.bytes.resize(buffer_bytes);
  buffer_.empty_out();
  rdbuf(&buffer_);
}

bool SinkStream::Buffer::hand_over() {
  const std::string_view pending(pbase(), static_cast<size_t>(pptr() - pbase()));
  empty_out();
  if (!status.ok()) return false;
  if (!pending.empty()) status = sink(pending);
  return status.ok();
}

SinkStream::Buffer::int_type SinkStream::Buffer::overflow(int_type c) {
  if (!hand_over()) return traits_type::eof();
  if (traits_type::eq_int_type(c, traits_type::eof())) return traits_type::not_eof(c);
  *pptr() = traits_type::to_char_type(c);
  pbump(1);
  return c;
}

int SinkStream::Buffer::sync() { return hand_over() ? 0 : -1; }

Status SinkStream::finish() {
  if (!buffer_.hand_over()) setstate(std::ios::badbit);
  return buffer_.status;
}

}  // namespace agendum
