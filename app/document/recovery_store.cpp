#include "app/document/recovery_store.h"

#include <signal.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <ctime>
#include <filesystem>
#include <sstream>

#include "model/format/xml_writer.h"

namespace rw::document {
namespace fs = std::filesystem;
namespace {

std::string nowText() {
    std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%d %H:%M", &local);
    return buffer;
}

// A process that no longer exists cannot come back for its slot; EPERM means it exists.
bool processAlive(long pid) {
    if (pid <= 0) return false;
    if (pid == static_cast<long>(::getpid())) return true;
    return ::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM;
}

}  // namespace

RecoveryStore::RecoveryStore(std::string directory) : m_directory(std::move(directory)) {}

std::string RecoveryStore::newSlot() {
    // Unique in the process, not just in this store: two windows must never share a slot.
    static std::atomic<int> next{1};
    return "session-" + std::to_string(::getpid()) + "-" + std::to_string(next++);
}

std::string RecoveryStore::projectPath(const std::string& slot) const {
    return (fs::path(m_directory) / (slot + ".realist")).string();
}

std::string RecoveryStore::originPath(const std::string& slot) const {
    return (fs::path(m_directory) / (slot + ".origin")).string();
}

WriteResult RecoveryStore::write(const std::string& slot, const Project& project,
                                 const std::string& originalPath) {
    std::error_code error;
    fs::create_directories(m_directory, error);
    if (error) return {m_directory + ": " + error.message()};
    // The project first: an origin file without its project is ignored, never the reverse.
    WriteResult written = writeFileAtomically(projectPath(slot), writeProject(project), false);
    if (!written) return written;
    std::ostringstream origin;
    origin << "pid=" << ::getpid() << "\n"
           << "saved=" << nowText() << "\n"
           << "path=" << originalPath << "\n";
    return writeFileAtomically(originPath(slot), origin.str(), false);
}

void RecoveryStore::discard(const std::string& slot) {
    std::error_code error;
    fs::remove(originPath(slot), error);
    fs::remove(projectPath(slot), error);
}

std::vector<RecoveryEntry> RecoveryStore::orphans() const {
    std::vector<std::pair<fs::file_time_type, RecoveryEntry>> found;
    std::error_code error;
    for (const auto& file : fs::directory_iterator(m_directory, error)) {
        if (file.path().extension() != ".origin") continue;
        std::string slot = file.path().stem().string();
        std::string content;
        std::string why;
        if (!readWholeFile(file.path().string(), content, why)) continue;
        RecoveryEntry entry;
        entry.slot = slot;
        entry.projectPath = projectPath(slot);
        long pid = 0;
        std::istringstream lines(content);
        for (std::string line; std::getline(lines, line);) {
            if (line.starts_with("pid=")) pid = std::atol(line.c_str() + 4);
            else if (line.starts_with("saved=")) entry.savedAt = line.substr(6);
            else if (line.starts_with("path=")) entry.originalPath = line.substr(5);
        }
        if (processAlive(pid) || !fs::is_regular_file(entry.projectPath, error)) continue;
        found.emplace_back(fs::last_write_time(file.path(), error), std::move(entry));
    }
    std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<RecoveryEntry> entries;
    for (auto& [time, entry] : found) entries.push_back(std::move(entry));
    return entries;
}

}  // namespace rw::document
