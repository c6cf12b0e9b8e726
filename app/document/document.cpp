#include "app/document/document.h"

#include <algorithm>
#include <filesystem>

#include "model/format/xml_reader.h"
#include "model/format/xml_writer.h"

namespace rw::document {

Document::Document() {
    m_project.theories.push_back(Theory{"theory", "Theory", {}, {}, {}});
    m_undo.setWriteGuard([snapshots = m_snapshots.get()] { return snapshots->beginWrite(); });
    m_undo.addListener([this](const Change& change) { notify(change); });
}

Document::~Document() { m_snapshots->detach(); }

bool Document::open(const std::string& path, std::string& error) {
    LoadResult loaded = loadProject(path);
    if (!loaded) {
        error = loaded.error.toString();
        return false;
    }
    {
        auto writing = m_snapshots->beginWrite();
        m_project = std::move(*loaded.project);
    }
    m_undo.clear();
    m_forcedDirty = false;
    m_path = std::filesystem::absolute(path).lexically_normal().string();
    m_stamp = DiskStamp::of(m_path);
    notify(Change{});
    stateChanged();
    return true;
}

void Document::replace(Project project, const std::string& path, bool dirty) {
    {
        auto writing = m_snapshots->beginWrite();
        m_project = std::move(project);
    }
    m_undo.clear();
    m_forcedDirty = dirty;
    m_path = path.empty() ? std::string() : std::filesystem::absolute(path).lexically_normal().string();
    // A recovered copy compares against the file as it is now: only later changes count.
    m_stamp = DiskStamp::of(m_path);
    notify(Change{});
    stateChanged();
}

WriteResult Document::save() {
    if (m_path.empty()) return {"the project has no file name yet"};
    WriteResult result = saveProject(m_project, m_path);
    if (!result) return result;
    m_stamp = DiskStamp::of(m_path);
    m_undo.setClean();
    m_forcedDirty = false;
    stateChanged();
    return result;
}

WriteResult Document::saveAs(const std::string& path) {
    std::string absolute = std::filesystem::absolute(path).lexically_normal().string();
    WriteResult result = saveProject(m_project, absolute);
    if (!result) return result;
    m_path = absolute;
    m_stamp = DiskStamp::of(m_path);
    m_undo.setClean();
    m_forcedDirty = false;
    stateChanged();
    return result;
}

bool Document::changedOnDisk() const {
    if (m_path.empty()) return false;
    return m_stamp.differsFrom(DiskStamp::of(m_path));
}

void Document::acknowledgeDisk() { m_stamp = DiskStamp::of(m_path); }

bool Document::push(std::unique_ptr<Command> command) { return m_undo.push(std::move(command)); }

std::string Document::fileName() const {
    if (m_path.empty()) return "Untitled";
    return std::filesystem::path(m_path).filename().string();
}

int Document::addListener(Listener listener) { return m_listeners.add(std::move(listener)); }

void Document::removeListener(int token) { m_listeners.remove(token); }

void Document::notify(const Change& change) {
    m_listeners.call(change);
    stateChanged();
}

void Document::stateChanged() {
    if (m_stateListener) m_stateListener();
}

}  // namespace rw::document
