#include "model/format/templates.h"

#include <algorithm>
#include <chrono>
#include <ctime>
#include <filesystem>

namespace rw {

std::string todayIso() {
    std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm local{};
    localtime_r(&now, &local);
    char buffer[16];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%d", &local);
    return buffer;
}

Project instantiateTemplate(const Project& templ, const std::string& title, const std::string& today) {
    Project project = templ;
    project.meta.created = today;
    project.meta.authors.clear();
    if (!title.empty()) {
        project.meta.title = title;
    } else {
        for (const char* suffix : {" (template)", " (sjabloon)"}) {
            std::string& t = project.meta.title;
            std::string s = suffix;
            if (t.size() > s.size() && t.compare(t.size() - s.size(), s.size(), s) == 0) t.resize(t.size() - s.size());
        }
    }
    return project;
}

std::vector<std::string> listTemplates(const std::string& directory) {
    std::vector<std::string> names;
    std::error_code error;
    for (const auto& entry : std::filesystem::directory_iterator(directory, error))
        if (entry.path().extension() == ".realist") names.push_back(entry.path().stem().string());
    std::sort(names.begin(), names.end());
    return names;
}

}  // namespace rw
