#include "app/cli/template_path.h"

#include <cstdlib>
#include <filesystem>

namespace rw::cli {
namespace fs = std::filesystem;

std::vector<std::string> templateDirectories() {
    std::vector<std::string> directories;
    if (const char* path = std::getenv("REALIST_TEMPLATE_PATH")) {
        std::string list = path;
        for (std::size_t start = 0; start <= list.size();) {
            std::size_t colon = std::min(list.find(':', start), list.size());
            if (colon > start) directories.push_back(list.substr(start, colon - start));
            start = colon + 1;
        }
    }
    directories.push_back(REALIST_INSTALL_TEMPLATES);
    directories.push_back(REALIST_SOURCE_TEMPLATES);
    return directories;
}

std::string findTemplate(const std::string& name) {
    std::error_code error;
    if (name.ends_with(".realist") && fs::is_regular_file(name, error)) return name;
    if (name.empty() || name.find('/') != std::string::npos) return {};
    for (const std::string& directory : templateDirectories()) {
        fs::path candidate = fs::path(directory) / (name + ".realist");
        if (fs::is_regular_file(candidate, error)) return candidate.string();
    }
    return {};
}

}  // namespace rw::cli
