#pragma once
// Autosaved copies of unsaved work, kept in one folder until the editor closes cleanly. Each
// open window owns one slot: `<slot>.realist` holds the project and `<slot>.origin` says which
// file it belongs to and which process wrote it, so a new start only offers the copies of
// processes that are gone (crashed), never those of another running editor.

#include <string>
#include <vector>

#include "model/core/project.h"
#include "model/format/atomic_file.h"

namespace rw::document {

struct RecoveryEntry {
    std::string slot;          // the slot name, to discard it
    std::string projectPath;   // the autosaved project (a .realist file)
    std::string originalPath;  // the file it belongs to, or "" for an untitled project
    std::string savedAt;       // local time of the autosave, "YYYY-MM-DD HH:MM"
};

class RecoveryStore {
public:
    // Uses `directory`, created on the first write.
    explicit RecoveryStore(std::string directory);

    // Returns a slot name unique to this process.
    std::string newSlot();

    // Writes the project atomically into `slot`, noting `originalPath`. Returns the error, if any.
    WriteResult write(const std::string& slot, const Project& project, const std::string& originalPath);

    // Removes the slot's files; missing files are fine.
    void discard(const std::string& slot);

    // Returns the slots left behind by processes that no longer run, oldest first.
    std::vector<RecoveryEntry> orphans() const;

    // Returns the path of the slot's project file.
    std::string projectPath(const std::string& slot) const;

    const std::string& directory() const { return m_directory; }

private:
    std::string originPath(const std::string& slot) const;

    std::string m_directory;
};

}  // namespace rw::document
