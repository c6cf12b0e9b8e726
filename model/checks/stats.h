#pragma once
// Aggregates over the cases: how often each node is supported, how often each link holds,
// and which cases reach each final outcome along a fully supported path.

#include <string>
#include <vector>

#include "model/core/project.h"

namespace rw {

struct NodeSupport {
    std::string nodeId;
    int supported = 0;
    int refuted = 0;
    int mixed = 0;
    int assessed = 0;  // supported + refuted + mixed
};

// A link holds in a case when its source and its target are both supported there. It is
// counted over the cases where the source is supported and the target assessed.
struct LinkHolds {
    std::string linkId;
    int holds = 0;
    int sourceSupported = 0;
};

struct OutcomeSupport {
    std::string nodeId;
    int supported = 0;
    int assessed = 0;
    std::vector<std::string> casesWithPath;  // ids of cases with a fully supported path to it
    VerdictValue overall = VerdictValue::NotAssessed;  // all ✓, all x, or mixed
};

struct TheoryStats {
    std::string theoryId;
    int caseCount = 0;
    std::vector<NodeSupport> nodes;      // theory order
    std::vector<LinkHolds> links;        // theory order
    std::vector<OutcomeSupport> outcomes;  // final outcomes, theory order
};

// Returns the aggregates of `theory` over all cases of `project`.
TheoryStats computeStats(const Project& project, const Theory& theory);

// The same counts for one node and for one link, without the rest of the theory (the inspector
// shows them on every selection).
NodeSupport nodeSupport(const Project& project, const Node& node);
LinkHolds linkHolds(const Project& project, const Theory& theory, const Link& link);

// Returns "k/n", the form in which every share is shown.
std::string share(int k, int n);

}  // namespace rw
