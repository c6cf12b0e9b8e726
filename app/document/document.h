#pragma once
// A project being edited: the project, the file it belongs to, its edit history and whether it
// has unsaved changes. It knows nothing of windows; the editor's views listen to it.

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "app/document/disk_stamp.h"
#include "app/document/listener_list.h"
#include "app/document/snapshot_source.h"
#include "model/core/project.h"
#include "model/edit/command.h"
#include "model/edit/undo_stack.h"
#include "model/format/atomic_file.h"

namespace rw::document {

class Document {
public:
    using Listener = std::function<void(const Change&)>;

    // An untitled, empty, clean document.
    Document();
    ~Document();
    Document(const Document&) = delete;
    Document& operator=(const Document&) = delete;

    // Loads the file at `path`; on failure leaves the document as it was and returns false with
    // `error` ("path:line:col: message").
    bool open(const std::string& path, std::string& error);

    // Replaces the project (new from a template, a recovered copy); `path` may be empty. With
    // `dirty` the document counts as unsaved until the next save.
    void replace(Project project, const std::string& path, bool dirty);

    // Saves atomically to path(), keeping the previous version as `path~`. Returns the error.
    WriteResult save();
    // Saves to `path` and makes it the document's file.
    WriteResult saveAs(const std::string& path);

    // Returns true when the file was changed on disk by someone else since we read or wrote it.
    bool changedOnDisk() const;
    // Accepts the file's current state as known (after the user chose to overwrite or ignore).
    void acknowledgeDisk();

    // Applies an edit through the undo stack. Returns false (and changes nothing) for null.
    bool push(std::unique_ptr<Command> command);

    // Returns true when there are unsaved changes.
    bool isDirty() const { return m_forcedDirty || !m_undo.isClean(); }
    // Returns the file path, or "" for an untitled document.
    const std::string& path() const { return m_path; }
    // Returns the file name without folders, or "Untitled" (untranslated: the caller translates).
    std::string fileName() const;

    Project& project() { return m_project; }
    const Project& project() const { return m_project; }
    UndoStack& undoStack() { return m_undo; }
    const UndoStack& undoStack() const { return m_undo; }
    // The project for background jobs, copied on their thread (snapshot_source.h).
    const std::shared_ptr<SnapshotSource>& snapshots() const { return m_snapshots; }

    // Listeners hear every edit, undo and redo, and a Scope::Project change when the whole
    // project was replaced. Returns a token for removeListener.
    int addListener(Listener listener);
    void removeListener(int token);
    // Tells every listener that what they show changed without an edit (another theory shown).
    void announce(const Change& change) { notify(change); }
    // Called after a save or anything else that changes the dirty state but not the project.
    void setStateListener(std::function<void()> listener) { m_stateListener = std::move(listener); }

private:
    void notify(const Change& change);
    void stateChanged();

    Project m_project;
    std::shared_ptr<SnapshotSource> m_snapshots = std::make_shared<SnapshotSource>(m_project);
    UndoStack m_undo{m_project};
    std::string m_path;
    DiskStamp m_stamp;
    bool m_forcedDirty = false;
    ListenerList<const Change&> m_listeners;
    std::function<void()> m_stateListener;
};

}  // namespace rw::document
