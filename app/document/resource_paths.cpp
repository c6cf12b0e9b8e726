#include "app/document/resource_paths.h"

#include <cstdlib>
#include <filesystem>

namespace rw::document {
namespace fs = std::filesystem;
namespace {

void addIfDirectory(std::vector<std::string>& list, const fs::path& path) {
    std::error_code error;
    if (path.empty() || !fs::is_directory(path, error)) return;
    std::string normal = path.lexically_normal().string();
    for (const std::string& known : list)
        if (known == normal) return;
    list.push_back(normal);
}

}  // namespace

std::vector<std::string> templateDirectories(const std::string& executableDir) {
    std::vector<std::string> directories;
    if (const char* path = std::getenv("REALIST_TEMPLATE_PATH")) {
        std::string list = path;
        for (std::size_t start = 0; start <= list.size();) {
            std::size_t colon = std::min(list.find(':', start), list.size());
            if (colon > start) addIfDirectory(directories, list.substr(start, colon - start));
            start = colon + 1;
        }
    }
    if (!executableDir.empty()) addIfDirectory(directories, fs::path(executableDir) / "../share/realist/templates");
    addIfDirectory(directories, REALIST_INSTALL_DATADIR "/realist/templates");
    addIfDirectory(directories, REALIST_SOURCE_DIR "/templates");
    return directories;
}

std::vector<std::string> localeDirectories(const std::string& executableDir) {
    std::vector<std::string> directories;
    if (!executableDir.empty()) {
        addIfDirectory(directories, fs::path(executableDir) / "locale");  // the build tree
        addIfDirectory(directories, fs::path(executableDir) / "../share/locale");
    }
    addIfDirectory(directories, REALIST_INSTALL_DATADIR "/locale");
    addIfDirectory(directories, REALIST_BINARY_LOCALE_DIR);
    return directories;
}

std::string samplesDirectory(const std::string& executableDir) {
    std::vector<std::string> directories;
    if (!executableDir.empty()) addIfDirectory(directories, fs::path(executableDir) / "../share/realist/samples");
    addIfDirectory(directories, REALIST_INSTALL_DATADIR "/realist/samples");
    addIfDirectory(directories, REALIST_SOURCE_DIR "/samples");
    return directories.empty() ? std::string() : directories.front();
}

}  // namespace rw::document
