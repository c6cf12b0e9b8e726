#pragma once
// The sources' texts that the findings check quotes against, read again only when the sources
// or the files next to the project change: an edit to a tick must not reread a 100 MB chat.
// Used from one thread (the findings' worker).

#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "model/checks/source_texts.h"
#include "model/core/project.h"

namespace rw::document {

class SourceTextsCache {
public:
    // Returns the texts of the sources of `project` saved at `projectPath` (may be empty).
    std::shared_ptr<const SourceTexts> texts(const std::shared_ptr<const Project>& project, const std::string& projectPath);

private:
    // Size and modification time of each file the sources name, in source order.
    using FileStamps = std::vector<std::pair<std::int64_t, std::int64_t>>;
    static FileStamps stampsOf(const Project& project, const std::string& projectPath);

    std::shared_ptr<const Project> m_project;  // the one the texts were loaded for
    std::string m_projectPath;
    FileStamps m_stamps;
    std::shared_ptr<const SourceTexts> m_texts;
};

}  // namespace rw::document
