#pragma once
// What an edit factory (edits.h) returns: a command ready for UndoStack::push, or the reason
// the model refuses the edit, in a sentence the editor can show as it is. It converts to the
// command itself where one is expected, so `push(edits::addNode(...))` reads as before.

#include <concepts>
#include <cstddef>
#include <memory>
#include <string>
#include <utility>

#include "model/edit/command.h"

namespace rw::edits {

class Edit {
public:
    // No edit yet (a refusal without a reason cannot be made: every refusal says why).
    Edit() = default;
    template <std::derived_from<Command> C>
    Edit(std::unique_ptr<C> command) : m_command(std::move(command)) {}

    // Returns a refused edit with its reason.
    static Edit refused(std::string reason) {
        Edit edit;
        edit.m_refusal = std::move(reason);
        return edit;
    }
    // Returns the edit with the id of what it adds, for the caller to select.
    Edit&& withNewId(std::string id) && {
        m_newId = std::move(id);
        return std::move(*this);
    }

    explicit operator bool() const { return m_command != nullptr; }
    friend bool operator==(const Edit& edit, std::nullptr_t) { return edit.m_command == nullptr; }
    Command* get() const { return m_command.get(); }
    Command* operator->() const { return m_command.get(); }
    Command& operator*() const { return *m_command; }
    // The command, for UndoStack::push and CompoundCommand::add.
    operator std::unique_ptr<Command>() && { return std::move(m_command); }
    std::unique_ptr<Command> take() { return std::move(m_command); }

    // Why the edit was refused; empty when it was not, or when the model knows no reason.
    const std::string& refusal() const { return m_refusal; }
    // The id of the node, link, case or source the edit adds; empty for other edits.
    const std::string& newId() const { return m_newId; }

private:
    std::unique_ptr<Command> m_command;
    std::string m_refusal;
    std::string m_newId;
};

}  // namespace rw::edits
