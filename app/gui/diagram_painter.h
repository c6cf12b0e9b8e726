#pragma once
// Paints a laid-out diagram on a graphics context in diagram points (scale it first): node
// shapes by kind in the fill and stroke of the model's style, Bézier edges with arrowheads,
// dashed red broken links, badges under labels — the same look as the exported diagrams.

#include <string>
#include <vector>

#include <wx/geometry.h>

#include <wx/graphics.h>

#include "model/output/diagram.h"
#include "model/output/diagram_style.h"

namespace rw::gui {

struct DiagramPaintState {
    std::string selectedNode;
    std::string selectedLink;
    double fontPointsPerUnit = 0.75;  // wx font points that measure one diagram point on screen
    double scale = 1.0;               // window pixels per diagram point: text too small is skipped
    wxRect2DDouble visible{-1e9, -1e9, 2e9, 2e9};  // the part of the diagram in the window
};

// A node's label as measured once: the rows (lines, then the badge) and their sizes in diagram
// points, shrunk to fit the box. Measuring text is the slow part of painting, so it is kept
// from one paint to the next until the layout changes.
struct NodeText {
    bool measured = false;
    double shrink = 1.0;
    std::vector<wxString> rows;
    std::vector<bool> badge;  // parallel to rows
    std::vector<wxSize> sizes;  // in hundredths of a diagram point, parallel to rows
    double total = 0;
};

// The part of the diagram that painting a node or an edge can touch, in diagram points: its box
// with the outline's width, or the box of its points with the arrowhead and the k/n label that
// sits right of the middle. What is outside the window is not painted; what a restyle changes
// is repainted.
wxRect2DDouble paintedArea(const DiagramNode& node);
wxRect2DDouble paintedArea(const DiagramEdge& edge);  // the edge has points

class DiagramPainter {
public:
    // `texts` caches measured labels, one per layout node; it is filled as nodes come into view.
    // `edgeLinks` is linksOfEdges(theory, layout): the style of each edge.
    DiagramPainter(const DiagramLayout& layout, const DiagramStyle& style, const Theory* theory,
                   const std::vector<int>& edgeLinks, std::vector<NodeText>& texts);

    // Paints everything but the selection; `gc` maps diagram points to the device.
    void paint(wxGraphicsContext& gc, const DiagramPaintState& state) const;
    // Paints the selection's outline on top of a painted diagram (cheap: one shape).
    void paintSelection(wxGraphicsContext& gc, const DiagramPaintState& state) const;

private:
    void paintEdge(wxGraphicsContext& gc, std::size_t index, const DiagramPaintState& state) const;
    void paintNode(wxGraphicsContext& gc, std::size_t index, const DiagramPaintState& state) const;
    wxGraphicsPath shapePath(wxGraphicsContext& gc, const DiagramNode& node, double inset) const;
    const NodeStyle* nodeStyle(std::size_t index) const;
    const EdgeStyle* edgeStyle(std::size_t index) const;

    void measure(wxGraphicsContext& gc, std::size_t index, const DiagramPaintState& state) const;

    const DiagramLayout& m_layout;
    const DiagramStyle& m_style;
    const Theory* m_theory;
    const std::vector<int>& m_edgeLinks;
    std::vector<NodeText>& m_texts;
};

}  // namespace rw::gui
