#pragma once
// Crisp-set QCA on a project: binarise the cases through conditions (analysis_conditions.h),
// build the truth table and minimise it. Plain structs in and out, for the CLI, the editor's
// analysis pane and the report alike.

#include <optional>
#include <string>
#include <vector>

#include "model/analysis/analysis_solution.h"
#include "model/core/project.h"

namespace rw {

struct QcaRequest {
    std::string outcome;                  // a condition id or a node id
    bool negateOutcome = false;           // explain the absence of the outcome instead
    std::vector<std::string> conditions;  // condition ids or node ids, in formula order
    bool includeRemainders = false;       // also compute the parsimonious solution
    double consistencyThreshold = 1.0;    // a row is minimised as 1 from this share of its cases
    CoverOptions cover;
};

struct ExcludedCase {
    std::string caseId;
    std::string why;  // "no value for grootte"
};

struct ImputedValue {
    std::string caseId;
    std::string condition;  // the condition's id, or the outcome's
    bool value = false;
    std::string why;
};

struct QcaResult {
    std::string error;  // non-empty when the request cannot run; nothing else is set then
    Condition outcome;
    bool negated = false;
    std::vector<Condition> conditions;
    std::vector<std::string> names;  // the conditions' ids, as terms name them
    std::vector<CrispCase> cases;    // the included cases, project order
    std::vector<ExcludedCase> excluded;
    std::vector<ImputedValue> imputed;
    TruthTable table;
    Solution conservative;
    std::optional<Solution> parsimonious;

    explicit operator bool() const { return error.empty(); }
    // Returns the outcome as terms name it: "veiligheidsbeleving" or "~veiligheidsbeleving".
    std::string outcomeName() const { return (negated ? "~" : "") + outcome.id; }
};

// Returns the binarised cases and the truth table, without the solutions: quick, so a view can show
// the table at once and minimise on a worker. Fails (with `error`) on an unknown outcome or
// condition, a condition named twice or also used as outcome, no conditions, more than
// kMaxConditions, or a threshold outside (0, 1].
QcaResult tabulateQca(const Project& project, const QcaRequest& request);

// Returns tabulateQca's result with the conservative (and, if asked, parsimonious) solution.
QcaResult runQca(const Project& project, const QcaRequest& request);

}  // namespace rw
