#pragma once
// Conditions (project.h): their validation and what they make of each case (their spelling is in
// kinds.h, with every other closed vocabulary).
// Every cross-case analysis binarises cases through here, so missing values and ? verdicts are
// handled in one place and the output can always say how.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/core/project.h"

namespace rw {

// Returns the condition with this id, or nullptr.
const Condition* findCondition(const Project& project, const std::string& id);

// Returns an empty string when the condition fits the project (one of attribute or node, an
// existing attribute or node, an operator the attribute's type allows, a value that fits it);
// otherwise why it does not, as a phrase ("attribute \"x\" is not declared").
std::string whyConditionInvalid(const Project& project, const Condition& condition);

// Returns the condition named `name`: a condition of the project, else a verdict condition made
// on the fly for a node of that id (supported = true, refuted = false, ? and not assessed left
// out). Returns nullopt when neither exists.
std::optional<Condition> resolveCondition(const Project& project, const std::string& name);

// Returns the rule as a reader sees it: "grootte == klein", "kortere-lijntjes ✓".
std::string describeRule(const Condition& condition);
// Returns how missing values (and, for verdicts, ? and not assessed) are treated, e.g.
// "missing: case excluded" or "not assessed: case excluded; ?: counts as true".
std::string describePolicy(const Condition& condition);

// What a condition makes of one case.
struct Membership {
    enum class Status { Observed, Imputed, Excluded };
    Status status = Status::Excluded;
    bool value = false;  // meaningful unless excluded
    std::string why;     // for imputed and excluded cases: "no value for grootte", "? on X"

    bool included() const { return status != Status::Excluded; }
};

// Returns the case's membership in the condition, applying its missing-value policies. A case
// value that no longer fits its attribute counts as missing.
Membership evaluate(const Project& project, const Condition& condition, const Case& c);

}  // namespace rw
