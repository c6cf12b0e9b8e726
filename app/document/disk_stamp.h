#pragma once
// What a file on disk looked like when we last read or wrote it, so that a change made by
// someone else is noticed before we overwrite it.

#include <cstdint>
#include <string>

namespace rw::document {

struct DiskStamp {
    bool exists = false;
    std::int64_t size = 0;
    std::int64_t mtimeNs = 0;    // modification time, nanoseconds since the epoch
    std::uint64_t contentHash = 0;  // FNV-1a of the bytes

    bool operator==(const DiskStamp&) const = default;

    // Returns the stamp of the file at `path` now; `exists` is false when it cannot be read.
    static DiskStamp of(const std::string& path);
    // Returns the stamp of `content` as if it had just been written to a file.
    static DiskStamp ofContent(const std::string& content);

    // Returns true when `now` holds other bytes than this stamp (a touch alone is no change).
    bool differsFrom(const DiskStamp& now) const;
};

// Returns the FNV-1a 64-bit hash of `bytes`: cheap, stable, good enough to tell versions apart.
std::uint64_t fnv1a(const std::string& bytes);

}  // namespace rw::document
