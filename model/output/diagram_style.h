#pragma once
// What each node and link of a diagram looks like in a view: shape, colours, line style, the
// badge under its label. Pure computation on the model, so it is tested without Graphviz.

#include <string>
#include <vector>

#include "model/checks/finding_list.h"
#include "model/output/diagram.h"

namespace rw {

struct NodeStyle {
    std::string shape;       // a Graphviz shape name; never "record" (user text is data)
    std::string style;       // e.g. "filled,rounded"
    std::string fill;
    std::string stroke;
    std::string fontColour = "#1a1a1a";
    double penWidth = 1;
    int peripheries = 1;
    std::string badge;       // second line: "✓", "5/10", "✗ 0/10" …; may be empty
    bool dead = false;
    bool highlighted = false;
    bool operator==(const NodeStyle&) const = default;
};

struct EdgeStyle {
    std::string colour = "#555555";
    std::string style = "solid";
    double penWidth = 1.2;
    std::string label;  // "k/n" in the all-cases view
    std::string arrowhead = "normal";
    bool broken = false;
    bool highlighted = false;
    bool operator==(const EdgeStyle&) const = default;
};

struct LegendEntry {
    std::string fill;
    std::string stroke;
    std::string text;
    bool operator==(const LegendEntry&) const = default;
};

struct DiagramStyle {
    std::string caption;
    std::vector<NodeStyle> nodes;  // parallel to theory.nodes
    std::vector<EdgeStyle> edges;  // parallel to theory.links
    std::vector<LegendEntry> legend;
    std::string shapesLegend;      // one line naming the shapes of the kinds used
    bool operator==(const DiagramStyle&) const = default;
};

// Returns the look of `theory` in the view of `options`. The case of a Case view must exist.
// With the highlight on, this runs the checks; the editor passes the findings it has instead.
DiagramStyle styleDiagram(const Project& project, const Theory& theory, const DiagramOptions& options);
// The same, highlighting from `findings`: the theory's findings, as runChecks gives them with no
// case named (a Case view keeps those about its case).
DiagramStyle styleDiagram(const Project& project, const Theory& theory, const DiagramOptions& options,
                          const FindingList& findings);

// Sets the colours and marks of a laid-out diagram from a style of its theory; `edgeLinks` is
// linksOfEdges(theory, layout). What a tick changes, without a new layout.
void applyStyle(const DiagramStyle& style, const std::vector<int>& edgeLinks, DiagramLayout& layout);

}  // namespace rw
