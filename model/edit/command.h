#pragma once
// An undoable edit of a project. Every change made by the GUI or a script is one of these.

#include <memory>
#include <set>
#include <string>
#include <vector>

#include "model/core/project.h"

namespace rw {

// What an edit touched, so views refresh only what they show.
struct Change {
    enum class Scope { Project, Theory, Node, Link, Case, Verdict, Evidence, Attribute };
    Scope scope = Scope::Project;
    std::string theoryId;
    std::string itemId;  // node, link, evidence id or attribute key
    std::string caseId;
    auto operator<=>(const Change&) const = default;
};

class Command {
public:
    virtual ~Command() = default;
    // Applies the edit. Called once on push and again on every redo.
    virtual void redo(Project& project) = 0;
    // Reverts exactly what redo did.
    virtual void undo(Project& project) = 0;
    // Returns the name shown in Edit ▸ Undo "…".
    virtual std::string text() const = 0;
    // Returns what the edit touched; for a compound edit of several things, Scope::Project.
    virtual Change change() const = 0;
    // Returns every thing the edit touched, each once, in the order the edit touched them: a
    // compound edit lists its children's changes, so that views update only those.
    std::vector<Change> changes() const {
        std::vector<Change> all;
        collectChanges(all);
        std::set<Change> seen;
        std::erase_if(all, [&seen](const Change& c) { return !seen.insert(c).second; });
        return all;
    }
    // Appends what the edit touched to `out`.
    virtual void collectChanges(std::vector<Change>& out) const { out.push_back(change()); }
    // Returns a key shared by edits that may merge (same field of the same item), or "".
    virtual std::string mergeKey() const { return {}; }
    // Absorbs a later edit with the same merge key; the later edit is already applied.
    virtual void absorb(const Command& /*later*/) {}
    // Returns true when undoing the edit would change nothing in `project` (a verdict clicked
    // through its values back to where it was): the undo stack then drops it.
    virtual bool changesNothing(Project& /*project*/) const { return false; }
};

// Several edits that undo and redo as one (e.g. removing a node with its links).
class CompoundCommand : public Command {
public:
    explicit CompoundCommand(std::string text) : m_text(std::move(text)) {}

    // Adds a child that has already been applied (used while a macro records).
    void addApplied(std::unique_ptr<Command> child) { m_children.push_back(std::move(child)); }
    bool empty() const { return m_children.empty(); }

    void redo(Project& project) override {
        for (auto& child : m_children) child->redo(project);
    }
    void undo(Project& project) override {
        for (auto it = m_children.rbegin(); it != m_children.rend(); ++it) (*it)->undo(project);
    }
    std::string text() const override { return m_text; }
    Change change() const override {
        return m_children.size() == 1 ? m_children.front()->change() : Change{};
    }
    void collectChanges(std::vector<Change>& out) const override {
        for (const auto& child : m_children) child->collectChanges(out);
    }

private:
    std::string m_text;
    std::vector<std::unique_ptr<Command>> m_children;
};

}  // namespace rw
