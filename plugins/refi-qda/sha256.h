#pragma once
// SHA-256 (FIPS 180-4) of a byte string, for Source::sha256; small enough not to pull in a
// crypto library for one checksum.

#include <string>
#include <string_view>

namespace rw::qda {

// Returns the digest as 64 lower-case hex digits.
std::string sha256Hex(std::string_view bytes);

}  // namespace rw::qda
