#include "app/document/disk_stamp.h"

#include <sys/stat.h>

#include "model/format/atomic_file.h"

namespace rw::document {

std::uint64_t fnv1a(const std::string& bytes) {
    std::uint64_t hash = 14695981039346656037ull;
    for (unsigned char c : bytes) {
        hash ^= c;
        hash *= 1099511628211ull;
    }
    return hash;
}

DiskStamp DiskStamp::of(const std::string& path) {
    DiskStamp stamp;
    struct stat info {};
    if (path.empty() || ::stat(path.c_str(), &info) != 0) return stamp;
    std::string content;
    std::string why;
    if (!readWholeFile(path, content, why, kMaxProjectBytes)) return stamp;
    stamp.exists = true;
    stamp.size = static_cast<std::int64_t>(content.size());
    stamp.mtimeNs = static_cast<std::int64_t>(info.st_mtim.tv_sec) * 1000000000 + info.st_mtim.tv_nsec;
    stamp.contentHash = fnv1a(content);
    return stamp;
}

DiskStamp DiskStamp::ofContent(const std::string& content) {
    DiskStamp stamp;
    stamp.exists = true;
    stamp.size = static_cast<std::int64_t>(content.size());
    stamp.contentHash = fnv1a(content);
    return stamp;
}

bool DiskStamp::differsFrom(const DiskStamp& now) const {
    if (exists != now.exists) return true;
    if (!exists) return false;
    // Same size and mtime: not worth hashing again; otherwise the bytes decide.
    if (size == now.size && mtimeNs == now.mtimeNs) return false;
    return size != now.size || contentHash != now.contentHash;
}

}  // namespace rw::document
