#include "model/edit/undo_stack.h"

namespace rw {

bool UndoStack::push(std::unique_ptr<Command> command) {
    if (!command) return false;
    {
        auto lock = lockForWriting();
        command->redo(m_project);
    }
    std::vector<Change> changes = command->changes();
    if (!m_macros.empty()) {
        m_macros.back()->addApplied(std::move(command));
        for (const Change& change : changes) notify(change);
        return true;
    }
    // Anything after the current index can no longer be redone.
    if (static_cast<long>(m_commands.size()) > static_cast<long>(m_index)) {
        if (m_cleanIndex > static_cast<long>(m_index)) m_cleanIndex = -1;
        m_commands.resize(m_index);
    }
    std::string key = command->mergeKey();
    bool mergeable = !key.empty() && m_index > 0 && !isClean() &&
                     m_commands[m_index - 1]->mergeKey() == key;
    if (mergeable) {
        m_commands[m_index - 1]->absorb(*command);
        // Back where it started: no undo step, and clean again if it was clean before.
        if (m_commands[m_index - 1]->changesNothing(m_project)) {
            m_commands.pop_back();
            --m_index;
        }
    } else {
        m_commands.push_back(std::move(command));
        ++m_index;
    }
    for (const Change& change : changes) notify(change);
    return true;
}

void UndoStack::beginMacro(const std::string& text) {
    m_macros.push_back(std::make_unique<CompoundCommand>(text));
}

void UndoStack::endMacro() {
    if (m_macros.empty()) return;
    std::unique_ptr<CompoundCommand> macro = std::move(m_macros.back());
    m_macros.pop_back();
    if (macro->empty()) return;
    if (!m_macros.empty()) {
        m_macros.back()->addApplied(std::move(macro));
        return;
    }
    if (m_cleanIndex > static_cast<long>(m_index)) m_cleanIndex = -1;
    m_commands.resize(m_index);
    m_commands.push_back(std::move(macro));
    ++m_index;
}

std::string UndoStack::undoText() const {
    return canUndo() ? m_commands[m_index - 1]->text() : std::string();
}

std::string UndoStack::redoText() const {
    return canRedo() ? m_commands[m_index]->text() : std::string();
}

void UndoStack::undo() {
    if (!canUndo()) return;
    Command& command = *m_commands[--m_index];
    {
        auto lock = lockForWriting();
        command.undo(m_project);
    }
    for (const Change& change : command.changes()) notify(change);
}

void UndoStack::redo() {
    if (!canRedo()) return;
    Command& command = *m_commands[m_index++];
    {
        auto lock = lockForWriting();
        command.redo(m_project);
    }
    for (const Change& change : command.changes()) notify(change);
}

void UndoStack::clear() {
    m_commands.clear();
    m_macros.clear();
    m_index = 0;
    m_cleanIndex = 0;
}

void UndoStack::notify(const Change& change) {
    for (const Listener& listener : m_listeners) listener(change);
}

}  // namespace rw
