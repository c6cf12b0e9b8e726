#include "model/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace rw {
namespace fs = std::filesystem;
namespace {

std::string failure(const std::string& path, const std::string& why) { return path + ": " + why; }

bool writeAll(int fd, std::string_view content) {
    while (!content.empty()) {
        ssize_t written = ::write(fd, content.data(), content.size());
        if (written < 0) {
            if (errno == EINTR) continue;
            return false;
        }
        content.remove_prefix(static_cast<std::size_t>(written));
    }
    return true;
}

// After the rename, flushing the directory makes the new name itself survive a power cut.
void syncDirectory(const fs::path& directory) {
    int fd = ::open(directory.empty() ? "." : directory.c_str(), O_RDONLY | O_DIRECTORY);
    if (fd < 0) return;
    ::fsync(fd);
    ::close(fd);
}

}  // namespace

WriteResult writeFileAtomically(const std::string& path, std::string_view content,
                                bool keepBackup) {
    std::error_code error;
    fs::path target(path);
    if (fs::is_directory(target, error)) return {failure(path, "is a directory")};
    fs::path directory = target.parent_path();
    std::string pattern = (directory / ("." + target.filename().string() + ".tmp-XXXXXX")).string();
    int fd = ::mkstemp(pattern.data());
    if (fd < 0) return {failure(path, std::string("cannot write here: ") + std::strerror(errno))};

    struct stat existing {};
    bool exists = ::stat(path.c_str(), &existing) == 0;
    ::fchmod(fd, exists ? (existing.st_mode & 07777) : 0644);

    bool ok = writeAll(fd, content) && ::fsync(fd) == 0;
    int savedErrno = errno;
    ok = (::close(fd) == 0) && ok;
    if (!ok) {
        ::unlink(pattern.c_str());
        return {failure(path, std::string("write failed: ") + std::strerror(savedErrno))};
    }
    if (keepBackup && exists) {
        fs::copy_file(target, path + "~", fs::copy_options::overwrite_existing, error);
        if (error) {
            ::unlink(pattern.c_str());
            return {failure(path, "cannot keep the previous version as " + path + "~: " +
                                      error.message())};
        }
    }
    if (::rename(pattern.c_str(), path.c_str()) != 0) {
        savedErrno = errno;
        ::unlink(pattern.c_str());
        return {failure(path, std::string("cannot replace: ") + std::strerror(savedErrno))};
    }
    syncDirectory(directory);
    return {};
}

bool readWholeFile(const std::string& path, std::string& content, std::string& error) {
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
        error = "is a directory, not a file";
        return false;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        error = fs::exists(path, ec) ? "cannot be read" : "no such file";
        return false;
    }
    std::ostringstream buffer;
    buffer << in.rdbuf();
    content = buffer.str();
    return true;
}

}  // namespace rw
