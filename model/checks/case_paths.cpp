#include "model/checks/case_paths.h"

namespace rw {

bool isPresent(NodeKind kind, VerdictValue verdict) {
    return verdict == VerdictValue::Supported ||
           (kind == NodeKind::Intervention && verdict != VerdictValue::Refuted && verdict != VerdictValue::Mixed);
}

CasePaths tracePaths(const TheoryGraph& graph, const Case& c) {
    CasePaths paths;
    std::size_t size = graph.size();
    paths.verdicts.resize(size);
    paths.present.resize(size);
    // One pass over the case's verdicts, each placed at its vertex (the first for a node, as
    // Case::verdictOn finds it).
    std::vector<bool> placed(size, false);
    paths.vertexOfVerdict.assign(c.verdicts.size(), -1);
    for (std::size_t i = 0; i < c.verdicts.size(); ++i) {
        int v = graph.vertex(c.verdicts[i].node);
        paths.vertexOfVerdict[i] = v;
        if (v < 0 || placed[static_cast<std::size_t>(v)]) continue;
        placed[static_cast<std::size_t>(v)] = true;
        paths.verdicts[static_cast<std::size_t>(v)] = c.verdicts[i].value;
    }
    std::vector<int> interventions;
    for (std::size_t v = 0; v < size; ++v) {
        const Node& node = graph.node(static_cast<int>(v));
        VerdictValue verdict = paths.verdicts[v];
        paths.present[v] = isPresent(node.kind, verdict);
        if (node.kind == NodeKind::Intervention) interventions.push_back(static_cast<int>(v));
    }
    paths.reached = graph.reachableFrom(interventions, [&paths](int v) {
        return paths.present[static_cast<std::size_t>(v)];
    });
    return paths;
}

bool CasePaths::hasSupportedPathInto(const TheoryGraph& graph, int vertex) const {
    const Theory& theory = graph.theory();
    for (int link : graph.linksInto(vertex)) {
        int from = graph.vertex(theory.links[static_cast<std::size_t>(link)].from);
        if (from >= 0 && reached[static_cast<std::size_t>(from)]) return true;
    }
    return false;
}

}  // namespace rw
