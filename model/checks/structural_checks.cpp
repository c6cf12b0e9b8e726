// Checks of a theory on its own: can its outcomes be reached, is every part connected, does
// every claim state its assumption and its source.

#include <map>
#include <utility>

#include "model/checks/checks.h"
#include "model/core/translate.h"

namespace rw {
namespace {

std::string capitalised(std::string_view text) {
    std::string result(text);
    if (!result.empty()) result[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(result[0])));
    return result;
}

void unreachableOutcomes(const CheckContext& ctx, std::vector<Finding>& out) {
    std::vector<bool> reached = ctx.graph.reachableFrom(ctx.graph.verticesOfKind(NodeKind::Intervention));
    for (int v : ctx.graph.verticesOfKind(NodeKind::Outcome)) {
        const Node& node = ctx.graph.node(v);
        if (node.level != OutcomeLevel::Final || reached[static_cast<std::size_t>(v)]) continue;
        out.push_back({.message = fill(tr("Final outcome {1} cannot be reached from any intervention."), {ctx.label(v)}),
                       .nodes = {node.id}});
    }
}

void orphanMechanisms(const CheckContext& ctx, std::vector<Finding>& out) {
    std::vector<bool> leadsToOutcome = ctx.graph.reaching(ctx.graph.verticesOfKind(NodeKind::Outcome));
    for (int v : ctx.graph.verticesOfKind(NodeKind::Mechanism)) {
        if (leadsToOutcome[static_cast<std::size_t>(v)]) continue;
        out.push_back({.message = fill(tr("Mechanism {1} has no path to any outcome."), {ctx.label(v)}),
                       .nodes = {ctx.graph.node(v).id}});
    }
}

void unattachedContexts(const CheckContext& ctx, std::vector<Finding>& out) {
    // One pass over the links: a context is attached when a link joins it to a mechanism.
    std::vector<bool> attached(ctx.theory.nodes.size(), false);
    auto kindOf = [&](int v) { return ctx.graph.node(v).kind; };
    for (const Link& link : ctx.theory.links) {
        int from = ctx.graph.vertex(link.from), to = ctx.graph.vertex(link.to);
        if (from < 0 || to < 0) continue;
        if (kindOf(to) == NodeKind::Mechanism) attached[static_cast<std::size_t>(from)] = true;
        if (kindOf(from) == NodeKind::Mechanism) attached[static_cast<std::size_t>(to)] = true;
    }
    for (std::size_t v = 0; v < ctx.theory.nodes.size(); ++v) {
        const Node& node = ctx.theory.nodes[v];
        if (node.kind != NodeKind::Context) continue;
        if (!attached[v])
            out.push_back({.message = fill(tr("Context {1} is not attached to any mechanism."), {ctx.label(node.id)}),
                           .nodes = {node.id}});
    }
}

void danglingLinks(const CheckContext& ctx, std::vector<Finding>& out) {
    for (const Link& link : ctx.theory.links) {
        for (const std::string* end : {&link.from, &link.to}) {
            if (ctx.graph.vertex(*end) >= 0) continue;
            out.push_back({.message = fill(tr("Link {1} points at a node that does not exist ({2})."), {link.id, *end}),
                           .links = {link.id}});
            break;
        }
    }
}

void duplicateLinks(const CheckContext& ctx, std::vector<Finding>& out) {
    std::map<std::tuple<std::string, std::string, LinkKind>, std::vector<std::string>> seen;
    for (const Link& link : ctx.theory.links) seen[{link.from, link.to, link.kind}].push_back(link.id);
    for (const Link& link : ctx.theory.links) {
        auto& ids = seen[{link.from, link.to, link.kind}];
        if (ids.size() < 2 || ids.front() != link.id) continue;  // report each group once
        out.push_back({.message = fill(tr("The link {1} appears {2} times."), {ctx.linkName(link), std::to_string(ids.size())}),
                       .nodes = {link.from, link.to},
                       .links = ids});
    }
}

void cycles(const CheckContext& ctx, std::vector<Finding>& out) {
    for (const std::vector<int>& group : ctx.graph.cycles()) {
        Finding finding;
        std::vector<std::string> names;
        for (int v : group) {
            finding.nodes.push_back(ctx.graph.node(v).id);
            names.push_back(ctx.label(v));
        }
        finding.message = group.size() == 1 ? fill(tr("{1} leads back to itself."), {ctx.label(group[0])})
                                            : fill(tr("{1} form a cycle."), {joinNames(names)});
        out.push_back(finding);
    }
}

// Interventions and outcomes are goals and means, not causal beliefs; assumptions belong to
// mechanisms, contexts, side effects and links.
void missingAssumptions(const CheckContext& ctx, std::vector<Finding>& out) {
    for (const Node& node : ctx.theory.nodes) {
        if (node.kind == NodeKind::Intervention || node.kind == NodeKind::Outcome || !node.assumption.empty())
            continue;
        out.push_back({.message = fill(tr("{1} {2} states no assumption."),
                                       {capitalised(localName(node.kind)), ctx.label(node.id)}),
                       .nodes = {node.id}});
    }
    for (const Link& link : ctx.theory.links)
        if (link.assumption.empty())
            out.push_back({.message = fill(tr("The link {1} states no assumption."), {ctx.linkName(link)}),
                           .links = {link.id}});
}

void missingSources(const CheckContext& ctx, std::vector<Finding>& out) {
    for (const Node& node : ctx.theory.nodes)
        if (node.refs.empty())
            out.push_back({.message = fill(tr("{1} {2} cites no source."),
                                           {capitalised(localName(node.kind)), ctx.label(node.id)}),
                           .nodes = {node.id}});
    for (const Link& link : ctx.theory.links)
        if (link.refs.empty())
            out.push_back({.message = fill(tr("The link {1} cites no source."), {ctx.linkName(link)}),
                           .links = {link.id}});
}

}  // namespace

void addStructuralRules(std::vector<CheckRule>& rules) {
    rules.push_back(theoryRule({"RW-UNREACHABLE-OUTCOME", Severity::Error,
                     "a final outcome that no intervention reaches", unreachableOutcomes}));
    rules.push_back(theoryRule({"RW-DANGLING-LINK", Severity::Error, "a link to a node that does not exist",
                     danglingLinks}));
    rules.push_back(theoryRule({"RW-ORPHAN-MECHANISM", Severity::Warning, "a mechanism with no path to an outcome",
                     orphanMechanisms}));
    rules.push_back(theoryRule({"RW-UNATTACHED-CONTEXT", Severity::Warning, "a context attached to no mechanism",
                     unattachedContexts}));
    rules.push_back(theoryRule({"RW-DUPLICATE-LINK", Severity::Warning, "the same link drawn twice", duplicateLinks}));
    rules.push_back(theoryRule({"RW-CYCLE", Severity::Info, "nodes that lead back to themselves", cycles}));
    rules.push_back(theoryRule({"RW-MISSING-ASSUMPTION", Severity::Info, "a claim without a stated assumption",
                     missingAssumptions}));
    rules.push_back(theoryRule({"RW-MISSING-SOURCE", Severity::Info, "a claim without a source", missingSources}));
}

}  // namespace rw
