#pragma once
// The project's edit history: push applies a command; undo and redo walk the history.

#include <functional>
#include <memory>
#include <mutex>
#include <shared_mutex>
#include <string>
#include <vector>

#include "model/edit/command.h"

namespace rw {

class UndoStack {
public:
    using Listener = std::function<void(const Change&)>;

    explicit UndoStack(Project& project) : m_project(project) {}

    // Applies the command and records it; merges it into the previous one when both have the
    // same merge key. Returns false (and does nothing) for a null command.
    bool push(std::unique_ptr<Command> command);

    // While a Macro lives, the commands pushed undo as one step named `text`; an empty macro
    // leaves no trace. It ends when it goes out of scope, so an early return or an exception
    // cannot leave the stack recording. Macros nest.
    class [[nodiscard]] Macro {
    public:
        Macro(UndoStack& stack, const std::string& text) : m_stack(stack) { m_stack.beginMacro(text); }
        ~Macro() { m_stack.endMacro(); }
        Macro(const Macro&) = delete;
        Macro& operator=(const Macro&) = delete;

    private:
        UndoStack& m_stack;
    };
    Macro macro(const std::string& text) { return Macro(*this, text); }

    bool canUndo() const { return m_index > 0 && m_macros.empty(); }
    bool canRedo() const { return m_index < m_commands.size() && m_macros.empty(); }
    // Returns the name of the edit that undo would revert, or "".
    std::string undoText() const;
    std::string redoText() const;
    void undo();
    void redo();

    // The clean state is the one last saved; isClean tells whether the project is unchanged.
    void setClean() { m_cleanIndex = static_cast<long>(m_index); }
    bool isClean() const { return m_cleanIndex == static_cast<long>(m_index); }
    std::size_t count() const { return m_commands.size(); }
    void clear();

    // A write guard locks the project for writing (and returns the lock): every change of the
    // project then holds it, so that another thread may read the project under a shared lock
    // (the editor copies it for its background jobs).
    using WriteGuard = std::function<std::unique_lock<std::shared_mutex>()>;
    void setWriteGuard(WriteGuard guard) { m_writeGuard = std::move(guard); }

    // Called after every push, undo and redo with what changed: once for each thing a compound
    // edit touched.
    void addListener(Listener listener) { m_listeners.push_back(std::move(listener)); }

    Project& project() { return m_project; }
    const Project& project() const { return m_project; }

private:
    void beginMacro(const std::string& text);
    void endMacro();  // the innermost
    void notify(const Change& change);
    // Holds the write lock, if there is one, until it goes out of scope.
    std::unique_lock<std::shared_mutex> lockForWriting() {
        return m_writeGuard ? m_writeGuard() : std::unique_lock<std::shared_mutex>();
    }

    Project& m_project;
    std::vector<std::unique_ptr<Command>> m_commands;
    std::size_t m_index = 0;    // commands before it are applied
    long m_cleanIndex = 0;      // -1 when the clean state was dropped from the history
    std::vector<std::unique_ptr<CompoundCommand>> m_macros;
    std::vector<Listener> m_listeners;
    WriteGuard m_writeGuard;
};

}  // namespace rw
