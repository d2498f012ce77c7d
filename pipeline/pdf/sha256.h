// SHA-256 (FIPS 180-4), for the packet's source.sha256.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace agendum {

// Incremental: a file is hashed as it is read, a block at a time, never held whole.
class Sha256 {
 public:
  Sha256();
  void add(std::string_view bytes);
  // Lower-case hex digest, 64 characters. Call once, after the last add().
  std::string hex_digest();

 private:
  std::array<uint32_t, 8> state_;
  std::array<unsigned char, 64> pending_{};
  size_t pending_size_ = 0;
  uint64_t length_ = 0;
};

// Lower-case hex digest of a whole byte string.
std::string sha256_hex(std::string_view bytes);

}  // namespace agendum
