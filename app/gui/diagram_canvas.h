#pragma once
// The drawing surface of the diagram pane: shows a laid-out diagram with zoom and pan, selects
// a node or link on click, edits a label in place on double-click, and creates a link by
// dragging from node to node (in link mode, or with Shift held). It reports what the user did
// through callbacks and never touches the project.

#include <functional>
#include <string>
#include <vector>

#include <wx/geometry.h>
#include <wx/graphics.h>
#include <wx/bitmap.h>
#include <wx/textctrl.h>
#include <wx/window.h>

#include "app/gui/diagram_painter.h"
#include "model/core/project.h"
#include "model/output/diagram.h"
#include "model/output/diagram_style.h"

namespace rw::gui {

class DiagramCanvas : public wxWindow {
public:
    struct Callbacks {
        std::function<void(const std::string& nodeId)> selectNode;
        // Ctrl-click: adds the node to the selection, or takes it out.
        std::function<void(const std::string& nodeId)> toggleNode;
        std::function<void(const std::string& linkId)> selectLink;
        std::function<void()> selectNothing;
        std::function<void(const std::string& from, const std::string& to)> createLink;
        std::function<void(const std::string& nodeId, const std::string& label)> renameNode;
        std::function<void()> deleteSelection;
        std::function<void(const wxPoint& where)> contextMenu;
    };

    DiagramCanvas(wxWindow* parent, Callbacks callbacks);

    // Shows a new layout; `theory` is the theory it was made from (for link styles). With
    // `fit`, zooms to show all of it.
    void setDiagram(DiagramLayout layout, DiagramStyle style, Theory theory, bool fit);
    bool hasDiagram() const { return !m_layout.nodes.empty(); }
    // Shows a new look of the diagram shown (after a tick: colours, badges, the highlight) without
    // a new layout, repainting only the nodes and links whose look changed. `style` must be of
    // the theory shown; one of another shape (a node added meanwhile) repaints everything.
    void restyle(DiagramStyle style);
    // What the last restyle repainted (for tests): the ids of the nodes and links.
    struct Restyled {
        std::vector<std::string> nodes;
        std::vector<std::string> links;
        bool everything = false;
    };
    const Restyled& lastRestyle() const { return m_lastRestyle; }
    // The picture the canvas keeps between paints (invalid before the first paint), and the
    // picture a whole new paint gives now: after a partial repaint the two must agree (for tests).
    wxBitmap cachedPicture() const { return m_cacheValid ? m_cache : wxBitmap(); }
    wxBitmap paintAll();
    const DiagramLayout& layout() const { return m_layout; }

    // Marks what is selected (either may be empty); `moreNodes` are selected along with nodeId.
    void setSelection(const std::string& nodeId, const std::string& linkId,
                      const std::vector<std::string>& moreNodes = {});

    // Zooms by `factor` keeping the diagram point under `anchor` (window pixels) in place.
    void zoomBy(double factor, const wxPoint& anchor);
    void zoomBy(double factor) { zoomBy(factor, wxPoint(GetClientSize().x / 2, GetClientSize().y / 2)); }
    // Zooms and pans so that the whole diagram fits the window.
    void fit();
    double scale() const { return m_scale; }

    // In link mode a left-drag from a node draws a link instead of panning.
    void setLinkMode(bool on) { m_linkMode = on; }
    bool linkMode() const { return m_linkMode; }

    // Returns the window position of a node's centre, or (-1, -1) when it is not shown.
    wxPoint windowPointOf(const std::string& nodeId) const;
    // Returns the window position halfway along a link, or (-1, -1).
    wxPoint windowPointOfLink(const std::string& linkId) const;
    // Returns the node or link under a window position, or "".
    std::string nodeAtWindow(const wxPoint& point) const;
    std::string linkAtWindow(const wxPoint& point) const;

    // Opens the in-place label editor on a node; returns false when the node is not shown.
    bool beginLabelEdit(const std::string& nodeId);
    // Returns the in-place editor while it is open, else nullptr.
    wxTextCtrl* labelEditor() const { return m_editor; }
    // Commits (true) or cancels the in-place edit.
    void endLabelEdit(bool commit);

private:
    void onPaint(wxPaintEvent& event);
    void onLeftDown(wxMouseEvent& event);
    void onLeftUp(wxMouseEvent& event);
    void onMotion(wxMouseEvent& event);
    void onDoubleClick(wxMouseEvent& event);
    void onWheel(wxMouseEvent& event);
    void onKey(wxKeyEvent& event);
    void onSize(wxSizeEvent& event);
    void paintOverlay(wxGraphicsContext& gc);
    // Paints the part `area` (diagram points) of the cached picture again, and shows it.
    void repaintArea(const wxRect2DDouble& area);
    // What the painter needs to paint the part `window` (window pixels) of the diagram.
    DiagramPaintState paintState(const wxRect& window) const;
    wxPoint2DDouble toDiagram(const wxPoint& point) const;
    wxPoint toWindow(double x, double y) const;

    Callbacks m_callbacks;
    DiagramLayout m_layout;
    DiagramStyle m_style;
    Theory m_theory;
    std::vector<int> m_edgeLinks;   // linksOfEdges(m_theory, m_layout)
    std::vector<NodeText> m_texts;  // measured labels, kept between paints
    Restyled m_lastRestyle;
    wxBitmap m_cache;               // the diagram as last painted, without the selection
    bool m_cacheValid = false;      // false after anything that moves or changes the drawing
    void invalidate();
    std::string m_selectedNode;
    std::string m_selectedLink;
    std::vector<std::string> m_moreNodes;
    double m_scale = 1.0;      // window pixels per diagram point
    wxPoint2DDouble m_offset;  // window position of the diagram's origin
    bool m_fitOnSize = true;   // until the user zooms or pans, the diagram follows the window
    bool m_linkMode = false;

    enum class Drag { None, Pan, Link };
    Drag m_drag = Drag::None;
    wxPoint m_dragStart;
    wxPoint m_dragNow;
    wxPoint2DDouble m_offsetAtDragStart;
    std::string m_linkFrom;
    bool m_dragMoved = false;

    wxTextCtrl* m_editor = nullptr;
    std::string m_editedNode;
};

}  // namespace rw::gui
