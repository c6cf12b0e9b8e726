#include "model/output/diagram_style.h"

#include <algorithm>
#include <set>

#include "model/checks/case_paths.h"
#include "model/checks/checks.h"
#include "model/checks/stats.h"
#include "model/core/id_index.h"
#include "model/core/translate.h"
#include "model/output/palette.h"

namespace rw {
namespace {

constexpr const char* kGrey = "#b8b8b8";
constexpr const char* kWarningFill = "#fee08b";

void applyKind(const Node& node, NodeStyle& style) {
    switch (node.kind) {
        case NodeKind::Intervention: style.shape = "box"; style.style = "filled,rounded,bold"; break;
        case NodeKind::Context: style.shape = "note"; style.style = "filled"; break;
        case NodeKind::Mechanism: style.shape = "ellipse"; style.style = "filled"; break;
        case NodeKind::Outcome:
            style.shape = "box";
            style.style = "filled";
            style.peripheries = node.level == OutcomeLevel::Final ? 2 : 1;
            break;
        case NodeKind::SideEffect: style.shape = "hexagon"; style.style = "filled,dashed"; break;
    }
    style.fill = std::string(kindFill(node.kind));
    style.stroke = "#333333";
}

std::string verdictBadge(VerdictValue value) {
    switch (value) {
        case VerdictValue::Supported: return "✓ " + tr("supported");
        case VerdictValue::Refuted: return "x " + tr("refuted");
        case VerdictValue::Mixed: return "? " + tr("mixed");
        case VerdictValue::NotAssessed: return tr("not assessed");
    }
    return {};
}

// Line patterns repeat what the colour says, for greyscale print and colour-blind readers.
void applyVerdict(VerdictValue value, NodeStyle& style) {
    style.fill = std::string(verdictFill(value));
    style.stroke = std::string(verdictStroke(value));
    std::string pattern = value == VerdictValue::Refuted ? ",dashed"
                          : value == VerdictValue::Mixed ? ",dotted"
                          : value == VerdictValue::Supported ? ",bold" : "";
    std::string base = style.style;
    for (const char* drop : {",dashed", ",bold", ",dotted"})
        if (auto at = base.find(drop); at != std::string::npos) base.erase(at, std::string(drop).size());
    style.style = base + pattern;
    style.badge = verdictBadge(value);
}

void markWarning(NodeStyle& style, const std::string& badge) {
    style.fill = kWarningFill;
    style.stroke = "#b35806";
    style.penWidth = 2;
    style.badge = "⚠ " + badge;
}

std::string firstLine(const std::string& text) { return text.substr(0, text.find('\n')); }

std::string viewName(const Project& project, const DiagramOptions& options) {
    switch (options.view) {
        case DiagramView::Theory: return tr("theory");
        case DiagramView::Case: {
            const Case* c = project.findCase(options.caseId);
            if (!c) return tr("case");
            return fill(tr("case {1}"), {(c->name.empty() ? c->id : c->name) +
                                         (c->shortName.empty() ? "" : " (" + c->shortName + ")")});
        }
        case DiagramView::AllCases: return fill(tr("all {1} cases"), {std::to_string(project.cases.size())});
    }
    return {};
}

void styleCase(const Project& project, const Theory& theory, const TheoryGraph& graph, const Case& c,
               DiagramStyle& out) {
    CasePaths paths = tracePaths(graph, c);
    for (std::size_t v = 0; v < theory.nodes.size(); ++v) {
        const Node& node = theory.nodes[v];
        NodeStyle& style = out.nodes[v];
        if (node.kind == NodeKind::Intervention && paths.present[v]) {
            style.badge = tr("in place");
            continue;
        }
        if (node.kind == NodeKind::SideEffect && paths.verdicts[v] == VerdictValue::Supported) {
            markWarning(style, tr("observed"));
            continue;
        }
        if (node.kind == NodeKind::SideEffect && paths.verdicts[v] == VerdictValue::Refuted) {
            style.badge = tr("not observed");  // good news: no alarm colour
            continue;
        }
        applyVerdict(paths.verdicts[v], style);
    }
    for (std::size_t i = 0; i < theory.links.size(); ++i) {
        const Link& link = theory.links[i];
        int from = graph.vertex(link.from);
        int to = graph.vertex(link.to);
        if (from < 0 || to < 0) continue;
        EdgeStyle& edge = out.edges[i];
        bool sourceOn = paths.present[static_cast<std::size_t>(from)];
        VerdictValue target = paths.verdicts[static_cast<std::size_t>(to)];
        bool sideEffect = theory.nodes[static_cast<std::size_t>(to)].kind == NodeKind::SideEffect;
        if (link.kind != LinkKind::Prevents && sourceOn && target == VerdictValue::Refuted && !sideEffect) {
            edge.colour = std::string(kBrokenColour);
            edge.style = "dashed";
            edge.penWidth = 2.5;
            edge.broken = true;
        } else if (sourceOn && target == VerdictValue::Supported) {
            edge.colour = std::string(verdictStroke(VerdictValue::Supported));
            edge.penWidth = 2.2;
        }
    }
    (void)project;
}

void styleAllCases(const Project& project, const Theory& theory, DiagramStyle& out) {
    TheoryStats stats = computeStats(project, theory);
    std::set<std::string> dead;
    for (std::size_t v = 0; v < theory.nodes.size(); ++v) {
        const Node& node = theory.nodes[v];
        const NodeSupport& support = stats.nodes[v];
        NodeStyle& style = out.nodes[v];
        if (support.assessed == 0) continue;  // interventions and contexts keep their kind colour
        std::string counted = share(support.supported, support.assessed);
        if (node.kind == NodeKind::SideEffect) {
            int observed = support.supported + support.mixed;
            if (observed > 0) markWarning(style, tr("observed") + " " + share(observed, support.assessed));
            else style.badge = tr("not observed") + " " + share(0, support.assessed);
            continue;
        }
        style.fill = std::string(shareFill(static_cast<double>(support.supported) / support.assessed));
        style.badge = counted + " ✓";
        bool isDead = (node.kind == NodeKind::Mechanism || node.kind == NodeKind::Outcome) &&
                      support.refuted == support.assessed;
        if (isDead) {
            dead.insert(node.id);
            style.dead = true;
            style.fill = std::string(verdictFill(VerdictValue::Refuted));
            style.stroke = std::string(kBrokenColour);
            style.penWidth = 3;
            style.style += ",dashed";
            style.badge = "✗ " + counted + " — " + tr("refuted in every case");
        }
    }
    for (std::size_t i = 0; i < theory.links.size(); ++i) {
        const Link& link = theory.links[i];
        const LinkHolds& holds = stats.links[i];
        EdgeStyle& edge = out.edges[i];
        if (holds.sourceSupported > 0) {
            edge.label = share(holds.holds, holds.sourceSupported);
            edge.penWidth = 1 + 4.0 * holds.holds / holds.sourceSupported;
        }
        if (dead.count(link.from) || dead.count(link.to)) {
            edge.colour = std::string(kBrokenColour);
            edge.style = "dashed";
            edge.penWidth = std::max(edge.penWidth, 2.0);
            edge.broken = true;
        }
    }
}

// The subjects of the findings that tell where the theory breaks stand out; the rest fades.
void applyHighlight(const Project& project, const Theory& theory, const DiagramOptions& options,
                    const FindingList& findings, DiagramStyle& out) {
    std::set<std::string> nodes;
    std::set<std::string> links;
    for (const Finding& finding : findings) {
        bool aboutThisCase = options.view != DiagramView::Case ||
                             std::find(finding.cases.begin(), finding.cases.end(), options.caseId) != finding.cases.end();
        if (!aboutThisCase) continue;
        if (finding.code == check_codes::kDeadNode || finding.code == check_codes::kUnexplainedOutcome)
            nodes.insert(finding.nodes.begin(), finding.nodes.end());
        if (finding.code == check_codes::kDeadNode) links.insert(finding.links.begin(), finding.links.end());
        if (finding.code == check_codes::kBrokenLink && options.view != DiagramView::AllCases)
            links.insert(finding.links.begin(), finding.links.end());
    }
    // Across all cases, a link that breaks in some cases and holds in others is a finding to
    // read in the list; the figure marks the links that break wherever their source holds.
    if (options.view == DiagramView::AllCases) {
        TheoryStats stats = computeStats(project, theory);
        IdIndex vertices = indexNodes(theory);
        for (std::size_t i = 0; i < theory.links.size(); ++i)
            if (stats.links[i].sourceSupported > 0 && stats.links[i].holds == 0 &&
                theory.nodes[static_cast<std::size_t>(std::max(0, vertices.find(theory.links[i].to)))].kind !=
                    NodeKind::SideEffect)
                links.insert(theory.links[i].id);
    }
    for (std::size_t v = 0; v < theory.nodes.size(); ++v) {
        NodeStyle& style = out.nodes[v];
        if (!nodes.count(theory.nodes[v].id)) continue;
        style.highlighted = true;
        style.penWidth = 4;
        if (!style.dead) style.stroke = std::string(kHighlightColour);
    }
    for (std::size_t i = 0; i < theory.links.size(); ++i) {
        EdgeStyle& edge = out.edges[i];
        if (links.count(theory.links[i].id)) {
            edge.highlighted = true;
            edge.colour = std::string(kBrokenColour);
            edge.style = "dashed";
            edge.penWidth = std::max(edge.penWidth, 3.0);
        } else if (!edge.broken) {
            edge.colour = kGrey;  // what is not a finding steps back
        }
    }
}

void addLegend(const DiagramOptions& options, const Theory& theory, DiagramStyle& out) {
    std::set<NodeKind> kinds;
    for (const Node& node : theory.nodes) kinds.insert(node.kind);
    std::string shapes;
    auto add = [&](NodeKind kind, const std::string& text) {
        if (kinds.count(kind)) shapes += (shapes.empty() ? "" : "   ") + text;
    };
    add(NodeKind::Intervention, tr("rounded box: intervention"));
    add(NodeKind::Context, tr("note: context"));
    add(NodeKind::Mechanism, tr("ellipse: mechanism"));
    add(NodeKind::Outcome, tr("box: outcome (double: final)"));
    add(NodeKind::SideEffect, tr("hexagon: side effect"));
    out.shapesLegend = shapes;
    switch (options.view) {
        case DiagramView::Theory:
            for (NodeKind kind : kinds) out.legend.push_back({std::string(kindFill(kind)), "#333333", localName(kind)});
            break;
        case DiagramView::Case:
            for (VerdictValue v : {VerdictValue::Supported, VerdictValue::Refuted, VerdictValue::Mixed, VerdictValue::NotAssessed})
                out.legend.push_back({std::string(verdictFill(v)), std::string(verdictStroke(v)), verdictBadge(v)});
            out.legend.push_back({"#ffffff", std::string(kBrokenColour), tr("red dashed link: broken in this case")});
            break;
        case DiagramView::AllCases:
            out.legend.push_back({std::string(shareFill(0)), "#333333", tr("k/n: supported in k of n assessed cases")});
            out.legend.push_back({std::string(shareFill(1)), "#333333", tr("darker: supported more often")});
            out.legend.push_back({std::string(verdictFill(VerdictValue::Refuted)), std::string(kBrokenColour),
                                  "✗ " + tr("dead: refuted in every case; its links red, dashed")});
            out.legend.push_back({"#ffffff", "#555555", tr("link width and k/n: how often it holds")});
            break;
    }
    if (kinds.count(NodeKind::SideEffect) && options.view != DiagramView::Theory)
        out.legend.push_back({kWarningFill, "#b35806", "⚠ " + tr("side effect observed")});
    if (options.highlight) {
        out.legend.push_back({"#ffffff", std::string(kHighlightColour), tr("thick outline: subject of a finding")});
        if (options.view == DiagramView::AllCases)
            out.legend.push_back({"#ffffff", std::string(kBrokenColour), tr("thick red dashed link: breaks wherever its source holds")});
    }
}

}  // namespace

DiagramStyle styleDiagram(const Project& project, const Theory& theory, const DiagramOptions& options) {
    if (!options.highlight) return styleDiagram(project, theory, options, FindingList());
    CheckSession checks(project, CheckOptions{theory.id, options.view == DiagramView::Case ? options.caseId : ""});
    return styleDiagram(project, theory, options, checks.findings());
}

DiagramStyle styleDiagram(const Project& project, const Theory& theory, const DiagramOptions& options,
                          const FindingList& findings) {
    DiagramStyle out;
    out.caption = project.meta.title + " — " + firstLine(theory.name) + " — " + viewName(project, options);
    out.nodes.resize(theory.nodes.size());
    out.edges.resize(theory.links.size());
    for (std::size_t v = 0; v < theory.nodes.size(); ++v) applyKind(theory.nodes[v], out.nodes[v]);
    for (std::size_t i = 0; i < theory.links.size(); ++i) {
        if (theory.links[i].kind == LinkKind::Enables) out.edges[i].style = "dotted";
        if (theory.links[i].kind == LinkKind::Prevents) out.edges[i].arrowhead = "tee";
    }
    TheoryGraph graph(theory);
    if (options.view == DiagramView::Case) {
        if (const Case* c = project.findCase(options.caseId)) styleCase(project, theory, graph, *c, out);
    } else if (options.view == DiagramView::AllCases) {
        styleAllCases(project, theory, out);
    }
    if (options.highlight) applyHighlight(project, theory, options, findings, out);
    addLegend(options, theory, out);
    return out;
}

void applyStyle(const DiagramStyle& style, const std::vector<int>& edgeLinks, DiagramLayout& layout) {
    layout.caption = style.caption;
    // The style is parallel to the theory's nodes, and the layout lists them in the same order.
    for (std::size_t v = 0; v < layout.nodes.size() && v < style.nodes.size(); ++v) {
        DiagramNode& node = layout.nodes[v];
        const NodeStyle& s = style.nodes[v];
        node.fill = s.fill;
        node.stroke = s.stroke;
        node.dead = s.dead;
        node.highlighted = s.highlighted;
    }
    for (std::size_t e = 0; e < layout.edges.size() && e < edgeLinks.size(); ++e) {
        if (edgeLinks[e] < 0 || static_cast<std::size_t>(edgeLinks[e]) >= style.edges.size()) continue;
        DiagramEdge& edge = layout.edges[e];
        const EdgeStyle& s = style.edges[static_cast<std::size_t>(edgeLinks[e])];
        edge.colour = s.colour;
        edge.dashed = s.style == "dashed";
        edge.penWidth = s.penWidth;
        edge.highlighted = s.highlighted;
    }
}

}  // namespace rw
