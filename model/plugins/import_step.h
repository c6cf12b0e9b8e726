#pragma once
// Building the one undoable step an import becomes: each edit is tried on a scratch copy of the
// project as it is added, so that the next edit sees it (ids, indices); the finished step is
// handed back unapplied, and a failed import never touches the real project.

#include <memory>
#include <string>

#include "model/edit/command.h"
#include "model/plugins/plugin_api.h"

namespace rw {

class ImportStep {
public:
    ImportStep(const Project& project, std::string text)
        : m_scratch(project), m_step(std::make_unique<CompoundCommand>(std::move(text))) {}

    // The project as it will be once the edits added so far are applied.
    const Project& scratch() const { return m_scratch; }
    // Applies `command` to the scratch copy and keeps it; returns false (keeping nothing) for null.
    bool add(std::unique_ptr<Command> command);
    // Returns how many edits were added.
    int count() const { return m_count; }
    // Returns the step, unapplied, ready for UndoStack::push or redo on the project.
    std::unique_ptr<Command> finish();

private:
    Project m_scratch;
    std::unique_ptr<CompoundCommand> m_step;
    int m_count = 0;
};

// Returns the importer option `key` the user gave, or "".
std::string importOption(const ImportRequest& request, const std::string& key);

}  // namespace rw
