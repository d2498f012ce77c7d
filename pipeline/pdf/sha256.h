// SHA-256 of a byte string (FIPS 180-4), for the packet's source.sha256.
#pragma once

#include <string>
#include <string_view>

namespace agendum {

// Lower-case hex digest, 64 characters.
std::string sha256_hex(std::string_view bytes);

}  // namespace agendum
