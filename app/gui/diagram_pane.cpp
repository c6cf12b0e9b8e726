#include "app/gui/diagram_pane.h"

#include <functional>
#include <utility>

#include <wx/app.h>
#include <wx/button.h>
#include <wx/intl.h>
#include <wx/menu.h>
#include <wx/sizer.h>

#include "app/document/isolated_graphviz.h"
#include "app/document/trace_timer.h"
#include "app/gui/command_ids.h"
#include "app/gui/diagram_canvas.h"
#include "app/gui/document_layer.h"
#include "app/gui/wx_strings.h"
#include "model/edit/edits.h"
#include "model/output/diagram_style.h"

namespace rw::gui {

DiagramPane::DiagramPane(wxWindow* parent, EditorSession& session, SerialWorker& graphviz)
    : wxPanel(parent, wxID_ANY),
      m_session(session),
      m_graphviz(graphviz),
      m_latest(std::make_shared<std::atomic<int>>(0)),
      m_ownChecks(std::make_shared<std::atomic<int>>(0)),
      m_alive(std::make_shared<DiagramPane*>(this)) {
    m_view = new wxChoice(this, wxID_ANY);
    m_view->SetName("diagram-view");
    m_highlight = new wxCheckBox(this, wxID_ANY, _("Highlight findings"));
    m_linkMode = new wxToggleButton(this, kIdLinkMode, _("Draw links"));
    m_linkMode->SetToolTip(_("Drag from one node to another to link them (or hold Shift while dragging)"));
    auto* zoomOut = new wxButton(this, wxID_ZOOM_OUT, wxString::FromUTF8("\u2212"), wxDefaultPosition, wxDefaultSize, wxBU_EXACTFIT);
    auto* zoomIn = new wxButton(this, wxID_ZOOM_IN, "+", wxDefaultPosition, wxDefaultSize, wxBU_EXACTFIT);
    auto* zoomFit = new wxButton(this, kIdZoomFit, _("Fit"), wxDefaultPosition, wxDefaultSize, wxBU_EXACTFIT);
    zoomOut->SetToolTip(_("Zoom out (-)"));
    zoomIn->SetToolTip(_("Zoom in (+)"));
    zoomFit->SetToolTip(_("Fit the diagram to the pane (0)"));
    // Fixed in size: a message that comes and goes must not shift the canvas (a full repaint).
    m_status = new wxStaticText(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize,
                                wxST_NO_AUTORESIZE | wxST_ELLIPSIZE_END);
    m_status->SetForegroundColour(wxColour(0x66, 0x66, 0x66));
    m_cases = new wxStaticText(this, wxID_ANY, wxString());
    m_cases->SetName("diagram-highlighted-cases");
    m_cases->SetBackgroundColour(wxColour(0xff, 0xec, 0xb3));  // the matrix's highlight colour
    m_cases->Hide();

    DiagramCanvas::Callbacks callbacks;
    callbacks.selectNode = [this](const std::string& id) {
        if (m_options.view == DiagramView::Case && !m_options.caseId.empty())
            m_session.select(Selection::cell(m_session.theoryId(), m_options.caseId, id));
        else
            m_session.select(Selection::node(m_session.theoryId(), id));
    };
    callbacks.toggleNode = [this](const std::string& id) {
        std::vector<std::string> ids = m_session.selection().nodeIds();
        if (std::erase(ids, id) == 0) ids.push_back(id);
        m_session.select(Selection::nodes(m_session.theoryId(), ids));
    };
    callbacks.selectLink = [this](const std::string& id) { m_session.select(Selection::link(m_session.theoryId(), id)); };
    callbacks.selectNothing = [this] { m_session.select(Selection{}); };
    callbacks.createLink = [this](const std::string& from, const std::string& to) { createLink(from, to); };
    callbacks.renameNode = [this](const std::string& id, const std::string& label) { renameNode(id, label); };
    callbacks.deleteSelection = [this] { deleteSelection(); };
    callbacks.contextMenu = [this](const wxPoint& where) { showContextMenu(where); };
    m_canvas = new DiagramCanvas(this, std::move(callbacks));

    auto* bar = new wxBoxSizer(wxHORIZONTAL);
    bar->Add(new wxStaticText(this, wxID_ANY, _("View:")), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(4));
    bar->Add(m_view, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(10));
    bar->Add(m_highlight, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(10));
    bar->Add(m_linkMode, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(10));
    bar->Add(zoomOut, 0, wxALIGN_CENTER_VERTICAL);
    bar->Add(zoomIn, 0, wxALIGN_CENTER_VERTICAL);
    bar->Add(zoomFit, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(10));
    bar->Add(m_status, 1, wxALIGN_CENTER_VERTICAL);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(bar, 0, wxEXPAND | wxALL, FromDIP(4));
    sizer->Add(m_cases, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(4));
    sizer->Add(m_canvas, 1, wxEXPAND);
    SetSizer(sizer);

    m_view->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) {
        int index = m_view->GetSelection();
        if (index == 0) setView(DiagramView::Theory);
        else if (index == 1) setView(DiagramView::AllCases);
        else if (index >= 2 && index - 2 < static_cast<int>(m_viewCases.size()))
            setView(DiagramView::Case, m_viewCases[static_cast<std::size_t>(index - 2)]);
    });
    m_highlight->Bind(wxEVT_CHECKBOX, [this](wxCommandEvent& event) { setHighlight(event.IsChecked()); });
    m_linkMode->Bind(wxEVT_TOGGLEBUTTON, [this](wxCommandEvent& event) { setLinkMode(event.IsChecked()); });
    zoomIn->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { m_canvas->zoomBy(1.25); });
    zoomOut->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { m_canvas->zoomBy(1 / 1.25); });
    zoomFit->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { m_canvas->fit(); });

    m_documentToken = m_session.document().addListener([this](const Change& change) {
        bool structural = change.scope == Change::Scope::Project || change.scope == Change::Scope::Case ||
                          change.scope == Change::Scope::Theory;
        if (structural) fillViewChoice();
        if (change.scope == Change::Scope::Attribute) return;
        // Ticks and quotes show only in the case views; the highlight follows the findings (below).
        bool evidence = change.scope == Change::Scope::Verdict || change.scope == Change::Scope::Evidence;
        if (evidence && m_options.view == DiagramView::Theory) return;
        // A tick or a quote changes colours, badges and the highlight, never where things are.
        if (evidence)
            requestStyle();
        else
            requestLayout(change.scope == Change::Scope::Project || change.scope == Change::Scope::Theory);
    });
    // The highlight marks what the Findings pane lists: new findings, a new highlight.
    m_findingsToken = m_session.findings()->addListener([this] {
        if (m_options.highlight) requestStyle();
    });
    m_selectionToken = m_session.addSelectionListener([this](const Selection& s) { showSelection(s); });
    m_highlightToken = m_session.addHighlightListener([this](const std::vector<std::string>& ids) {
        showHighlightedCases(ids);
    });
    fillViewChoice();
    requestLayout(true);
}

DiagramPane::~DiagramPane() {
    *m_alive = nullptr;  // results still on their way find nobody home
    m_latest->store(-1);
    m_session.document().removeListener(m_documentToken);
    m_session.removeSelectionListener(m_selectionToken);
    m_session.removeHighlightListener(m_highlightToken);
    m_session.findings()->removeListener(m_findingsToken);
}

void DiagramPane::showHighlightedCases(const std::vector<std::string>& caseIds) {
    wxString names;
    for (const std::string& id : caseIds)
        if (const Case* c = m_session.project().findCase(id))
            names += (names.empty() ? "" : ", ") + wxs(c->displayName());
    m_cases->SetLabel(names.empty() ? wxString()
                                    : wxString::Format(_("Highlighted cases (%zu of %zu): %s"), caseIds.size(),
                                                       m_session.project().cases.size(), names));
    m_cases->Show(!names.empty());
    // The canvas shrinks by one line: a relayout of the pane, not a new Graphviz layout.
    GetSizer()->Layout();
}

void DiagramPane::fillViewChoice() {
    const Project& project = m_session.project();
    m_view->Freeze();
    m_view->Clear();
    m_view->Append(_("Theory"));
    m_view->Append(wxString::Format(_("All cases (%zu)"), project.cases.size()));
    m_viewCases.clear();
    int selected = m_options.view == DiagramView::AllCases ? 1 : 0;
    for (const Case& c : project.cases) {
        wxString name = wxs(c.displayName());
        if (!c.name.empty() && c.name != c.displayName()) name += wxString::FromUTF8(" \u2014 ") + wxs(c.name);
        m_view->Append(wxString::Format(_("Case %s"), name));
        m_viewCases.push_back(c.id);
        if (m_options.view == DiagramView::Case && c.id == m_options.caseId)
            selected = static_cast<int>(m_viewCases.size()) + 1;
    }
    if (m_options.view == DiagramView::Case && selected == 0) m_options.view = DiagramView::Theory;  // case deleted
    m_view->SetSelection(selected);
    m_view->Thaw();
    GetSizer()->Layout();
}

void DiagramPane::setView(DiagramView view, const std::string& caseId) {
    m_options.view = view;
    m_options.caseId = view == DiagramView::Case ? caseId : std::string();
    fillViewChoice();
    // A selected node becomes the cell of the case shown, and back.
    Selection s = m_session.selection();
    if (view == DiagramView::Case && (s.kind == Selection::Kind::Node || s.kind == Selection::Kind::Cell))
        m_session.select(Selection::cell(m_session.theoryId(), caseId, s.id));
    requestLayout(true);
}

void DiagramPane::setHighlight(bool on) {
    m_options.highlight = on;
    m_highlight->SetValue(on);
    requestStyle();
}

void DiagramPane::setLinkMode(bool on) {
    m_canvas->setLinkMode(on);
    m_linkMode->SetValue(on);
}

void DiagramPane::requestLayout(bool fit) {
    m_fitPending = m_fitPending || fit;
    m_geometryPending = true;
    requestUpdate();
}

void DiagramPane::requestStyle() { requestUpdate(); }

void DiagramPane::requestUpdate() {
    // Edits come in bursts (a paste, a macro); one update per burst is enough.
    if (m_updatePending) return;
    m_updatePending = true;
    CallAfter([this] {
        TraceTimer trace("diagram request");
        m_updatePending = false;
        // A new style fits only the layout shown: while another is on its way, lay out again.
        bool layout = m_geometryPending || m_layoutInFlight || !m_canvas->hasDiagram();
        m_geometryPending = false;
        bool fitNow = std::exchange(m_fitPending, false);
        int generation = ++m_requested;
        m_latest->store(generation);
        DiagramOptions options = m_options;
        options.theoryId = m_session.theoryId();
        // The canvas draws its own legend and caption, readable at any zoom.
        options.legend = false;
        options.caption = false;
        if (layout) {
            m_layoutInFlight = true;
            m_status->SetLabel(_("Laying out…"));  // no Layout(): the label keeps its size
            postLayout(generation, options, fitNow);
        } else {
            postStyle(generation, options);
        }
    });
}

namespace {

// The look of the diagram. With the highlight on it marks what the Findings pane lists, and
// checks on its own only until the pane has published findings of this theory.
DiagramStyle styleOf(const Project& project, const Theory& theory, const DiagramOptions& options,
                     const FindingsBoard& board, std::atomic<int>& ownChecks) {
    if (!options.highlight) return styleDiagram(project, theory, options);
    if (std::shared_ptr<const PublishedFindings> shown = board.latest(theory.id))
        return styleDiagram(project, theory, options, shown->findings);
    ++ownChecks;
    return styleDiagram(project, theory, options);
}

}  // namespace

template <class Work>
void DiagramPane::post(int generation, Work work) {
    std::shared_ptr<SnapshotSource> source = m_session.snapshots();
    std::shared_ptr<std::atomic<int>> latest = m_latest;
    std::shared_ptr<DiagramPane*> alive = m_alive;
    m_graphviz.post([source, generation, latest, alive, work] {
        if (latest->load() != generation) return;  // a newer request is already queued
        // Copied here, not on the UI thread; the worker must not see later edits.
        std::shared_ptr<const Project> snapshot = source->current();
        if (!snapshot) return;
        std::function<void(DiagramPane&)> show = work(*snapshot);
        if (!show) return;
        wxTheApp->CallAfter([alive, show] {
            if (DiagramPane* pane = *alive) show(*pane);
        });
    }, [alive, generation](const std::string& what) {
        wxTheApp->CallAfter([alive, generation, what] {
            if (DiagramPane* pane = *alive) pane->applyLayout(generation, std::nullopt, {}, {}, what, false);
        });
    });
}

void DiagramPane::postLayout(int generation, const DiagramOptions& options, bool fitNow) {
    post(generation, [generation, options, fitNow, board = m_session.findings(),
                      ownChecks = m_ownChecks](const Project& snapshot) -> std::function<void(DiagramPane&)> {
        std::string error;
        std::optional<DiagramLayout> layout = layoutIsolated(snapshot, options, &error);
        DiagramStyle style;
        Theory theory;
        if (const Theory* t = snapshot.findTheory(options.theoryId)) {
            theory = *t;
            if (layout) style = styleOf(snapshot, *t, options, *board, *ownChecks);
        }
        return [generation, layout, style, theory, error, fitNow](DiagramPane& pane) {
            pane.applyLayout(generation, layout, style, theory, error, fitNow);
        };
    });
}

void DiagramPane::postStyle(int generation, const DiagramOptions& options) {
    post(generation, [generation, options, board = m_session.findings(),
                      ownChecks = m_ownChecks](const Project& snapshot) -> std::function<void(DiagramPane&)> {
        const Theory* theory = snapshot.findTheory(options.theoryId);
        bool caseGone = options.view == DiagramView::Case && !snapshot.findCase(options.caseId);
        if (!theory || caseGone) return {};  // the edit that removed it asks for a layout of its own
        DiagramStyle style = styleOf(snapshot, *theory, options, *board, *ownChecks);
        return [generation, style](DiagramPane& pane) { pane.applyStyle(generation, style); };
    });
}

void DiagramPane::applyStyle(int generation, DiagramStyle style) {
    TraceTimer trace("diagram apply style");
    if (generation != m_requested) return;  // stale
    m_shown = generation;
    m_canvas->restyle(std::move(style));
    ++m_restylesShown;
}

void DiagramPane::applyLayout(int generation, std::optional<DiagramLayout> layout, DiagramStyle style, Theory theory,
                              std::string error, bool fit) {
    TraceTimer trace("diagram apply layout");
    if (generation != m_requested) return;  // stale: a newer layout is on its way
    m_shown = generation;
    m_layoutInFlight = false;
    if (!layout) {
        m_status->SetLabel(wxString::Format(_("No diagram: %s"), wxs(error)));
        return;
    }
    m_status->SetLabel(theory.nodes.empty() ? _("The theory has no nodes yet: add one from the Edit menu.") : wxString());
    m_canvas->setDiagram(std::move(*layout), std::move(style), std::move(theory), fit);
    showSelection(m_session.selection());
    ++m_layoutsShown;
}

void DiagramPane::showSelection(const Selection& s) {
    switch (s.kind) {
        case Selection::Kind::Node: m_canvas->setSelection(s.id, {}, s.moreNodes); break;
        case Selection::Kind::Cell: m_canvas->setSelection(s.id, {}); break;
        case Selection::Kind::Link: m_canvas->setSelection({}, s.id); break;
        default: m_canvas->setSelection({}, {}); break;
    }
}

void DiagramPane::createLink(const std::string& from, const std::string& to) {
    std::string theoryId = m_session.theoryId();
    Link link;
    link.from = from;
    link.to = to;
    const Theory* theory = m_session.theory();
    const Node* source = theory ? theory->findNode(from) : nullptr;
    const Node* target = theory ? theory->findNode(to) : nullptr;
    // A context attached to a mechanism enables it; anything else causes.
    if (source && target && source->kind == NodeKind::Context && target->kind == NodeKind::Mechanism)
        link.kind = LinkKind::Enables;
    edits::Edit edit = edits::addLink(m_session.project(), theoryId, link);
    std::string id = edit.newId();
    if (m_session.push(std::move(edit), utf8(_("These nodes cannot be linked."))))
        m_session.select(Selection::link(theoryId, id));
}

void DiagramPane::renameNode(const std::string& nodeId, const std::string& label) {
    m_session.push(edits::setNodeText(m_session.project(), m_session.theoryId(), nodeId, edits::NodeField::Label, label),
                   utf8(_("The label cannot be changed.")));
}

void DiagramPane::deleteSelection() {
    const Selection s = m_session.selection();
    std::string theoryId = m_session.theoryId();
    if (!s.moreNodes.empty()) {
        // Several nodes (Ctrl-click): Edit ▸ Delete removes them all as one undo step.
        wxCommandEvent remove(wxEVT_MENU, wxID_DELETE);
        remove.SetEventObject(this);
        ProcessWindowEvent(remove);
        return;
    }
    if (s.kind == Selection::Kind::Node || s.kind == Selection::Kind::Cell)
        m_session.push(edits::removeNode(m_session.project(), theoryId, s.id), utf8(_("The node cannot be deleted.")));
    else if (s.kind == Selection::Kind::Link)
        m_session.push(edits::removeLink(m_session.project(), theoryId, s.id), utf8(_("The link cannot be deleted.")));
}

void DiagramPane::showContextMenu(const wxPoint& where) {
    wxMenu menu;
    wxMenu* add = new wxMenu;
    add->Append(kIdAddIntervention, _("Intervention…"));
    add->Append(kIdAddContext, _("Context…"));
    add->Append(kIdAddMechanism, _("Mechanism…"));
    add->Append(kIdAddOutcome, _("Outcome…"));
    add->Append(kIdAddSideEffect, _("Side effect…"));
    menu.AppendSubMenu(add, _("Add node"));
    const Selection& s = m_session.selection();
    bool onNode = s.kind == Selection::Kind::Node || s.kind == Selection::Kind::Cell;
    menu.Append(kIdRenameNode, _("Rename\tF2"))->Enable(onNode);
    menu.Append(wxID_DELETE, _("Delete"))->Enable(onNode || s.kind == Selection::Kind::Link);
    menu.AppendSeparator();
    menu.AppendCheckItem(kIdLinkMode, _("Draw links"))->Check(m_canvas->linkMode());
    menu.Append(kIdZoomFit, _("Fit to pane"));
    menu.Bind(wxEVT_MENU, [this](wxCommandEvent& event) {
        switch (event.GetId()) {
            case kIdRenameNode:
                if (!m_session.selection().id.empty()) m_canvas->beginLabelEdit(m_session.selection().id);
                break;
            case kIdLinkMode: setLinkMode(!m_canvas->linkMode()); break;
            case kIdZoomFit: m_canvas->fit(); break;
            case wxID_DELETE: deleteSelection(); break;
            default: event.Skip();  // adding nodes is the frame's job
        }
    });
    m_canvas->PopupMenu(&menu, where);
}

}  // namespace rw::gui
