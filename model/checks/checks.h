#pragma once
// Consistency checks of a theory, alone (structural) and against the cases (evidence).

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "model/checks/case_paths.h"
#include "model/checks/finding.h"
#include "model/checks/finding_list.h"
#include "model/checks/theory_graph.h"
#include "model/core/id_index.h"
#include "model/core/project.h"

namespace rw {

class SourceTexts;

// The codes of the rules that other parts of the model act on (the diagram's highlight), named
// once so that a renamed code cannot silently switch the highlight off.
namespace check_codes {
inline constexpr const char* kDeadNode = "RW-DEAD-NODE";
inline constexpr const char* kBrokenLink = "RW-BROKEN-LINK";
inline constexpr const char* kUnexplainedOutcome = "RW-UNEXPLAINED-OUTCOME";
}  // namespace check_codes

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

// What a rule's findings depend on, so that an edit of one case reruns only what it can change.
enum class CheckScope {
    Theory,    // the theory (and the project's sources and vocabularies), never the cases
    EachCase,  // one case at a time: runPart(k) gives the findings about ctx.cases[k]
    // One node (or link) at a time, across the cases: runPart(v) gives the findings about vertex v
    // (or theory.links[v]) from what the cases show there (CasePaths: verdict, present, reached)
    // and, for a node, at the nodes with a causal link into it; and from the cases' names.
    EachNode,
    EachLink,
    Project,  // anything, across cases: rerun after every edit (the default, and every plugin rule)
};

// A check rule: a stable code, its severity, and what it looks for.
struct CheckRule {
    std::string code;
    Severity severity;
    std::string summary;
    std::function<void(const CheckContext&, std::vector<Finding>&)> run;
    CheckScope scope = CheckScope::Project;
    // For EachCase, EachNode and EachLink rules: the findings about one case, node or link (see
    // CheckScope); `run` does every one in order.
    std::function<void(const CheckContext&, std::size_t part, std::vector<Finding>&)> runPart;
};

using RunPart = std::function<void(const CheckContext&, std::size_t, std::vector<Finding>&)>;
// Return a rule of that scope from its part.
CheckRule eachCaseRule(std::string code, Severity severity, std::string summary, RunPart runCase);
CheckRule eachNodeRule(std::string code, Severity severity, std::string summary, RunPart runNode);
CheckRule eachLinkRule(std::string code, Severity severity, std::string summary, RunPart runLink);
// Returns `rule` marked as depending on the theory only.
CheckRule theoryRule(CheckRule rule);

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
// Returns an empty list when the theory does not exist. The same as CheckSession(...).findings().
std::vector<Finding> runChecks(const Project& project, const CheckOptions& options = {});

// The checks of one project kept up to date across edits. An edit that changed only some cases
// (their ticks, evidence, attributes or messages) retraces those cases' paths, reruns their
// EachCase parts, the EachNode and EachLink parts where the paths changed, and the Project rules;
// everything else keeps its findings.
// The project must outlive the session (or be replaced through recheckCases); the options' pointers too.
class CheckSession {
public:
    CheckSession(const Project& project, CheckOptions options);
    // After an edit that changed nothing but these cases; false when one of them is not a case of
    // the project any more, or cases were added or removed: then make a new session.
    bool recheckCases(const std::vector<std::string>& caseIds);
    // The same for `now`, a copy of the project (the editor's snapshot) that differs from the one
    // checked last only in these cases; the session checks `now` from here on, so it must outlive
    // the session. The copy checked before may be released once this returns.
    bool recheckCases(const Project& now, const std::vector<std::string>& caseIds);
    // The findings as runChecks returns them, sharing their storage with the session.
    const FindingList& findings();
    // Returns the findings without copying them, for a single run: the session is done after it.
    std::vector<Finding> release();
    // How many parts of rules ran, in all (for tests).
    std::size_t partsRun() const { return m_partsRun; }

private:
    using Part = std::shared_ptr<std::vector<Finding>>;
    std::size_t partCount(const CheckRule& rule) const;
    void runPart(std::size_t rule, std::size_t part);
    // Marks the nodes and links whose EachNode or EachLink parts the new paths of case k can change.
    void markChanges(std::size_t k, const CasePaths& before, std::vector<bool>& nodes, std::vector<bool>& links) const;
    // Calls visit(part) for every part in the order of the findings: by severity, then rule, then part.
    template <class Visit>
    void inOrder(Visit visit);

    const Project* m_project;
    CheckOptions m_options;
    const Theory* m_theory = nullptr;
    std::unique_ptr<TheoryGraph> m_graph;
    std::unique_ptr<CheckContext> m_context;
    IdIndex m_caseIndex;
    std::vector<std::string> m_caseNames;          // as the findings name them
    std::vector<std::vector<int>> m_linksAtVertex;  // indices into theory.links that start or end there
    std::vector<const CheckRule*> m_rules;
    std::vector<std::vector<Part>> m_parts;  // per rule: one part, or one per case, node or link
    FindingList m_findings;
    bool m_assembled = false;  // m_findings is up to date
    std::size_t m_partsRun = 0;
};

// Returns "A, B and C".
std::string joinNames(const std::vector<std::string>& names);

}  // namespace rw
