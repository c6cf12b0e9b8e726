#include "model/format/atomic_file.h"

#include <dirent.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <random>

#include "model/core/byte_size.h"

namespace rw {
namespace fs = std::filesystem;
namespace {

std::string failure(const std::string& path, const std::string& why) { return path + ": " + why; }

std::string errnoText(int number) { return std::strerror(number); }

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
    int fd = ::open(directory.empty() ? "." : directory.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) return;
    ::fsync(fd);
    ::close(fd);
}

// Temporary names carry the writer's process id, so that the next save can tell the leftovers
// of a killed writer (whose process is gone) from the work of one still running.
std::string temporaryPrefix(const fs::path& target) { return "." + target.filename().string() + ".tmp-"; }

std::string temporaryName(const fs::path& target) {
    static std::mt19937_64 random{std::random_device{}()};
    return temporaryPrefix(target) + std::to_string(::getpid()) + "-" + std::to_string(random() % 1000000000);
}

void removeLeftovers(const fs::path& target) {
    fs::path directory = target.parent_path().empty() ? fs::path(".") : target.parent_path();
    std::string prefix = temporaryPrefix(target);
    DIR* dir = ::opendir(directory.c_str());
    if (!dir) return;
    while (dirent* entry = ::readdir(dir)) {
        std::string_view name = entry->d_name;
        if (!name.starts_with(prefix)) continue;
        long pid = std::strtol(std::string(name.substr(prefix.size())).c_str(), nullptr, 10);
        if (pid <= 0 || (::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH))
            ::unlinkat(::dirfd(dir), entry->d_name, 0);
    }
    ::closedir(dir);
}

// A file being written: without a name until it is complete (O_TMPFILE), so that a writer killed
// half-way leaves nothing; then linked under a hidden temporary name, ready to be renamed.
class PendingFile {
public:
    explicit PendingFile(const fs::path& target) : m_target(target) {}
    PendingFile(const PendingFile&) = delete;
    PendingFile& operator=(const PendingFile&) = delete;
    ~PendingFile() {
        if (m_fd >= 0) ::close(m_fd);
        if (!m_name.empty()) ::unlink(m_name.c_str());
    }

    // Writes and flushes `content` with `mode`; returns an error message, or "".
    std::string write(std::string_view content, mode_t mode) {
        fs::path directory = m_target.parent_path().empty() ? fs::path(".") : m_target.parent_path();
        m_fd = ::open(directory.c_str(), O_TMPFILE | O_WRONLY | O_CLOEXEC, mode);
        if (m_fd < 0) {  // a file system without unnamed files: a named one from the start
            m_name = (directory / temporaryName(m_target)).string();
            m_fd = ::open(m_name.c_str(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, mode);
            if (m_fd < 0) {
                m_name.clear();
                return "cannot write here: " + errnoText(errno);
            }
        }
        ::fchmod(m_fd, mode);  // the umask must not narrow the permissions of the file replaced
        if (!writeAll(m_fd, content) || ::fsync(m_fd) != 0) return "write failed: " + errnoText(errno);
        if (m_name.empty()) {
            std::string name = (directory / temporaryName(m_target)).string();
            std::string self = "/proc/self/fd/" + std::to_string(m_fd);
            if (::linkat(AT_FDCWD, self.c_str(), AT_FDCWD, name.c_str(), AT_SYMLINK_FOLLOW) != 0)
                return "cannot write here: " + errnoText(errno);
            m_name = name;
        }
        int closed = ::close(m_fd);
        m_fd = -1;
        return closed == 0 ? "" : "write failed: " + errnoText(errno);
    }

    // Renames the file over `path` (which, if a symbolic link, is replaced, not followed).
    std::string moveTo(const fs::path& path) {
        if (::rename(m_name.c_str(), path.c_str()) != 0) return errnoText(errno);
        m_name.clear();
        return "";
    }

private:
    fs::path m_target;
    int m_fd = -1;
    std::string m_name;
};

// Keeps the file now at `target` as `target~`: a second name for it when the file system allows
// (no copy, and exactly the old bytes), else a copy; in both cases put in place by a rename, so
// that whatever was at `target~` — a symbolic link too — is replaced and never written through.
std::string keepBackup(const fs::path& target, mode_t mode) {
    fs::path backup = target.string() + "~";
    fs::path directory = target.parent_path().empty() ? fs::path(".") : target.parent_path();
    std::string linked = (directory / temporaryName(target)).string();
    if (::link(target.c_str(), linked.c_str()) == 0) {
        if (::rename(linked.c_str(), backup.c_str()) == 0) {
            // When `target~` already is this very file (a save killed after its backup step),
            // rename() succeeds without doing anything (POSIX): the temporary name must go too.
            ::unlink(linked.c_str());
            return "";
        }
        int saved = errno;
        ::unlink(linked.c_str());
        return errnoText(saved);
    }
    std::string old, why;
    if (!readWholeFile(target.string(), old, why, UINT64_MAX)) return why;
    PendingFile copy(target);
    if (why = copy.write(old, mode); !why.empty()) return why;
    return copy.moveTo(backup);
}

bool readAll(int fd, std::string& content, std::uint64_t maxBytes, bool& tooLarge) {
    char buffer[1 << 16];
    tooLarge = false;
    for (;;) {
        ssize_t got = ::read(fd, buffer, sizeof buffer);
        if (got < 0 && errno == EINTR) continue;
        if (got < 0) return false;
        if (got == 0) return true;
        if (content.size() + static_cast<std::size_t>(got) > maxBytes) {
            tooLarge = true;  // a file that grows while it is read
            return false;
        }
        content.append(buffer, static_cast<std::size_t>(got));
    }
}

}  // namespace

WriteResult writeFileAtomically(const std::string& path, std::string_view content, bool keepBackupCopy) {
    std::error_code error;
    // A project opened through a symbolic link is saved into the file the link points to.
    fs::path target = path;
    if (fs::is_symlink(fs::symlink_status(path, error))) {
        target = fs::weakly_canonical(path, error);
        if (error) return {failure(path, "cannot follow the link: " + error.message())};
    }
    struct stat existing {};
    bool exists = ::stat(target.c_str(), &existing) == 0;
    if (exists && S_ISDIR(existing.st_mode)) return {failure(path, "is a directory")};
    if (exists && !S_ISREG(existing.st_mode)) return {failure(path, "is not a regular file")};
    mode_t mode = exists ? (existing.st_mode & 07777) : 0644;

    removeLeftovers(target);
    PendingFile pending(target);
    if (std::string why = pending.write(content, mode); !why.empty()) return {failure(path, why)};
    if (keepBackupCopy && exists)
        if (std::string why = keepBackup(target, mode); !why.empty())
            return {failure(path, "cannot keep the previous version as " + target.string() + "~: " + why)};
    if (std::string why = pending.moveTo(target); !why.empty()) return {failure(path, "cannot replace: " + why)};
    syncDirectory(target.parent_path());
    return {};
}

std::string whyNotARegularFile(const std::string& path) {
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0) return errno == ENOENT || errno == ENOTDIR ? "no such file" : "cannot be read";
    if (S_ISDIR(info.st_mode)) return "is a directory, not a file";
    if (S_ISCHR(info.st_mode) || S_ISBLK(info.st_mode)) return "is a device, not a file";
    if (S_ISFIFO(info.st_mode)) return "is a pipe (FIFO), not a file";
    if (S_ISSOCK(info.st_mode)) return "is a socket, not a file";
    if (!S_ISREG(info.st_mode)) return "is not a regular file";
    return "";
}

bool readWholeFile(const std::string& path, std::string& content, std::string& why, std::uint64_t maxBytes) {
    content.clear();
    if (why = whyNotARegularFile(path); !why.empty()) return false;
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) {
        why = "cannot be read";
        return false;
    }
    struct stat info {};
    if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {  // replaced between the look and the open
        ::close(fd);
        why = "is not a regular file";
        return false;
    }
    bool tooLarge = static_cast<std::uint64_t>(info.st_size) > maxBytes;
    // Room for the whole file at once: growing by doubling would copy it several times.
    if (!tooLarge) content.reserve(static_cast<std::size_t>(info.st_size) + 1);
    bool read = !tooLarge && readAll(fd, content, maxBytes, tooLarge);
    ::close(fd);
    if (tooLarge) {
        content.clear();
        why = "larger than " + describeBytes(maxBytes) + "; refused";
        return false;
    }
    if (!read) why = "cannot be read";
    return read;
}

}  // namespace rw
