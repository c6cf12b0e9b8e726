#pragma once
// Writing a zip archive in memory (libzip), for the .qdpx exporter: members in the order given,
// deflated, each with the same fixed time stamp, so that the same members give the same bytes.

#include <string>
#include <vector>

namespace rw::qda {

struct ZipEntry {
    std::string name;  // "project.qde", "sources/….txt"
    std::string data;
};

// Returns the archive of `entries` in `archive`; false with `error` set when libzip refuses.
bool writeZipToMemory(const std::vector<ZipEntry>& entries, std::string& archive, std::string& error);

}  // namespace rw::qda
