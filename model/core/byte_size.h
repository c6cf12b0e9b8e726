#pragma once
// A size as a person reads it in an error message.

#include <cstdint>
#include <string>

namespace rw {

// Returns "4 MiB", "64 KiB" or "1000 bytes": MiB or KiB when the size is a whole number of them.
std::string describeBytes(std::uint64_t bytes);

}  // namespace rw
