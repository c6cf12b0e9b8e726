#pragma once
// Undoable edits of the project's conditions (the named true/false rules of the cross-case
// analysis, see model/core/conditions.h). They refuse exactly what the file reader refuses, so
// an edited project always saves and loads back equal.

#include <string>

#include "model/edit/edits.h"

namespace rw::edits {

// Returns "" when `condition` may stand in the project, with the condition `replacing` (an id, or
// "" when adding) taken out first; otherwise why not, as a sentence. Refused: an empty id or one
// with whitespace, an id another condition has or that is an attribute key, a verdict condition
// with a value, an attribute condition with a ? policy, and whatever whyConditionInvalid refuses.
std::string whyConditionRefused(const Project& project, const Condition& condition,
                                const std::string& replacing = {});

// Adds `condition` at the end; an empty id is made from the label (or the rule).
// Returns nullptr when whyConditionRefused objects.
CommandPtr addCondition(const Project& project, Condition condition);
// Replaces the condition `conditionId` with `updated`, in place; the id may change.
// Returns nullptr when there is no such condition or whyConditionRefused objects.
CommandPtr changeCondition(const Project& project, const std::string& conditionId, Condition updated);
// Removes the condition. Returns nullptr when there is no such condition.
CommandPtr removeCondition(const Project& project, const std::string& conditionId);

}  // namespace rw::edits
