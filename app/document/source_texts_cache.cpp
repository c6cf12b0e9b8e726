#include "app/document/source_texts_cache.h"

#include <sys/stat.h>

#include <filesystem>

namespace rw::document {

SourceTextsCache::FileStamps SourceTextsCache::stampsOf(const Project& project, const std::string& projectPath) {
    FileStamps stamps;
    for (const Source& source : project.sources) {
        struct stat info {};
        std::filesystem::path file(source.file);
        if (file.is_relative()) file = std::filesystem::path(projectPath).parent_path() / file;
        bool named = source.text.empty() && !source.file.empty();
        if (named && ::stat(file.c_str(), &info) == 0)
            stamps.emplace_back(info.st_size, info.st_mtim.tv_sec * 1000000000LL + info.st_mtim.tv_nsec);
        else
            stamps.emplace_back(-1, -1);
    }
    return stamps;
}

std::shared_ptr<const SourceTexts> SourceTextsCache::texts(const std::shared_ptr<const Project>& project,
                                                           const std::string& projectPath) {
    FileStamps stamps = stampsOf(*project, projectPath);
    bool same = m_texts && projectPath == m_projectPath && stamps == m_stamps &&
                (project == m_project || project->sources == m_project->sources);
    if (!same) m_texts = std::make_shared<const SourceTexts>(*project, projectPath);
    m_project = project;
    m_projectPath = projectPath;
    m_stamps = std::move(stamps);
    return m_texts;
}

}  // namespace rw::document
