#include "app/gui/diagram_painter.h"

#include <algorithm>
#include <cmath>

#include <wx/brush.h>
#include <wx/pen.h>
#include <wx/settings.h>

#include "app/gui/colours.h"
#include "app/gui/document/diagram_hit_test.h"
#include "app/gui/wx_strings.h"
#include "model/label_text.h"
#include "model/palette.h"

namespace rw::gui {
namespace {

// The label rules of model/diagram.cpp, so that labels wrap where the export wraps them.
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

DiagramPainter::DiagramPainter(const DiagramLayout& layout, const DiagramStyle& style, const Theory* theory)
    : m_layout(layout), m_style(style), m_theory(theory) {}

const NodeStyle* DiagramPainter::nodeStyle(std::size_t index) const {
    // The style is parallel to the theory's nodes, and the layout lists them in the same order.
    return index < m_style.nodes.size() ? &m_style.nodes[index] : nullptr;
}

const EdgeStyle* DiagramPainter::edgeStyle(std::size_t index) const {
    if (!m_theory || index >= m_layout.edges.size()) return nullptr;
    const std::string& id = m_layout.edges[index].id;
    for (std::size_t i = 0; i < m_theory->links.size() && i < m_style.edges.size(); ++i)
        if (m_theory->links[i].id == id) return &m_style.edges[i];
    return nullptr;
}

void DiagramPainter::paint(wxGraphicsContext& gc, const DiagramPaintState& state) const {
    gc.SetAntialiasMode(wxANTIALIAS_DEFAULT);
    for (std::size_t i = 0; i < m_layout.edges.size(); ++i) paintEdge(gc, i, state);
    for (std::size_t i = 0; i < m_layout.nodes.size(); ++i) paintNode(gc, i, state);
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

void DiagramPainter::paintNode(wxGraphicsContext& gc, std::size_t index, const DiagramPaintState& state) const {
    const DiagramNode& node = m_layout.nodes[index];
    const NodeStyle* style = nodeStyle(index);
    if (style && m_theory && (index >= m_theory->nodes.size() || m_theory->nodes[index].id != node.id)) style = nullptr;
    std::string look = style ? style->style : std::string();
    double penWidth = style ? std::max(1.0, style->penWidth) : 1.0;
    if (has(look, "bold")) penWidth = std::max(penWidth, 2.0);

    // Highlight and selection glow behind the shape, so the shape's own colours stay as exported.
    if (node.highlighted || node.id == state.selectedNode) {
        wxColour glow = node.id == state.selectedNode ? wxSystemSettings::GetColour(wxSYS_COLOUR_HIGHLIGHT)
                                                      : colourOf(kHighlightColour);
        gc.SetPen(gc.CreatePen(wxGraphicsPenInfo(glow).Width(node.id == state.selectedNode ? 7 : 5)));
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

    // Label lines and the badge, shrunk when they would not fit our font's measure of the box.
    std::string text = node.label.empty() ? node.id : node.label;
    std::vector<std::string> lines = wrapText(capText(text, kMaxLabelCharacters), kWrapWidth);
    std::string badge = style ? style->badge : std::string();
    bool bold = style && style->dead;
    double shrink = 1.0;
    double insetW = node.kind == NodeKind::Mechanism ? node.width * 0.80 : node.width - 10;
    for (int attempt = 0; attempt < 6; ++attempt) {
        double widest = 0;
        double total = 0;
        gc.SetFont(fontOf(kLabelSize * shrink, state.fontPointsPerUnit, bold), *wxBLACK);
        for (const std::string& line : lines) {
            double w = 0, h = 0;
            gc.GetTextExtent(wxs(line), &w, &h);
            widest = std::max(widest, w);
            total += h;
        }
        if (!badge.empty()) {
            gc.SetFont(fontOf(kBadgeSize * shrink, state.fontPointsPerUnit, false), *wxBLACK);
            double w = 0, h = 0;
            gc.GetTextExtent(wxs(badge), &w, &h);
            widest = std::max(widest, w);
            total += h;
        }
        if (widest <= insetW && total <= node.height - 4) break;
        shrink *= 0.9;
    }
    wxColour ink = colourOf(style ? style->fontColour : "#1a1a1a", wxColour(0x1a, 0x1a, 0x1a));
    std::vector<std::pair<wxString, wxFont>> rows;
    for (const std::string& line : lines) rows.emplace_back(wxs(line), fontOf(kLabelSize * shrink, state.fontPointsPerUnit, bold));
    if (!badge.empty()) rows.emplace_back(wxs(badge), fontOf(kBadgeSize * shrink, state.fontPointsPerUnit, false));
    double total = 0;
    std::vector<std::pair<double, double>> sizes;
    for (auto& [line, font] : rows) {
        gc.SetFont(font, ink);
        double w = 0, h = 0;
        gc.GetTextExtent(line, &w, &h);
        sizes.emplace_back(w, h);
        total += h;
    }
    double y = node.centre.y - total / 2;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        gc.SetFont(rows[i].second, ink);
        gc.DrawText(rows[i].first, node.centre.x - sizes[i].first / 2, y);
        y += sizes[i].second;
    }
}

void DiagramPainter::paintEdge(wxGraphicsContext& gc, std::size_t index, const DiagramPaintState& state) const {
    const DiagramEdge& edge = m_layout.edges[index];
    const auto& p = edge.points;
    if (p.size() < 2) return;
    const EdgeStyle* style = edgeStyle(index);
    wxColour colour = colourOf(edge.colour, wxColour(0x55, 0x55, 0x55));
    double width = std::max(1.0, edge.penWidth);
    bool selected = edge.id == state.selectedLink;

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

    if (style && !style->label.empty()) {
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
