#pragma once
// SHA-256 of a byte string, for Source::sha256, computed by libgcrypt.

#include <string>
#include <string_view>

namespace rw {

// Returns the digest as 64 lower-case hex digits.
std::string sha256Hex(std::string_view bytes);

}  // namespace rw
