#include "app/gui/diagram_painter.h"

#include <algorithm>
#include <cmath>

#include <wx/brush.h>
#include <wx/pen.h>
#include <wx/settings.h>

#include "app/document/diagram_hit_test.h"
#include "app/gui/colours.h"
#include "app/gui/document_layer.h"
#include "app/gui/wx_strings.h"
#include "model/core/label_text.h"
#include "model/output/palette.h"

namespace rw::gui {
namespace {

// The label rules of model/output/diagram.cpp, so that labels wrap where the export wraps them.
constexpr std::size_t kMaxLabelCharacters = 120;
constexpr std::size_t kWrapWidth = 22;
constexpr double kLabelSize = 11;  // diagram points, as in the export
constexpr double kBadgeSize = 9;

wxFont fontOf(double diagramPoints, double pointsPerUnit, bool bold) {
    wxFontInfo info;
    info.FaceName("DejaVu Sans").Family(wxFONTFAMILY_SWISS);
    wxFont font(info);
    font.SetFractionalPointSize(diagramPoints * pointsPerUnit);
    if (bold) font.SetWeight(wxFONTWEIGHT_BOLD);
    return font;
}

bool has(const std::string& style, const char* word) { return style.find(word) != std::string::npos; }

}  // namespace

DiagramPainter::DiagramPainter(const DiagramLayout& layout, const DiagramStyle& style, const Theory* theory,
                               const std::vector<int>& edgeLinks, std::vector<NodeText>& texts)
    : m_layout(layout), m_style(style), m_theory(theory), m_edgeLinks(edgeLinks), m_texts(texts) {
    if (m_texts.size() != m_layout.nodes.size()) m_texts.assign(m_layout.nodes.size(), NodeText{});
}

const NodeStyle* DiagramPainter::nodeStyle(std::size_t index) const {
    // The style is parallel to the theory's nodes, and the layout lists them in the same order.
    return index < m_style.nodes.size() ? &m_style.nodes[index] : nullptr;
}

wxRect2DDouble paintedArea(const DiagramNode& n) {
    return {n.centre.x - n.width / 2 - 8, n.centre.y - n.height / 2 - 8, n.width + 16, n.height + 16};
}

wxRect2DDouble paintedArea(const DiagramEdge& edge) {
    double x0 = edge.points[0].x, x1 = x0, y0 = edge.points[0].y, y1 = y0;
    for (const DiagramPoint& p : edge.points) {
        x0 = std::min(x0, p.x);
        x1 = std::max(x1, p.x);
        y0 = std::min(y0, p.y);
        y1 = std::max(y1, p.y);
    }
    return {x0 - 20, y0 - 20, x1 - x0 + 40 + 60, y1 - y0 + 40};
}

const EdgeStyle* DiagramPainter::edgeStyle(std::size_t index) const {
    if (index >= m_edgeLinks.size() || m_edgeLinks[index] < 0) return nullptr;
    std::size_t link = static_cast<std::size_t>(m_edgeLinks[index]);
    return link < m_style.edges.size() ? &m_style.edges[link] : nullptr;
}

void DiagramPainter::paint(wxGraphicsContext& gc, const DiagramPaintState& state) const {
    gc.SetAntialiasMode(wxANTIALIAS_DEFAULT);
    // Only what the window shows: a big theory zoomed in paints a few dozen nodes, not hundreds.
    for (std::size_t i = 0; i < m_layout.edges.size(); ++i)
        if (!m_layout.edges[i].points.empty() && state.visible.Intersects(paintedArea(m_layout.edges[i])))
            paintEdge(gc, i, state);
    for (std::size_t i = 0; i < m_layout.nodes.size(); ++i)
        if (state.visible.Intersects(paintedArea(m_layout.nodes[i]))) paintNode(gc, i, state);
}

wxGraphicsPath DiagramPainter::shapePath(wxGraphicsContext& gc, const DiagramNode& node, double inset) const {
    double w = node.width - 2 * inset;
    double h = node.height - 2 * inset;
    double x = node.centre.x - w / 2;
    double y = node.centre.y - h / 2;
    wxGraphicsPath path = gc.CreatePath();
    switch (node.kind) {
        case NodeKind::Intervention: path.AddRoundedRectangle(x, y, w, h, std::min(8.0, h / 4)); break;
        case NodeKind::Context: {
            double fold = std::min(10.0, h / 3);
            path.MoveToPoint(x, y);
            path.AddLineToPoint(x + w - fold, y);
            path.AddLineToPoint(x + w, y + fold);
            path.AddLineToPoint(x + w, y + h);
            path.AddLineToPoint(x, y + h);
            path.CloseSubpath();
            path.MoveToPoint(x + w - fold, y);
            path.AddLineToPoint(x + w - fold, y + fold);
            path.AddLineToPoint(x + w, y + fold);
            break;
        }
        case NodeKind::Mechanism: path.AddEllipse(x, y, w, h); break;
        case NodeKind::Outcome: path.AddRectangle(x, y, w, h); break;
        case NodeKind::SideEffect: {
            double cut = std::min(w / 4, h / 2);
            path.MoveToPoint(x, y + h / 2);
            path.AddLineToPoint(x + cut, y);
            path.AddLineToPoint(x + w - cut, y);
            path.AddLineToPoint(x + w, y + h / 2);
            path.AddLineToPoint(x + w - cut, y + h);
            path.AddLineToPoint(x + cut, y + h);
            path.CloseSubpath();
            break;
        }
    }
    return path;
}

void DiagramPainter::paintSelection(wxGraphicsContext& gc, const DiagramPaintState& state) const {
    wxColour colour = wxSystemSettings::GetColour(wxSYS_COLOUR_HIGHLIGHT);
    for (const DiagramNode& node : m_layout.nodes) {
        if (node.id != state.selectedNode) continue;
        gc.SetPen(gc.CreatePen(wxGraphicsPenInfo(colour).Width(4)));
        gc.SetBrush(*wxTRANSPARENT_BRUSH);
        gc.DrawPath(shapePath(gc, node, -4));
    }
    for (const DiagramEdge& edge : m_layout.edges) {
        if (edge.id != state.selectedLink || edge.points.size() < 2) continue;
        std::vector<DiagramPoint> line = edgePolyline(edge);
        wxGraphicsPath path = gc.CreatePath();
        path.MoveToPoint(line[0].x, line[0].y);
        for (std::size_t i = 1; i < line.size(); ++i) path.AddLineToPoint(line[i].x, line[i].y);
        gc.SetPen(gc.CreatePen(wxGraphicsPenInfo(wxColour(colour.Red(), colour.Green(), colour.Blue(), 150))
                                   .Width(std::max(1.0, edge.penWidth) + 5)));
        gc.StrokePath(path);
    }
}

void DiagramPainter::paintNode(wxGraphicsContext& gc, std::size_t index, const DiagramPaintState& state) const {
    const DiagramNode& node = m_layout.nodes[index];
    const NodeStyle* style = nodeStyle(index);
    if (style && m_theory && (index >= m_theory->nodes.size() || m_theory->nodes[index].id != node.id)) style = nullptr;
    std::string look = style ? style->style : std::string();
    double penWidth = style ? std::max(1.0, style->penWidth) : 1.0;
    if (has(look, "bold")) penWidth = std::max(penWidth, 2.0);

    // The findings' highlight glows behind the shape, so the shape's own colours stay as exported.
    if (node.highlighted) {
        gc.SetPen(gc.CreatePen(wxGraphicsPenInfo(colourOf(kHighlightColour)).Width(5)));
        gc.SetBrush(*wxTRANSPARENT_BRUSH);
        gc.DrawPath(shapePath(gc, node, -2));
    }

    wxPenStyle dash = has(look, "dashed") ? wxPENSTYLE_LONG_DASH : has(look, "dotted") ? wxPENSTYLE_DOT : wxPENSTYLE_SOLID;
    gc.SetBrush(wxBrush(colourOf(node.fill, *wxWHITE)));
    gc.SetPen(gc.CreatePen(wxGraphicsPenInfo(colourOf(node.stroke, wxColour(0x33, 0x33, 0x33))).Width(penWidth).Style(dash)));
    gc.DrawPath(shapePath(gc, node, 0));
    if (style && style->peripheries > 1) {  // a final outcome has a double border
        gc.SetBrush(*wxTRANSPARENT_BRUSH);
        gc.DrawPath(shapePath(gc, node, 3.5));
    }

    // Text smaller than a few pixels cannot be read and costs the most to draw: leave it out.
    if (kLabelSize * state.scale < 3.5) return;
    measure(gc, index, state);
    const NodeText& text = m_texts[index];
    bool bold = style && style->dead;
    wxColour ink = colourOf(style ? style->fontColour : "#1a1a1a", wxColour(0x1a, 0x1a, 0x1a));
    wxFont labelFont = fontOf(kLabelSize * text.shrink, state.fontPointsPerUnit, bold);
    wxFont badgeFont = fontOf(kBadgeSize * text.shrink, state.fontPointsPerUnit, false);
    double y = node.centre.y - text.total / 2;
    for (std::size_t i = 0; i < text.rows.size(); ++i) {
        gc.SetFont(text.badge[i] ? badgeFont : labelFont, ink);
        double w = text.sizes[i].x / 100.0;
        gc.DrawText(text.rows[i], node.centre.x - w / 2, y);
        y += text.sizes[i].y / 100.0;
    }
}

void DiagramPainter::measure(wxGraphicsContext& gc, std::size_t index, const DiagramPaintState& state) const {
    NodeText& text = m_texts[index];
    if (text.measured) return;
    const DiagramNode& node = m_layout.nodes[index];
    const NodeStyle* style = index < m_style.nodes.size() ? &m_style.nodes[index] : nullptr;
    bool bold = style && style->dead;
    std::string label = node.label.empty() ? node.id : node.label;
    for (const std::string& line : wrapText(capText(label, kMaxLabelCharacters), kWrapWidth)) {
        text.rows.push_back(wxs(line));
        text.badge.push_back(false);
    }
    if (style && !style->badge.empty()) {
        text.rows.push_back(wxs(style->badge));
        text.badge.push_back(true);
    }
    // One measurement at full size; text scales linearly, so the shrink that fits follows.
    double widest = 0;
    double total = 0;
    std::vector<std::pair<double, double>> sizes;
    for (std::size_t i = 0; i < text.rows.size(); ++i) {
        gc.SetFont(fontOf(text.badge[i] ? kBadgeSize : kLabelSize, state.fontPointsPerUnit, bold && !text.badge[i]),
                   *wxBLACK);
        double w = 0, h = 0;
        gc.GetTextExtent(text.rows[i], &w, &h);
        sizes.emplace_back(w, h);
        widest = std::max(widest, w);
        total += h;
    }
    double room = node.kind == NodeKind::Mechanism ? node.width * 0.80 : node.width - 10;
    text.shrink = std::min({1.0, widest > 0 ? room / widest : 1.0, total > 0 ? (node.height - 4) / total : 1.0});
    text.shrink = std::max(text.shrink, 0.4);
    text.total = 0;
    for (const auto& [w, h] : sizes) {
        text.sizes.emplace_back(static_cast<int>(w * text.shrink * 100), static_cast<int>(h * text.shrink * 100));
        text.total += h * text.shrink;
    }
    text.measured = true;
}

void DiagramPainter::paintEdge(wxGraphicsContext& gc, std::size_t index, const DiagramPaintState& state) const {
    const DiagramEdge& edge = m_layout.edges[index];
    const auto& p = edge.points;
    if (p.size() < 2) return;
    const EdgeStyle* style = edgeStyle(index);
    wxColour colour = colourOf(edge.colour, wxColour(0x55, 0x55, 0x55));
    double width = std::max(1.0, edge.penWidth);
    bool selected = false;  // the selection is painted on top, by paintSelection

    std::size_t curveCount = p.size() % 3 == 2 ? p.size() - 1 : p.size();
    wxGraphicsPath path = gc.CreatePath();
    path.MoveToPoint(p[0].x, p[0].y);
    if (curveCount % 3 == 1) {
        for (std::size_t i = 0; i + 3 < curveCount; i += 3)
            path.AddCurveToPoint(p[i + 1].x, p[i + 1].y, p[i + 2].x, p[i + 2].y, p[i + 3].x, p[i + 3].y);
    } else {
        for (std::size_t i = 1; i < curveCount; ++i) path.AddLineToPoint(p[i].x, p[i].y);
    }
    if (selected || edge.highlighted) {
        wxColour glow = selected ? wxSystemSettings::GetColour(wxSYS_COLOUR_HIGHLIGHT) : colourOf(kHighlightColour);
        gc.SetPen(gc.CreatePen(wxGraphicsPenInfo(glow).Width(width + 5)));
        gc.StrokePath(path);
    }
    gc.SetPen(gc.CreatePen(wxGraphicsPenInfo(colour).Width(width).Style(edge.dashed ? wxPENSTYLE_LONG_DASH : wxPENSTYLE_SOLID)));
    gc.StrokePath(path);

    // The arrowhead: from the curve's end to the tip (or along the last control leg).
    DiagramPoint tip = p.back();
    DiagramPoint base = curveCount < p.size() ? p[curveCount - 1] : p[p.size() - 2];
    double dx = tip.x - base.x;
    double dy = tip.y - base.y;
    double length = std::hypot(dx, dy);
    if (length > 0.01) {
        double ux = dx / length, uy = dy / length;
        double size = std::max(7.0, length);
        DiagramPoint back{tip.x - ux * size, tip.y - uy * size};
        gc.SetPen(gc.CreatePen(wxGraphicsPenInfo(colour).Width(width)));
        if (style && style->arrowhead == "tee") {
            gc.StrokeLine(tip.x - uy * 5, tip.y + ux * 5, tip.x + uy * 5, tip.y - ux * 5);
            gc.StrokeLine(back.x, back.y, tip.x, tip.y);
        } else {
            wxGraphicsPath head = gc.CreatePath();
            head.MoveToPoint(tip.x, tip.y);
            head.AddLineToPoint(back.x - uy * size * 0.38, back.y + ux * size * 0.38);
            head.AddLineToPoint(back.x + uy * size * 0.38, back.y - ux * size * 0.38);
            head.CloseSubpath();
            gc.SetBrush(wxBrush(colour));
            gc.FillPath(head);
        }
    }

    if (style && !style->label.empty() && kBadgeSize * state.scale >= 3.5) {
        DiagramPoint middle = edgeMidpoint(edge);
        gc.SetFont(fontOf(kBadgeSize, state.fontPointsPerUnit, false), colour);
        wxString label = wxs(style->label);
        double w = 0, h = 0;
        gc.GetTextExtent(label, &w, &h);
        gc.SetPen(*wxTRANSPARENT_PEN);
        gc.SetBrush(wxBrush(wxColour(255, 255, 255, 220)));
        gc.DrawRoundedRectangle(middle.x + 3, middle.y - h / 2 - 1, w + 4, h + 2, 2);
        gc.DrawText(label, middle.x + 5, middle.y - h / 2);
    }
}

}  // namespace rw::gui
