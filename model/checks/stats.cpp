#include "model/checks/stats.h"

#include "model/checks/case_paths.h"

namespace rw {

std::string share(int k, int n) { return std::to_string(k) + "/" + std::to_string(n); }

NodeSupport nodeSupport(const Project& project, const Node& node) {
    NodeSupport support{node.id};
    for (const Case& c : project.cases) {
        VerdictValue verdict = c.verdictOn(node.id);
        support.supported += verdict == VerdictValue::Supported;
        support.refuted += verdict == VerdictValue::Refuted;
        support.mixed += verdict == VerdictValue::Mixed;
    }
    support.assessed = support.supported + support.refuted + support.mixed;
    return support;
}

LinkHolds linkHolds(const Project& project, const Theory& theory, const Link& link) {
    LinkHolds holds{link.id};
    const Node* from = theory.findNode(link.from);
    if (!from || !theory.findNode(link.to)) return holds;
    for (const Case& c : project.cases) {
        VerdictValue target = c.verdictOn(link.to);
        if (!isPresent(from->kind, c.verdictOn(link.from)) || target == VerdictValue::NotAssessed) continue;
        ++holds.sourceSupported;
        holds.holds += target == VerdictValue::Supported;
    }
    return holds;
}

TheoryStats computeStats(const Project& project, const Theory& theory) {
    TheoryStats stats;
    stats.theoryId = theory.id;
    stats.caseCount = static_cast<int>(project.cases.size());
    TheoryGraph graph(theory);
    std::vector<CasePaths> paths;
    for (const Case& c : project.cases) paths.push_back(tracePaths(graph, c));

    for (std::size_t v = 0; v < theory.nodes.size(); ++v) {
        NodeSupport support{theory.nodes[v].id};
        for (const CasePaths& p : paths) {
            support.supported += p.verdicts[v] == VerdictValue::Supported;
            support.refuted += p.verdicts[v] == VerdictValue::Refuted;
            support.mixed += p.verdicts[v] == VerdictValue::Mixed;
        }
        support.assessed = support.supported + support.refuted + support.mixed;
        stats.nodes.push_back(support);
    }
    for (const Link& link : theory.links) {
        LinkHolds holds{link.id};
        int from = graph.vertex(link.from);
        int to = graph.vertex(link.to);
        if (from >= 0 && to >= 0) {
            for (const CasePaths& p : paths) {
                if (!p.present[static_cast<std::size_t>(from)] || p.verdicts[static_cast<std::size_t>(to)] == VerdictValue::NotAssessed)
                    continue;
                ++holds.sourceSupported;
                holds.holds += p.verdicts[static_cast<std::size_t>(to)] == VerdictValue::Supported;
            }
        }
        stats.links.push_back(holds);
    }
    for (int v : graph.verticesOfKind(NodeKind::Outcome)) {
        if (graph.node(v).level != OutcomeLevel::Final) continue;
        const NodeSupport& support = stats.nodes[static_cast<std::size_t>(v)];
        OutcomeSupport outcome{support.nodeId, support.supported, support.assessed, {}, VerdictValue::NotAssessed};
        for (std::size_t i = 0; i < paths.size(); ++i)
            if (paths[i].hasSupportedPathInto(graph, v)) outcome.casesWithPath.push_back(project.cases[i].id);
        if (support.assessed > 0)
            outcome.overall = support.supported == support.assessed ? VerdictValue::Supported
                              : support.refuted == support.assessed ? VerdictValue::Refuted
                                                                    : VerdictValue::Mixed;
        stats.outcomes.push_back(outcome);
    }
    return stats;
}

}  // namespace rw
