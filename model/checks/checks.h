#pragma once
// Consistency checks of a theory, alone (structural) and against the cases (evidence).

#include <functional>
#include <string>
#include <vector>

#include "model/checks/case_paths.h"
#include "model/checks/finding.h"
#include "model/checks/theory_graph.h"
#include "model/core/project.h"

namespace rw {

class SourceTexts;

// What every rule gets to look at. Paths are traced once per case and shared.
struct CheckContext {
    const Project& project;
    const Theory& theory;
    const TheoryGraph& graph;
    std::vector<const Case*> cases;
    std::vector<CasePaths> paths;  // parallel to cases
    const SourceTexts* texts = nullptr;  // the sources' texts, for checks of quotes; may be null

    // Returns the node's label (its first line), or its id when it has none.
    std::string label(const std::string& nodeId) const;
    std::string label(int vertex) const;
    // Returns "A → B" for a link.
    std::string linkName(const Link& link) const;
};

// A check rule: a stable code, its severity, and what it looks for.
struct CheckRule {
    std::string code;
    Severity severity;
    std::string summary;
    std::function<void(const CheckContext&, std::vector<Finding>&)> run;
};

// Returns the built-in rules, structural first, in a stable order.
const std::vector<CheckRule>& builtinRules();
void addStructuralRules(std::vector<CheckRule>& rules);
void addEvidenceRules(std::vector<CheckRule>& rules);
void addIndicatorRules(std::vector<CheckRule>& rules);
void addSourceRules(std::vector<CheckRule>& rules);

struct CheckOptions {
    std::string theoryId;  // empty: the first theory
    std::string caseId;    // non-empty: only findings about this case (and structural ones)
    const std::vector<CheckRule>* extraRules = nullptr;  // e.g. from plugins, run after the built-in ones
    // The sources' texts (model/checks/source_texts.h); without them quotes are not checked against sources.
    const SourceTexts* sourceTexts = nullptr;
};

// Runs every rule; findings come sorted by severity (errors first), then in rule order.
// Returns an empty list when the theory does not exist.
std::vector<Finding> runChecks(const Project& project, const CheckOptions& options = {});

// Returns "A, B and C".
std::string joinNames(const std::vector<std::string>& names);

}  // namespace rw
