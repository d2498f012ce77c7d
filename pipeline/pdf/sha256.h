// SHA-256 (FIPS 180-4), for the packet's source.sha256.
#pragma once

#include <memory>
#include <string>
#include <string_view>

struct evp_md_ctx_st;

namespace agendum {

// Incremental: a file is hashed as it is read, a block at a time, never held whole.
class Sha256 {
 public:
  Sha256();
  ~Sha256();
  Sha256(const Sha256&) = delete;
  Sha256& operator=(const Sha256&) = delete;

  void add(std::string_view bytes);
  // Lower-case hex digest, 64 characters. Call once, after the last add().
  std::string hex_digest();

 private:
  struct FreeContext {
    void operator()(evp_md_ctx_st* context) const;
  };
  std::unique_ptr<evp_md_ctx_st, FreeContext> context_;
};

// Lower-case hex digest of a whole byte string.
std::string sha256_hex(std::string_view bytes);

}  // namespace agendum
