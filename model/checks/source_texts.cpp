#include "model/checks/source_texts.h"

#include <filesystem>

#include "model/checks/quote_check.h"
#include "model/core/sha256.h"
#include "model/core/utf8_text.h"
#include "model/format/atomic_file.h"

namespace rw {

LoadedSourceText loadSourceText(const Source& source, const std::string& projectPath) {
    namespace fs = std::filesystem;
    LoadedSourceText result;
    if (!source.text.empty()) {
        result.origin = LoadedSourceText::Origin::Embedded;
        result.text = normaliseSourceText(source.text);
        return result;
    }
    if (source.file.empty()) return result;
    fs::path file(source.file);
    if (file.is_relative()) file = fs::path(projectPath).parent_path() / file;
    result.path = file.string();
    std::error_code error;
    if ((projectPath.empty() && fs::path(source.file).is_relative()) || !fs::is_regular_file(file, error)) {
        result.origin = LoadedSourceText::Origin::Missing;  // an untitled project has no folder to look in
        return result;
    }
    std::string bytes, why;
    // Quotes are UTF-8, and so is every text we show: anything else cannot be compared or shown.
    if (!readWholeFile(result.path, bytes, why) || firstInvalidUtf8(bytes) != std::string_view::npos) {
        result.origin = LoadedSourceText::Origin::Unreadable;
        return result;
    }
    std::string text = normaliseSourceText(bytes);
    // Importers record the digest of the text they embed, the sample that of the file itself.
    bool changed = !source.sha256.empty() && source.sha256 != sha256Hex(bytes) && source.sha256 != sha256Hex(text);
    result.origin = changed ? LoadedSourceText::Origin::Changed : LoadedSourceText::Origin::File;
    result.text = std::move(text);
    return result;
}

SourceTexts::SourceTexts(const Project& project, const std::string& projectPath) {
    for (const Source& source : project.sources) {
        auto entry = std::make_unique<Entry>();
        entry->loaded = loadSourceText(source, projectPath);
        if (entry->loaded.origin != LoadedSourceText::Origin::Changed && !entry->loaded.text.empty()) entry->index = std::make_unique<Utf8Index>(entry->loaded.text);
        m_entries[source.id] = std::move(entry);
    }
}

const Utf8Index* SourceTexts::find(const std::string& sourceId) const {
    auto it = m_entries.find(sourceId);
    return it == m_entries.end() ? nullptr : it->second->index.get();
}

LoadedSourceText::Origin SourceTexts::origin(const std::string& sourceId) const {
    auto it = m_entries.find(sourceId);
    return it == m_entries.end() ? LoadedSourceText::Origin::NoText : it->second->loaded.origin;
}

const std::string& SourceTexts::path(const std::string& sourceId) const {
    static const std::string kNone;
    auto it = m_entries.find(sourceId);
    return it == m_entries.end() ? kNone : it->second->loaded.path;
}

}  // namespace rw
