#pragma once
// Conditional support: for whom and in what circumstances the theory holds. Per link, the
// target's verdicts where its source is supported and where it is not; per node, the verdicts
// split by a case attribute, a condition or another node's verdict. Always counts, never shares.

#include <optional>
#include <string>
#include <vector>

#include "model/core/project.h"

namespace rw {

// The cases in some group, by the verdict they give a node.
struct CaseTally {
    std::vector<std::string> supported;
    std::vector<std::string> refuted;
    std::vector<std::string> mixed;

    // Returns the cases that assessed the node (✓, x or ?).
    int assessed() const { return static_cast<int>(supported.size() + refuted.size() + mixed.size()); }
    // Records case `caseId` under `verdict`; a node not assessed is not recorded.
    void add(VerdictValue verdict, const std::string& caseId);
};

// One link, both ways: the target where the source is present (supported, or an intervention
// in place) and where it is refuted; a ? source is kept apart.
struct LinkSupport {
    std::string linkId;
    CaseTally whenSourceSupported;
    CaseTally whenSourceRefuted;
    CaseTally whenSourceMixed;
};

// Returns the conditional support of every link of the theory, theory order. Dangling links get
// empty tallies.
std::vector<LinkSupport> linkSupport(const Project& project, const Theory& theory);

struct CaseGroup {
    std::string label;  // the value ("klein"), "yes"/"no", a verdict symbol, or "(no value)"
    std::vector<std::string> caseIds;
    bool missing = false;  // the cases the grouping could not place
};

// How the cases are split: by an attribute's values, a condition's truth, or a node's verdict.
struct Grouping {
    enum class By { Attribute, Condition, Node };
    By by = By::Attribute;
    std::string id;     // attribute key, condition id or node id
    std::string label;  // a reader's name for it
    std::string rule;   // for conditions: the rule and its missing-value policy
    std::vector<CaseGroup> groups;  // non-empty groups only, in a stable order
};

// Returns the grouping of the project's cases by `name`: an attribute key (ordinals in scale
// order, numbers ascending, others alphabetically, cases without a value last), a condition id
// (yes, no, then cases the policy leaves out), or a node id (✓, x, ?, not assessed).
// Returns nullopt when `name` is none of these.
std::optional<Grouping> groupCases(const Project& project, const std::string& name);

struct NodeSplit {
    std::string nodeId;
    std::vector<CaseTally> groups;  // parallel to Grouping::groups
};

// Returns, per node of the theory that some case assessed, its verdicts in each group.
std::vector<NodeSplit> splitSupport(const Project& project, const Theory& theory, const Grouping& grouping);

}  // namespace rw
