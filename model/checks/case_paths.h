#pragma once
// What one case shows along the theory's paths: which nodes are present and which are reached
// from an intervention through supported nodes only.

#include <vector>

#include "model/checks/theory_graph.h"
#include "model/core/project.h"

namespace rw {

struct CasePaths {
    std::vector<VerdictValue> verdicts;  // per vertex
    std::vector<int> vertexOfVerdict;    // per verdict of the case: its node's vertex, or -1 when
                                         // the node is not in the theory
    std::vector<bool> present;  // supported, or an intervention that the case does not refute
    std::vector<bool> reached;  // present and reached from a present intervention via present nodes

    // Returns true when some present, reached node has a causal link into `vertex`: the case
    // shows a fully supported path up to it.
    bool hasSupportedPathInto(const TheoryGraph& graph, int vertex) const;
};

// Returns true when a node with this verdict is present in a case: supported, or an intervention
// that the case does not refute (every case is a case of the intervention unless it says otherwise).
bool isPresent(NodeKind kind, VerdictValue verdict);

// Returns what `c` shows along the paths of `graph`.
CasePaths tracePaths(const TheoryGraph& graph, const Case& c);

}  // namespace rw
