#pragma once
// Writing files so that a crash or a full disk never leaves a half-written file behind.

#include <string>
#include <string_view>

namespace rw {

struct WriteResult {
    std::string error;  // empty on success: "path: why"
    explicit operator bool() const { return error.empty(); }
};

// Writes `content` to a temporary file beside `path`, flushes it to disk and renames it over
// `path`. With `keepBackup`, the previous version is kept as `path~` first. On failure the
// existing file is untouched and the temporary file removed.
WriteResult writeFileAtomically(const std::string& path, std::string_view content,
                                bool keepBackup);

// Reads the whole file into `content`; on failure returns false with `why` ("no such file").
bool readWholeFile(const std::string& path, std::string& content, std::string& why);

}  // namespace rw
