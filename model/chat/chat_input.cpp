#include "model/chat/chat_input.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <ctime>
#include <sys/stat.h>

#include "model/chat/chat_zip.h"
#include "model/format/atomic_file.h"

namespace rw {

namespace {

class FileReader : public ChatByteReader {
public:
    explicit FileReader(int fd) : m_fd(fd) {}
    ~FileReader() override { ::close(m_fd); }
    FileReader(const FileReader&) = delete;
    FileReader& operator=(const FileReader&) = delete;

    long read(char* buffer, std::size_t size) override {
        for (;;) {
            ssize_t n = ::read(m_fd, buffer, size);
            if (n >= 0) return static_cast<long>(n);
            if (errno == EINTR) continue;
            m_error = std::strerror(errno);
            return -1;
        }
    }
    std::string error() const override { return m_error; }

private:
    int m_fd;
    std::string m_error;
};

class FileInput : public ChatInput {
public:
    explicit FileInput(std::string path) : m_path(std::move(path)) {}
    std::unique_ptr<ChatByteReader> open(std::string& why) const override {
        int fd = ::open(m_path.c_str(), O_RDONLY | O_CLOEXEC);
        if (fd < 0) {
            why = std::strerror(errno);
            return nullptr;
        }
        return std::make_unique<FileReader>(fd);
    }
    const std::string& name() const override { return m_path; }
    std::optional<int> writtenYear() const override {
        struct stat info {};
        if (::stat(m_path.c_str(), &info) != 0) return std::nullopt;
        return localYearOf(static_cast<long long>(info.st_mtime));
    }

private:
    std::string m_path;
};

class MemoryReader : public ChatByteReader {
public:
    explicit MemoryReader(const std::string& text) : m_text(text) {}
    long read(char* buffer, std::size_t size) override {
        std::size_t n = std::min(size, m_text.size() - m_at);
        std::memcpy(buffer, m_text.data() + m_at, n);
        m_at += n;
        return static_cast<long>(n);
    }
    std::string error() const override { return {}; }

private:
    const std::string& m_text;
    std::size_t m_at = 0;
};

class MemoryInput : public ChatInput {
public:
    MemoryInput(std::string name, std::string text, std::optional<int> year)
        : m_name(std::move(name)), m_text(std::move(text)), m_year(year) {}
    std::unique_ptr<ChatByteReader> open(std::string&) const override { return std::make_unique<MemoryReader>(m_text); }
    const std::string& name() const override { return m_name; }
    std::optional<int> writtenYear() const override { return m_year; }

private:
    std::string m_name;
    std::string m_text;
    std::optional<int> m_year;
};

}  // namespace

std::unique_ptr<ChatInput> openChatFile(const std::string& path, const ChatLimits& limits, Error& error) {
    // The parser reads its input twice, which a pipe or a terminal cannot offer; look before
    // opening, since opening a pipe would wait for a writer.
    if (std::string why = whyNotARegularFile(path); !why.empty()) {
        error = Error{why, path};
        return nullptr;
    }
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        error = Error{std::strerror(errno), path};
        return nullptr;
    }
    char magic[4] = {};
    ssize_t got = ::read(fd, magic, sizeof magic);
    ::close(fd);
    if (got == 4 && std::memcmp(magic, "PK\x03\x04", 4) == 0) return openChatZip(path, limits, error);
    return std::make_unique<FileInput>(path);
}

std::unique_ptr<ChatInput> chatInputFromText(std::string name, std::string text, std::optional<int> writtenYear) {
    return std::make_unique<MemoryInput>(std::move(name), std::move(text), writtenYear);
}

std::optional<int> localYearOf(long long time) {
    if (time < 365LL * 24 * 3600) return std::nullopt;
    std::time_t seconds = static_cast<std::time_t>(time);
    std::tm local {};
    if (!::localtime_r(&seconds, &local)) return std::nullopt;
    return local.tm_year + 1900;
}

}  // namespace rw
