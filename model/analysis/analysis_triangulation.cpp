#include "model/analysis/analysis_triangulation.h"

#include <algorithm>
#include <set>

#include "model/checks/stats.h"
#include "model/core/translate.h"

namespace rw {
namespace {

StanceCount& entry(std::vector<StanceCount>& counts, const std::string& key) {
    for (StanceCount& count : counts)
        if (count.key == key) return count;
    counts.push_back({key, 0, 0});
    return counts.back();
}

std::string roleOf(const Project& project, const Evidence& evidence) {
    if (!evidence.role.empty()) return evidence.role;
    if (const Informant* informant = project.findInformant(evidence.informant))
        if (!informant->role.empty()) return informant->role;
    return tr("(unknown)");
}

std::string sourceKindOf(const Project& project, const std::string& sourceId) {
    const Source* source = project.findSource(sourceId);
    return source ? std::string(toString(source->kind)) : tr("(unknown)");
}

TickTriangulation triangulateTick(const Project& project, const Case& c, const Verdict& verdict) {
    TickTriangulation tick;
    tick.caseId = c.id;
    tick.nodeId = verdict.node;
    tick.verdict = verdict.value;
    tick.evidence = static_cast<int>(verdict.evidence.size());
    std::set<std::string> voices, sources;
    for (const Evidence& e : verdict.evidence) {
        bool supports = e.stance == Stance::Supports;
        StanceCount& role = entry(tick.byRole, roleOf(project, e));
        (supports ? role.supports : role.contradicts)++;
        StanceCount& kind = entry(tick.bySourceKind, sourceKindOf(project, e.ref.source));
        (supports ? kind.supports : kind.contradicts)++;
        // A person when the evidence names one; otherwise the role speaks as one voice.
        voices.insert(!e.informant.empty() ? "informant:" + e.informant : "role:" + roleOf(project, e));
        sources.insert(e.ref.source);
    }
    tick.voices = static_cast<int>(voices.size());
    tick.sources = static_cast<int>(sources.size());
    for (const StanceCount& a : tick.byRole)
        for (const StanceCount& b : tick.byRole)
            if (a.key != b.key && a.supports > 0 && b.contradicts > 0) tick.rolesDisagree = true;
    tick.noEvidence = tick.evidence == 0;
    tick.singleInformant = tick.voices == 1;
    tick.singleSource = tick.sources == 1;
    return tick;
}

}  // namespace

Triangulation triangulate(const Project& project, const Theory& theory) {
    Triangulation result;
    for (const Case& c : project.cases)
        for (const Node& node : theory.nodes) {
            const Verdict* verdict = c.findVerdict(node.id);
            if (verdict && verdict->value != VerdictValue::NotAssessed)
                result.ticks.push_back(triangulateTick(project, c, *verdict));
        }
    TheoryStats stats = computeStats(project, theory);
    for (std::size_t i = 0; i < theory.links.size(); ++i) {
        const Link& link = theory.links[i];
        LinkWarrant warrant{link.id, {}, stats.links[i].holds, stats.links[i].sourceSupported, false};
        for (const SourceRef& ref : link.refs) entry(warrant.refsByKind, sourceKindOf(project, ref.source)).supports++;
        bool documentsOnly = !link.refs.empty() && std::all_of(link.refs.begin(), link.refs.end(), [&](const SourceRef& ref) {
            const Source* source = project.findSource(ref.source);
            return source && source->kind == SourceKind::Document;
        });
        warrant.policyDocumentsOnly = documentsOnly && warrant.holds == 0;
        result.links.push_back(std::move(warrant));
    }
    return result;
}

}  // namespace rw
