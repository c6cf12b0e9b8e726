#pragma once
// Policy diagrams through Graphviz (cgraph + gvc): the graph is built with the cgraph API, laid
// out with `dot` and rendered in memory. The editor draws from the same layout.
//
// Graphviz is not thread-safe: call these from one thread at a time (the editor uses one worker).

#include <optional>
#include <string>
#include <vector>

#include "model/core/project.h"

namespace rw {

enum class DiagramView { Theory, Case, AllCases };

struct DiagramOptions {
    std::string theoryId;  // empty: the first theory
    DiagramView view = DiagramView::Theory;
    std::string caseId;     // the case of DiagramView::Case
    bool highlight = false; // make the subjects of the check findings stand out
    std::string rankdir = "TB";  // TB (top-down, like figure 5.3) or LR
    double dpi = 96;        // for PNG
    bool legend = true;
    bool caption = true;
};

struct DiagramPoint {
    double x = 0;
    double y = 0;  // points (1/72 inch), origin top-left, y downward
};

struct DiagramNode {
    std::string id;
    NodeKind kind = NodeKind::Mechanism;
    std::string label;  // as shown, after wrapping
    std::string fill;
    std::string stroke;
    DiagramPoint centre;
    double width = 0;  // points
    double height = 0;
    bool dead = false;
    bool highlighted = false;
};

struct DiagramEdge {
    std::string id;  // link id
    std::string from;
    std::string to;
    std::vector<DiagramPoint> points;  // cubic Bézier control points, then the arrow tip last
    std::string colour;
    bool dashed = false;
    double penWidth = 1;
    bool highlighted = false;
};

struct DiagramLayout {
    double width = 0;  // points
    double height = 0;
    std::string caption;
    std::vector<DiagramNode> nodes;
    std::vector<DiagramEdge> edges;
};

struct RenderResult {
    std::string data;      // the rendered bytes
    std::string error;     // empty on success
    std::string warnings;  // what Graphviz complained about, if anything
    explicit operator bool() const { return error.empty(); }
};

// Renders the diagram as "svg", "png", "pdf" or "dot". An unknown theory, case or format is
// an error, never a crash.
RenderResult renderDiagram(const Project& project, const DiagramOptions& options, const std::string& format);

// Returns the node and edge geometry of the diagram, or nullopt with `error` set.
std::optional<DiagramLayout> layoutDiagram(const Project& project, const DiagramOptions& options,
                                           std::string* error = nullptr);

// Returns, per edge of `layout` (laid out from `theory`), the index of its link in theory.links,
// or -1. Edges come in link order with dangling links left out, so one walk finds them all.
std::vector<int> linksOfEdges(const Theory& theory, const DiagramLayout& layout);

// Parses "theory", "all" or "case:ID" (ID or short name); returns false for anything else.
bool parseDiagramView(const Project& project, const std::string& text, DiagramOptions& options);

}  // namespace rw
