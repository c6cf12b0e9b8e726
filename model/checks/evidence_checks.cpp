// Checks of the theory against the cases: where the chain breaks, which nodes are dead, which
// outcomes the theory cannot explain, and which ticks lack or contradict their evidence.

#include "model/checks/checks.h"
#include "model/core/translate.h"

namespace rw {
namespace {

std::string countedCases(const std::vector<std::string>& names) {
    std::string pattern = names.size() == 1 ? tr("{1} case ({2})") : tr("{1} cases ({2})");
    return fill(pattern, {std::to_string(names.size()), joinNames(names)});
}

// Cases in which a vertex has a given verdict, by id and by display name.
struct CaseSet {
    std::vector<std::string> ids;
    std::vector<std::string> names;
    void add(const Case& c) {
        ids.push_back(c.id);
        names.push_back(c.displayName());
    }
    bool empty() const { return ids.empty(); }
};

void brokenLink(const CheckContext& ctx, std::size_t index, std::vector<Finding>& out) {
    const Link& link = ctx.theory.links[index];
    int from = ctx.graph.vertex(link.from);
    int to = ctx.graph.vertex(link.to);
    if (from < 0 || to < 0 || link.kind == LinkKind::Prevents) return;
    // A side effect that does not occur is good news, not a broken chain.
    if (ctx.graph.node(to).kind == NodeKind::SideEffect) return;
    CaseSet broken;
    for (std::size_t i = 0; i < ctx.cases.size(); ++i) {
        const CasePaths& p = ctx.paths[i];
        if (p.present[static_cast<std::size_t>(from)] && p.verdicts[static_cast<std::size_t>(to)] == VerdictValue::Refuted)
            broken.add(*ctx.cases[i]);
    }
    if (broken.empty()) return;
    // An intervention is in place in every case unless it says otherwise; it is not "supported".
    std::string pattern =
        ctx.graph.node(from).kind == NodeKind::Intervention
            ? tr("The link {1} breaks in {2}: {3} is in place there but {4} is refuted.")
            : tr("The link {1} breaks in {2}: {3} is supported there but {4} is refuted.");
    out.push_back({.message = fill(pattern, {ctx.linkName(link), countedCases(broken.names),
                                             ctx.label(link.from), ctx.label(link.to)}),
                   .nodes = {link.from, link.to},
                   .links = {link.id},
                   .cases = broken.ids});
}

std::string deadNodeConsequence(const CheckContext& ctx, int vertex) {
    const Node& node = ctx.graph.node(vertex);
    if (node.kind == NodeKind::Outcome) return tr("no case realises this outcome.");
    std::vector<std::string> from;
    for (int link : ctx.graph.linksInto(vertex))
        from.push_back(ctx.label(ctx.theory.links[static_cast<std::size_t>(link)].from));
    std::vector<bool> downstream = ctx.graph.reachableFrom({vertex});
    std::vector<std::string> outcomes;
    for (int v : ctx.graph.verticesOfKind(NodeKind::Outcome))
        if (v != vertex && downstream[static_cast<std::size_t>(v)]) outcomes.push_back(ctx.label(v));
    if (outcomes.empty()) return tr("it leads to no outcome.");
    if (from.empty()) return fill(tr("the routes to {1} through it are broken."), {joinNames(outcomes)});
    return fill(tr("the routes from {1} to {2} through it are broken."), {joinNames(from), joinNames(outcomes)});
}

void deadNode(const CheckContext& ctx, std::size_t v, std::vector<Finding>& out) {
    const Node& node = ctx.graph.node(static_cast<int>(v));
    // Side effects that never happen are good news; interventions are given.
    if (node.kind != NodeKind::Mechanism && node.kind != NodeKind::Outcome) return;
    CaseSet refuted;
    bool anyOther = false;
    for (std::size_t i = 0; i < ctx.cases.size(); ++i) {
        VerdictValue verdict = ctx.paths[i].verdicts[v];
        if (verdict == VerdictValue::Refuted) refuted.add(*ctx.cases[i]);
        anyOther = anyOther || verdict == VerdictValue::Supported || verdict == VerdictValue::Mixed;
    }
    if (refuted.empty() || anyOther) return;
    std::size_t n = refuted.ids.size();
    std::string scope = n == 1   ? tr("the only assessed case")
                        : n == 2 ? tr("both assessed cases")
                                 : fill(tr("all {1} assessed cases"), {std::to_string(n)});
    Finding finding{.message = fill(tr("{1} is refuted in {2}; {3}"),
                                    {ctx.label(static_cast<int>(v)), scope,
                                     deadNodeConsequence(ctx, static_cast<int>(v))}),
                    .nodes = {node.id},
                    .cases = refuted.ids};
    for (int link : ctx.graph.linksInto(static_cast<int>(v)))
        finding.links.push_back(ctx.theory.links[static_cast<std::size_t>(link)].id);
    for (int link : ctx.graph.linksFrom(static_cast<int>(v)))
        finding.links.push_back(ctx.theory.links[static_cast<std::size_t>(link)].id);
    out.push_back(finding);
}

// An outcome whose verdict disagrees with what the paths predict, in one of two directions.
void outcomeAgainstPaths(const CheckContext& ctx, std::size_t vertex, std::vector<Finding>& out, VerdictValue verdict,
                         bool withPath) {
    int v = static_cast<int>(vertex);
    if (ctx.graph.node(v).kind != NodeKind::Outcome) return;
    CaseSet cases;
    for (std::size_t i = 0; i < ctx.cases.size(); ++i) {
        const CasePaths& p = ctx.paths[i];
        if (p.verdicts[static_cast<std::size_t>(v)] == verdict && p.hasSupportedPathInto(ctx.graph, v) == withPath)
            cases.add(*ctx.cases[i]);
    }
    if (cases.empty()) return;
    std::string message =
        fill(withPath ? tr("{1} is refuted in {2} although a fully supported path reaches it; a context may "
                           "block it there.")
                      : tr("{1} is supported in {2} without a supported path from an intervention; the theory "
                           "may miss a mechanism."),
             {ctx.label(v), countedCases(cases.names)});
    out.push_back({.message = message, .nodes = {ctx.graph.node(v).id}, .cases = cases.ids});
}

void unexplainedOutcome(const CheckContext& ctx, std::size_t v, std::vector<Finding>& out) {
    outcomeAgainstPaths(ctx, v, out, VerdictValue::Supported, false);
}

void unrealisedOutcome(const CheckContext& ctx, std::size_t v, std::vector<Finding>& out) {
    outcomeAgainstPaths(ctx, v, out, VerdictValue::Refuted, true);
}

void unsubstantiatedVerdicts(const CheckContext& ctx, std::size_t k, std::vector<Finding>& out) {
    const Case* c = ctx.cases[k];
    Finding finding;
    std::vector<std::string> names;
    for (std::size_t i = 0; i < c->verdicts.size(); ++i) {
        const Verdict& verdict = c->verdicts[i];
        if (verdict.value == VerdictValue::NotAssessed || !verdict.evidence.empty()) continue;
        int vertex = ctx.paths[k].vertexOfVerdict[i];
        if (vertex < 0) continue;
        finding.nodes.push_back(verdict.node);
        names.push_back(ctx.label(vertex));
    }
    if (names.empty()) return;
    finding.message = fill(names.size() == 1 ? tr("1 verdict in {2} rests on no evidence: {3}.")
                                             : tr("{1} verdicts in {2} rest on no evidence: {3}."),
                           {std::to_string(names.size()), c->displayName(), joinNames(names)});
    finding.cases = {c->id};
    out.push_back(finding);
}

void contestedVerdicts(const CheckContext& ctx, std::size_t k, std::vector<Finding>& out) {
    const Case* c = ctx.cases[k];
    for (std::size_t i = 0; i < c->verdicts.size(); ++i) {
        const Verdict& verdict = c->verdicts[i];
        if (verdict.value == VerdictValue::Mixed || verdict.value == VerdictValue::NotAssessed) continue;
        int vertex = ctx.paths[k].vertexOfVerdict[i];
        if (vertex < 0) continue;
        bool supports = false;
        bool contradicts = false;
        for (const Evidence& e : verdict.evidence) {
            supports = supports || e.stance == Stance::Supports;
            contradicts = contradicts || e.stance == Stance::Contradicts;
        }
        if (!supports || !contradicts) continue;
        std::string pattern = verdict.value == VerdictValue::Supported
                                  ? tr("The tick supported on {1} in {2} has evidence both for and against "
                                       "it; mark it mixed or weigh the quotes.")
                                  : tr("The tick refuted on {1} in {2} has evidence both for and against "
                                       "it; mark it mixed or weigh the quotes.");
        out.push_back({.message = fill(pattern, {ctx.label(vertex), c->displayName()}),
                       .nodes = {verdict.node},
                       .cases = {c->id}});
    }
}

void sideEffectObserved(const CheckContext& ctx, std::size_t vertex, std::vector<Finding>& out) {
    int v = static_cast<int>(vertex);
    if (ctx.graph.node(v).kind != NodeKind::SideEffect) return;
    CaseSet observed;
    int assessed = 0;
    for (std::size_t i = 0; i < ctx.cases.size(); ++i) {
        VerdictValue verdict = ctx.paths[i].verdicts[static_cast<std::size_t>(v)];
        assessed += verdict != VerdictValue::NotAssessed;
        if (verdict == VerdictValue::Supported || verdict == VerdictValue::Mixed) observed.add(*ctx.cases[i]);
    }
    if (observed.empty()) return;
    out.push_back({.message = fill(tr("Side effect {1} was observed in {2} of {3} assessed cases ({4})."),
                                   {ctx.label(v), std::to_string(observed.ids.size()), std::to_string(assessed),
                                    joinNames(observed.names)}),
                   .nodes = {ctx.graph.node(v).id},
                   .cases = observed.ids});
}

}  // namespace

void addEvidenceRules(std::vector<CheckRule>& rules) {
    rules.push_back(eachNodeRule(check_codes::kDeadNode, Severity::Error, "a node refuted in every case that assessed it",
                                 deadNode));
    rules.push_back(eachLinkRule(check_codes::kBrokenLink, Severity::Warning, "source supported, target refuted in a case",
                                 brokenLink));
    rules.push_back(eachNodeRule(check_codes::kUnexplainedOutcome, Severity::Warning,
                                 "an outcome supported without a supported path", unexplainedOutcome));
    rules.push_back(eachNodeRule("RW-UNREALISED-OUTCOME", Severity::Warning,
                                 "a fully supported path to an outcome the case refutes", unrealisedOutcome));
    rules.push_back(eachCaseRule("RW-UNSUBSTANTIATED-VERDICT", Severity::Warning, "a tick without evidence",
                                 unsubstantiatedVerdicts));
    rules.push_back(eachCaseRule("RW-CONTESTED-VERDICT", Severity::Warning,
                                 "evidence for and against a tick that is not mixed", contestedVerdicts));
    rules.push_back(eachNodeRule("RW-SIDE-EFFECT-OBSERVED", Severity::Info, "a side effect seen in some cases",
                                 sideEffectObserved));
}

}  // namespace rw
