#pragma once
// Paints a laid-out diagram on a graphics context in diagram points (scale it first): node
// shapes by kind in the fill and stroke of the model's style, Bézier edges with arrowheads,
// dashed red broken links, badges under labels — the same look as the exported diagrams.

#include <string>

#include <wx/graphics.h>

#include "model/diagram.h"
#include "model/diagram_style.h"

namespace rw::gui {

struct DiagramPaintState {
    std::string selectedNode;
    std::string selectedLink;
    double fontPointsPerUnit = 0.75;  // wx font points that measure one diagram point on screen
};

class DiagramPainter {
public:
    DiagramPainter(const DiagramLayout& layout, const DiagramStyle& style, const Theory* theory);

    // Paints everything; `gc` maps diagram points to the device.
    void paint(wxGraphicsContext& gc, const DiagramPaintState& state) const;

private:
    void paintEdge(wxGraphicsContext& gc, std::size_t index, const DiagramPaintState& state) const;
    void paintNode(wxGraphicsContext& gc, std::size_t index, const DiagramPaintState& state) const;
    wxGraphicsPath shapePath(wxGraphicsContext& gc, const DiagramNode& node, double inset) const;
    const NodeStyle* nodeStyle(std::size_t index) const;
    const EdgeStyle* edgeStyle(std::size_t index) const;

    const DiagramLayout& m_layout;
    const DiagramStyle& m_style;
    const Theory* m_theory;
};

}  // namespace rw::gui
