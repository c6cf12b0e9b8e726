#include "app/gui/diagram_canvas.h"

#include <algorithm>
#include <cmath>
#include <memory>
#include <optional>

#include <wx/dcbuffer.h>
#include <wx/dcmemory.h>
#include <wx/graphics.h>
#include <wx/settings.h>

#include "app/document/diagram_hit_test.h"
#include "app/document/trace_timer.h"
#include "app/gui/colours.h"
#include "app/gui/diagram_painter.h"
#include "app/gui/document_layer.h"
#include "app/gui/wx_strings.h"

namespace rw::gui {
namespace {

constexpr double kMinScale = 0.1;
constexpr double kMaxScale = 6.0;
constexpr int kMargin = 16;  // pixels around a fitted diagram

}  // namespace

DiagramCanvas::DiagramCanvas(wxWindow* parent, Callbacks callbacks)
    : wxWindow(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxWANTS_CHARS | wxFULL_REPAINT_ON_RESIZE),
      m_callbacks(std::move(callbacks)) {
    SetName("diagram-canvas");
    SetBackgroundStyle(wxBG_STYLE_PAINT);
    Bind(wxEVT_PAINT, &DiagramCanvas::onPaint, this);
    Bind(wxEVT_LEFT_DOWN, &DiagramCanvas::onLeftDown, this);
    Bind(wxEVT_LEFT_UP, &DiagramCanvas::onLeftUp, this);
    Bind(wxEVT_MIDDLE_DOWN, &DiagramCanvas::onLeftDown, this);
    Bind(wxEVT_MIDDLE_UP, &DiagramCanvas::onLeftUp, this);
    Bind(wxEVT_MOTION, &DiagramCanvas::onMotion, this);
    Bind(wxEVT_LEFT_DCLICK, &DiagramCanvas::onDoubleClick, this);
    Bind(wxEVT_MOUSEWHEEL, &DiagramCanvas::onWheel, this);
    Bind(wxEVT_KEY_DOWN, &DiagramCanvas::onKey, this);
    Bind(wxEVT_SIZE, &DiagramCanvas::onSize, this);
    Bind(wxEVT_MOUSE_CAPTURE_LOST, [this](wxMouseCaptureLostEvent&) {
        m_drag = Drag::None;
        Refresh();
    });
    Bind(wxEVT_CONTEXT_MENU, [this](wxContextMenuEvent& event) {
        wxPoint where = event.GetPosition() == wxDefaultPosition ? wxPoint(10, 10) : ScreenToClient(event.GetPosition());
        std::string node = nodeAtWindow(where);
        bool selected = node == m_selectedNode || std::find(m_moreNodes.begin(), m_moreNodes.end(), node) != m_moreNodes.end();
        // Right-clicking one of several selected nodes keeps them all: the menu acts on all.
        if (!node.empty()) {
            if (!selected && m_callbacks.selectNode) m_callbacks.selectNode(node);
        } else if (std::string link = linkAtWindow(where); !link.empty() && m_callbacks.selectLink) m_callbacks.selectLink(link);
        if (m_callbacks.contextMenu) m_callbacks.contextMenu(where);
    });
}

void DiagramCanvas::setDiagram(DiagramLayout layout, DiagramStyle style, Theory theory, bool fitNow) {
    if (m_editor) endLabelEdit(false);
    m_layout = std::move(layout);
    m_style = std::move(style);
    m_theory = std::move(theory);
    m_edgeLinks = linksOfEdges(m_theory, m_layout);
    m_texts.clear();
    if (fitNow || m_fitOnSize) fit();
    invalidate();
}

void DiagramCanvas::restyle(DiagramStyle style) {
    m_lastRestyle = {};
    if (style.nodes.size() != m_style.nodes.size() || style.edges.size() != m_style.edges.size() ||
        m_layout.nodes.size() != m_style.nodes.size()) {
        m_style = std::move(style);
        applyStyle(m_style, m_edgeLinks, m_layout);
        m_texts.clear();
        m_lastRestyle.everything = true;
        invalidate();
        return;
    }
    std::optional<wxRect2DDouble> area;
    auto add = [&area](const wxRect2DDouble& r) {
        if (area) wxRect2DDouble::Union(*area, r, &*area);
        else area = r;
    };
    for (std::size_t v = 0; v < m_layout.nodes.size(); ++v) {
        if (style.nodes[v] == m_style.nodes[v]) continue;
        add(paintedArea(m_layout.nodes[v]));
        if (v < m_texts.size()) m_texts[v] = NodeText{};  // the badge may have changed
        m_lastRestyle.nodes.push_back(m_layout.nodes[v].id);
    }
    for (std::size_t e = 0; e < m_layout.edges.size() && e < m_edgeLinks.size(); ++e) {
        if (m_edgeLinks[e] < 0 || m_layout.edges[e].points.empty()) continue;
        std::size_t link = static_cast<std::size_t>(m_edgeLinks[e]);
        if (style.edges[link] == m_style.edges[link]) continue;
        add(paintedArea(m_layout.edges[e]));
        m_lastRestyle.links.push_back(m_layout.edges[e].id);
    }
    bool overlay = style.caption != m_style.caption || style.legend != m_style.legend;
    m_style = std::move(style);
    applyStyle(m_style, m_edgeLinks, m_layout);
    if (area) repaintArea(*area);
    if (overlay) Refresh();  // the caption and legend are drawn over the cached picture on every paint
}

wxBitmap DiagramCanvas::paintAll() {
    wxSize size = GetClientSize();
    wxBitmap picture(std::max(1, size.x), std::max(1, size.y), 24);
    wxMemoryDC memory(picture);
    memory.SetBackground(*wxWHITE_BRUSH);
    memory.Clear();
    if (std::unique_ptr<wxGraphicsContext> gc{wxGraphicsContext::Create(memory)}) {
        gc->Translate(m_offset.m_x, m_offset.m_y);
        gc->Scale(m_scale, m_scale);
        DiagramPainter(m_layout, m_style, &m_theory, m_edgeLinks, m_texts).paint(*gc, paintState(wxRect(size)));
    }
    memory.SelectObject(wxNullBitmap);
    return picture;
}

DiagramPaintState DiagramCanvas::paintState(const wxRect& window) const {
    wxPoint2DDouble from = toDiagram(window.GetTopLeft());
    return {m_selectedNode, m_selectedLink, 72.0 / std::max(1, GetDPI().y), m_scale,
            wxRect2DDouble(from.m_x, from.m_y, window.width / m_scale, window.height / m_scale)};
}

void DiagramCanvas::repaintArea(const wxRect2DDouble& area) {
    wxPoint topLeft = toWindow(area.m_x, area.m_y);
    wxPoint bottomRight = toWindow(area.m_x + area.m_width, area.m_y + area.m_height);
    wxRect window = wxRect(topLeft, bottomRight).Inflate(2).Intersect(wxRect(GetClientSize()));
    if (window.IsEmpty()) return;
    if (m_cacheValid) {  // else the next paint paints it all anyway
        TraceTimer render("diagram render part");
        wxMemoryDC memory(m_cache);
        memory.SetClippingRegion(window);
        memory.SetBackground(*wxWHITE_BRUSH);
        memory.Clear();
        if (std::unique_ptr<wxGraphicsContext> gc{wxGraphicsContext::Create(memory)}) {
            gc->Clip(window.x, window.y, window.width, window.height);
            gc->Translate(m_offset.m_x, m_offset.m_y);
            gc->Scale(m_scale, m_scale);
            DiagramPainter(m_layout, m_style, &m_theory, m_edgeLinks, m_texts).paint(*gc, paintState(window));
        }
        memory.SelectObject(wxNullBitmap);
    }
    RefreshRect(window, false);
}

void DiagramCanvas::setSelection(const std::string& nodeId, const std::string& linkId,
                                 const std::vector<std::string>& moreNodes) {
    if (nodeId == m_selectedNode && linkId == m_selectedLink && moreNodes == m_moreNodes) return;
    m_selectedNode = nodeId;
    m_selectedLink = linkId;
    m_moreNodes = moreNodes;
    Refresh();
}

wxPoint2DDouble DiagramCanvas::toDiagram(const wxPoint& point) const {
    return {(point.x - m_offset.m_x) / m_scale, (point.y - m_offset.m_y) / m_scale};
}

wxPoint DiagramCanvas::toWindow(double x, double y) const {
    return {static_cast<int>(std::lround(m_offset.m_x + x * m_scale)), static_cast<int>(std::lround(m_offset.m_y + y * m_scale))};
}

void DiagramCanvas::fit() {
    wxSize size = GetClientSize();
    if (m_layout.width <= 0 || m_layout.height <= 0 || size.x <= 2 * kMargin || size.y <= 2 * kMargin) return;
    int top = FromDIP(28);  // room for the caption
    double sx = (size.x - 2.0 * kMargin) / m_layout.width;
    double sy = (size.y - 2.0 * kMargin - top) / m_layout.height;
    m_scale = std::clamp(std::min(sx, sy), kMinScale, 2.0);
    m_offset.m_x = (size.x - m_layout.width * m_scale) / 2;
    m_offset.m_y = top + (size.y - top - m_layout.height * m_scale) / 2;
    m_fitOnSize = true;
    invalidate();
}

void DiagramCanvas::zoomBy(double factor, const wxPoint& anchor) {
    double next = std::clamp(m_scale * factor, kMinScale, kMaxScale);
    wxPoint2DDouble fixed = toDiagram(anchor);
    m_scale = next;
    m_offset.m_x = anchor.x - fixed.m_x * m_scale;
    m_offset.m_y = anchor.y - fixed.m_y * m_scale;
    m_fitOnSize = false;
    if (m_editor) endLabelEdit(true);
    invalidate();
}

wxPoint DiagramCanvas::windowPointOf(const std::string& nodeId) const {
    const DiagramNode* node = findDiagramNode(m_layout, nodeId);
    return node ? toWindow(node->centre.x, node->centre.y) : wxPoint(-1, -1);
}

wxPoint DiagramCanvas::windowPointOfLink(const std::string& linkId) const {
    for (const DiagramEdge& edge : m_layout.edges)
        if (edge.id == linkId) {
            DiagramPoint middle = edgeMidpoint(edge);
            return toWindow(middle.x, middle.y);
        }
    return {-1, -1};
}

std::string DiagramCanvas::nodeAtWindow(const wxPoint& point) const {
    wxPoint2DDouble p = toDiagram(point);
    return nodeAt(m_layout, p.m_x, p.m_y);
}

std::string DiagramCanvas::linkAtWindow(const wxPoint& point) const {
    wxPoint2DDouble p = toDiagram(point);
    return linkAt(m_layout, p.m_x, p.m_y, 6.0 / m_scale);
}

void DiagramCanvas::invalidate() {
    m_cacheValid = false;
    Refresh();
}

void DiagramCanvas::onPaint(wxPaintEvent&) {
    TraceTimer trace("diagram paint");
    wxAutoBufferedPaintDC dc(this);
    wxSize size = GetClientSize();
    DiagramPaintState state = paintState(wxRect(size));
    DiagramPainter painter(m_layout, m_style, &m_theory, m_edgeLinks, m_texts);

    // The diagram itself is painted once per layout, zoom or pan; selecting and hovering only
    // draw on top of the cached picture.
    if (!m_cacheValid || m_cache.GetSize() != size) {
        TraceTimer render("diagram render");
        m_cache = paintAll();
        m_cacheValid = true;
    }
    dc.DrawBitmap(m_cache, 0, 0);
    std::unique_ptr<wxGraphicsContext> gc(wxGraphicsContext::Create(dc));
    if (!gc) return;
    gc->PushState();
    gc->Translate(m_offset.m_x, m_offset.m_y);
    gc->Scale(m_scale, m_scale);
    painter.paintSelection(*gc, state);
    for (const std::string& node : m_moreNodes) {
        DiagramPaintState more = state;
        more.selectedNode = node;
        more.selectedLink.clear();
        painter.paintSelection(*gc, more);
    }
    gc->PopState();

    if (m_drag == Drag::Link) {
        wxPoint from = windowPointOf(m_linkFrom);
        gc->SetPen(gc->CreatePen(wxGraphicsPenInfo(wxSystemSettings::GetColour(wxSYS_COLOUR_HIGHLIGHT)).Width(2).Style(wxPENSTYLE_SHORT_DASH)));
        gc->StrokeLine(from.x, from.y, m_dragNow.x, m_dragNow.y);
        std::string target = nodeAtWindow(m_dragNow);
        if (!target.empty() && target != m_linkFrom) {
            wxPoint to = windowPointOf(target);
            gc->SetBrush(wxBrush(wxSystemSettings::GetColour(wxSYS_COLOUR_HIGHLIGHT)));
            gc->DrawEllipse(to.x - 5, to.y - 5, 10, 10);
        }
    }
    paintOverlay(*gc);
}

void DiagramCanvas::paintOverlay(wxGraphicsContext& gc) {
    wxFont font = GetFont();
    wxSize size = GetClientSize();
    if (!m_style.caption.empty()) {
        gc.SetFont(font.Bold(), wxColour(0x22, 0x22, 0x22));
        gc.DrawText(wxs(m_style.caption), FromDIP(8), FromDIP(6));
    }
    if (m_style.legend.empty()) return;
    // The legend sits in the bottom-left corner in window pixels, whatever the zoom.
    wxFont small = font;
    small.SetFractionalPointSize(font.GetFractionalPointSize() * 0.85);
    gc.SetFont(small, wxColour(0x22, 0x22, 0x22));
    double rowHeight = 0, widest = 0;
    for (const LegendEntry& entry : m_style.legend) {
        double w = 0, h = 0;
        gc.GetTextExtent(wxs(entry.text), &w, &h);
        widest = std::max(widest, w);
        rowHeight = std::max(rowHeight, h + 4);
    }
    double swatch = FromDIP(18);
    double width = widest + swatch + FromDIP(18);
    double height = rowHeight * static_cast<double>(m_style.legend.size()) + FromDIP(8);
    double x = FromDIP(8);
    double y = size.y - height - FromDIP(8);
    gc.SetPen(wxPen(wxColour(0xcc, 0xcc, 0xcc)));
    gc.SetBrush(wxBrush(wxColour(255, 255, 255, 230)));
    gc.DrawRoundedRectangle(x, y, width, height, 4);
    double rowY = y + FromDIP(4);
    for (const LegendEntry& entry : m_style.legend) {
        gc.SetPen(wxPen(colourOf(entry.stroke, wxColour(0x33, 0x33, 0x33)), 2));
        gc.SetBrush(wxBrush(colourOf(entry.fill, *wxWHITE)));
        gc.DrawRectangle(x + FromDIP(6), rowY + 2, swatch, rowHeight - 6);
        gc.DrawText(wxs(entry.text), x + FromDIP(10) + swatch, rowY);
        rowY += rowHeight;
    }
}

void DiagramCanvas::onLeftDown(wxMouseEvent& event) {
    SetFocus();
    if (m_editor) endLabelEdit(true);
    wxPoint where = event.GetPosition();
    std::string node = nodeAtWindow(where);
    m_dragStart = m_dragNow = where;
    m_dragMoved = false;
    m_offsetAtDragStart = m_offset;
    if (event.LeftDown() && !node.empty() && (m_linkMode || event.ShiftDown())) {
        m_drag = Drag::Link;
        m_linkFrom = node;
    } else if (event.LeftDown() && !node.empty()) {
        m_drag = Drag::None;
        if (event.ControlDown() && m_callbacks.toggleNode) m_callbacks.toggleNode(node);
        else if (m_callbacks.selectNode) m_callbacks.selectNode(node);
        return;
    } else {
        m_drag = Drag::Pan;
    }
    if (!HasCapture()) CaptureMouse();
}

void DiagramCanvas::onMotion(wxMouseEvent& event) {
    if (m_drag == Drag::None) {
        std::string node = nodeAtWindow(event.GetPosition());
        bool linking = m_linkMode || event.ShiftDown();
        SetCursor(!node.empty() ? wxCursor(linking ? wxCURSOR_CROSS : wxCURSOR_HAND)
                                : !linkAtWindow(event.GetPosition()).empty() ? wxCursor(wxCURSOR_HAND) : wxNullCursor);
        return;
    }
    m_dragNow = event.GetPosition();
    if (std::abs(m_dragNow.x - m_dragStart.x) + std::abs(m_dragNow.y - m_dragStart.y) > 3) m_dragMoved = true;
    if (m_drag == Drag::Pan && m_dragMoved) {
        m_offset.m_x = m_offsetAtDragStart.m_x + (m_dragNow.x - m_dragStart.x);
        m_offset.m_y = m_offsetAtDragStart.m_y + (m_dragNow.y - m_dragStart.y);
        m_fitOnSize = false;
        m_cacheValid = false;
    }
    Refresh();
}

void DiagramCanvas::onLeftUp(wxMouseEvent& event) {
    if (HasCapture()) ReleaseMouse();
    Drag drag = m_drag;
    m_drag = Drag::None;
    if (drag == Drag::Link) {
        std::string target = nodeAtWindow(event.GetPosition());
        if (!target.empty() && target != m_linkFrom && m_callbacks.createLink) m_callbacks.createLink(m_linkFrom, target);
        else if (!m_dragMoved && m_callbacks.selectNode) m_callbacks.selectNode(m_linkFrom);
    } else if (drag == Drag::Pan && !m_dragMoved && event.LeftUp()) {
        std::string link = linkAtWindow(event.GetPosition());
        if (!link.empty() && m_callbacks.selectLink) m_callbacks.selectLink(link);
        else if (link.empty() && m_callbacks.selectNothing) m_callbacks.selectNothing();
    }
    Refresh();
}

void DiagramCanvas::onDoubleClick(wxMouseEvent& event) {
    std::string node = nodeAtWindow(event.GetPosition());
    if (!node.empty()) beginLabelEdit(node);
}

void DiagramCanvas::onWheel(wxMouseEvent& event) {
    if (event.ControlDown()) {
        zoomBy(event.GetWheelRotation() > 0 ? 1.15 : 1 / 1.15, event.GetPosition());
        return;
    }
    double step = event.GetWheelRotation() > 0 ? 40 : -40;
    bool horizontal = event.GetWheelAxis() == wxMOUSE_WHEEL_HORIZONTAL || event.ShiftDown();
    (horizontal ? m_offset.m_x : m_offset.m_y) += step;
    m_fitOnSize = false;
    invalidate();
}

void DiagramCanvas::onKey(wxKeyEvent& event) {
    switch (event.GetKeyCode()) {
        case '+': case '=': case WXK_NUMPAD_ADD: zoomBy(1.25); return;
        case '-': case WXK_NUMPAD_SUBTRACT: zoomBy(1 / 1.25); return;
        case '0': case WXK_NUMPAD0: fit(); return;
        case WXK_DELETE: case WXK_NUMPAD_DELETE: case WXK_BACK:
            if (m_callbacks.deleteSelection) m_callbacks.deleteSelection();
            return;
        case WXK_F2:
            if (!m_selectedNode.empty()) beginLabelEdit(m_selectedNode);
            return;
        case WXK_LEFT: m_offset.m_x += 40; m_fitOnSize = false; invalidate(); return;
        case WXK_RIGHT: m_offset.m_x -= 40; m_fitOnSize = false; invalidate(); return;
        case WXK_UP: m_offset.m_y += 40; m_fitOnSize = false; invalidate(); return;
        case WXK_DOWN: m_offset.m_y -= 40; m_fitOnSize = false; invalidate(); return;
        default: event.Skip();
    }
}

void DiagramCanvas::onSize(wxSizeEvent& event) {
    event.Skip();
    if (m_fitOnSize) fit();
}

bool DiagramCanvas::beginLabelEdit(const std::string& nodeId) {
    const DiagramNode* node = findDiagramNode(m_layout, nodeId);
    const Node* modelNode = m_theory.findNode(nodeId);
    if (!node || !modelNode) return false;
    if (m_editor) endLabelEdit(true);
    wxPoint topLeft = toWindow(node->centre.x - node->width / 2, node->centre.y - node->height / 2);
    wxSize size(std::max(FromDIP(160), static_cast<int>(node->width * m_scale)),
                std::max(FromDIP(30), static_cast<int>(node->height * m_scale)));
    m_editedNode = nodeId;
    m_editor = new wxTextCtrl(this, wxID_ANY, wxs(modelNode->label), topLeft, size,
                              wxTE_PROCESS_ENTER | wxTE_CENTRE);
    m_editor->SetName("diagram-label-editor");
    m_editor->SelectAll();
    m_editor->SetFocus();
    m_editor->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) { CallAfter([this] { endLabelEdit(true); }); });
    m_editor->Bind(wxEVT_KEY_DOWN, [this](wxKeyEvent& event) {
        if (event.GetKeyCode() == WXK_ESCAPE) CallAfter([this] { endLabelEdit(false); });
        else event.Skip();
    });
    m_editor->Bind(wxEVT_KILL_FOCUS, [this](wxFocusEvent& event) {
        event.Skip();
        CallAfter([this] { endLabelEdit(true); });
    });
    return true;
}

void DiagramCanvas::endLabelEdit(bool commit) {
    if (!m_editor) return;
    wxTextCtrl* editor = m_editor;
    m_editor = nullptr;  // first, so that the focus loss of Destroy does not commit twice
    std::string label = utf8(editor->GetValue().Strip(wxString::both));
    std::string node = m_editedNode;
    editor->Destroy();
    SetFocus();
    const Node* modelNode = m_theory.findNode(node);
    if (commit && !label.empty() && modelNode && modelNode->label != label && m_callbacks.renameNode)
        m_callbacks.renameNode(node, label);
}

}  // namespace rw::gui
