#pragma once
// Writing files so that a crash, a kill or a full disk never leaves a half-written file behind,
// and reading input files with a bound, so that a device or an endless stream is never read.

#include <cstdint>
#include <string>
#include <string_view>

namespace rw {

struct WriteResult {
    std::string error;  // empty on success: "path: why"
    explicit operator bool() const { return error.empty(); }
};

// Writes `content` beside `path` in a file without a name (or, where the file system cannot,
// a hidden temporary one), flushes it to disk and renames it over `path`. A symbolic link at
// `path` is followed: its target is replaced, the link stays. With `keepBackup`, the previous
// version is kept as `path~` beside that target; a link or anything else at `path~` is replaced,
// never written through. On failure the existing file is untouched and nothing is left behind.
// Hidden temporary files left by a writer that was killed are removed by the next save.
WriteResult writeFileAtomically(const std::string& path, std::string_view content, bool keepBackup);

// The most any input file is read into memory by default: transcripts, tables, roles.
inline constexpr std::uint64_t kMaxInputBytes = std::uint64_t{512} << 20;
// The most a project file may hold: a study of 2,000 nodes × 500 cases with two quotes a tick
// is about 650 MB.
inline constexpr std::uint64_t kMaxProjectBytes = std::uint64_t{2} << 30;

// Returns why `path` cannot be read as an input file ("no such file", "is a directory, not a
// file", "is a device, not a file", "is a pipe (FIFO), not a file"); empty for a regular file.
// Checked before opening: opening a FIFO would wait for a writer.
std::string whyNotARegularFile(const std::string& path);

// Reads the whole regular file into `content`; on failure returns false with `why` ("no such
// file", "is a device, not a file", "larger than 512 MiB; refused").
bool readWholeFile(const std::string& path, std::string& content, std::string& why,
                   std::uint64_t maxBytes = kMaxInputBytes);

}  // namespace rw
