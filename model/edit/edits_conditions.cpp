#include "model/edit/edits_conditions.h"

#include <algorithm>
#include <cctype>
#include <optional>

#include "model/core/conditions.h"
#include "model/core/ids.h"
#include "model/core/translate.h"
#include "model/edit/refusals.h"

namespace rw::edits {
namespace {

// Conditions hang off case attributes and verdicts, so views that show attributes (the matrix,
// the outline) are the ones to refresh; the diagram ignores this scope.
Change conditionChange(const std::string& id) { return Change{Change::Scope::Attribute, {}, id, {}}; }

std::string nameOf(const Condition& condition) {
    return "“" + (condition.label.empty() ? condition.id : condition.label) + "”";
}

std::optional<std::size_t> indexOf(const Project& project, const std::string& id) {
    auto it = std::find_if(project.conditions.begin(), project.conditions.end(),
                           [&](const Condition& c) { return c.id == id; });
    if (it == project.conditions.end()) return std::nullopt;
    return static_cast<std::size_t>(it - project.conditions.begin());
}

// One command for all three edits: the list before and after, swapped. Conditions are few and
// small, so keeping a whole copy is simpler than tracking indices.
class SwapConditions : public Command {
public:
    SwapConditions(std::vector<Condition> other, std::string text, std::string id)
        : m_other(std::move(other)), m_text(std::move(text)), m_id(std::move(id)) {}

    void redo(Project& project) override { std::swap(project.conditions, m_other); }
    void undo(Project& project) override { std::swap(project.conditions, m_other); }
    std::string text() const override { return m_text; }
    Change change() const override { return conditionChange(m_id); }

private:
    std::vector<Condition> m_other;
    std::string m_text;
    std::string m_id;
};

}  // namespace

std::string whyConditionRefused(const Project& project, const Condition& condition, const std::string& replacing) {
    if (condition.id.empty()) return tr("A condition needs an id.");
    if (std::any_of(condition.id.begin(), condition.id.end(), [](char c) { return std::isspace(static_cast<unsigned char>(c)); }))
        return fill(tr("The id \"{1}\" contains whitespace."), {condition.id});
    // The same two rules the file reader enforces: splits name an attribute or a condition.
    if (condition.id != replacing && findCondition(project, condition.id))
        return fill(tr("There is already a condition \"{1}\"."), {condition.id});
    if (project.findAttribute(condition.id))
        return fill(tr("The id \"{1}\" is also an attribute key."), {condition.id});
    // A file cannot hold these (the reader refuses them), so neither may an edit.
    if (!condition.node.empty() && (!condition.value.empty() || condition.op != ConditionOp::Equal))
        return tr("A verdict condition has no operator or value.");
    if (condition.node.empty() && condition.mixed != MissingPolicy::Exclude)
        return tr("Only a verdict condition has a policy for ? verdicts.");
    return whyConditionInvalid(project, condition);
}

CommandPtr addCondition(const Project& project, Condition condition) {
    if (condition.id.empty()) {
        std::string base = slugify(condition.label.empty() ? describeRule(condition) : condition.label);
        condition.id = uniqueId(base, [&](const std::string& id) {
            return findCondition(project, id) != nullptr || project.findAttribute(id) != nullptr;
        });
    }
    if (std::string why = whyConditionRefused(project, condition); !why.empty()) return refuse(why);
    std::vector<Condition> after = project.conditions;
    std::string text = fill(tr("Add condition {1}"), {nameOf(condition)});
    std::string id = condition.id;
    after.push_back(std::move(condition));
    return Edit(std::make_unique<SwapConditions>(std::move(after), text, id)).withNewId(id);
}

CommandPtr changeCondition(const Project& project, const std::string& conditionId, Condition updated) {
    auto index = indexOf(project, conditionId);
    if (!index) return missing(Thing::Condition, conditionId);
    if (std::string why = whyConditionRefused(project, updated, conditionId); !why.empty()) return refuse(why);
    std::vector<Condition> after = project.conditions;
    std::string text = fill(tr("Edit condition {1}"), {nameOf(after[*index])});
    std::string id = updated.id;
    after[*index] = std::move(updated);
    return std::make_unique<SwapConditions>(std::move(after), text, id);
}

CommandPtr removeCondition(const Project& project, const std::string& conditionId) {
    auto index = indexOf(project, conditionId);
    if (!index) return missing(Thing::Condition, conditionId);
    std::vector<Condition> after = project.conditions;
    std::string text = fill(tr("Delete condition {1}"), {nameOf(after[*index])});
    after.erase(after.begin() + static_cast<long>(*index));
    return std::make_unique<SwapConditions>(std::move(after), text, conditionId);
}

}  // namespace rw::edits
