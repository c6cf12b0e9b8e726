#pragma once
// The diagram pane: the theory drawn from the same Graphviz layout and colours as the exports,
// in one of three views (theory, one case, all cases), with the findings highlighted on demand.
// Layout runs on the editor's single Graphviz worker; a result that is no longer the latest
// request is dropped, and one that arrives after the pane is gone is never delivered.

#include <atomic>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/panel.h>
#include <wx/stattext.h>
#include <wx/tglbtn.h>

#include "app/document/editor_session.h"
#include "app/document/serial_worker.h"
#include "app/gui/document_layer.h"
#include "model/output/diagram.h"
#include "model/output/diagram_style.h"

namespace rw::gui {

class DiagramCanvas;

class DiagramPane : public wxPanel {
public:
    DiagramPane(wxWindow* parent, EditorSession& session, SerialWorker& graphviz);
    ~DiagramPane() override;

    DiagramCanvas* canvas() const { return m_canvas; }
    // Returns the options of the view shown (theory, case, all cases; highlight).
    const DiagramOptions& options() const { return m_options; }
    // Shows another view: "theory", "all" or a case id.
    void setView(DiagramView view, const std::string& caseId = {});
    void setHighlight(bool on);
    void setLinkMode(bool on);
    // Returns how many layouts have been shown (tests wait for it to grow).
    int layoutsShown() const { return m_layoutsShown; }
    // Returns the list of highlighted cases shown above the diagram ("" when none).
    wxString highlightedCasesText() const { return m_cases->GetLabel(); }
    // Returns how many new styles were shown on a layout without laying it out again (after ticks).
    int restylesShown() const { return m_restylesShown; }
    // Returns how many times the highlight ran the checks itself instead of reading the findings
    // the Findings pane published (tests expect none once the pane has shown its findings).
    int highlightChecksRun() const { return m_ownChecks->load(); }
    // Returns true while a layout or a new style is being computed.
    bool layoutPending() const { return m_updatePending || m_requested != m_shown; }

private:
    // Asks for a new layout (when the geometry may have changed), or only a new style of the
    // layout shown (after a tick); both are coalesced into one update per event-loop turn.
    void requestLayout(bool fit);
    void requestStyle();
    void requestUpdate();
    // Runs work(snapshot) on the Graphviz worker and what it returns on the UI thread; a failure
    // shows in the status line.
    template <class Work>
    void post(int generation, Work work);
    void postLayout(int generation, const DiagramOptions& options, bool fit);
    void postStyle(int generation, const DiagramOptions& options);
    void applyLayout(int generation, std::optional<DiagramLayout> layout, DiagramStyle style, Theory theory,
                     std::string error, bool fit);
    void applyStyle(int generation, DiagramStyle style);
    void fillViewChoice();
    void showSelection(const Selection& selection);
    void showHighlightedCases(const std::vector<std::string>& caseIds);
    void createLink(const std::string& from, const std::string& to);
    void renameNode(const std::string& nodeId, const std::string& label);
    void deleteSelection();
    void showContextMenu(const wxPoint& where);

    EditorSession& m_session;
    SerialWorker& m_graphviz;
    DiagramOptions m_options;
    wxChoice* m_view;
    std::vector<std::string> m_viewCases;  // case id per choice entry after the first two
    wxCheckBox* m_highlight;
    wxToggleButton* m_linkMode;
    wxStaticText* m_status;
    wxStaticText* m_cases;  // the analysis pane's highlighted cases, by name
    DiagramCanvas* m_canvas;
    int m_documentToken = 0;
    int m_selectionToken = 0;
    int m_highlightToken = 0;
    int m_findingsToken = 0;
    bool m_updatePending = false;    // an update is scheduled for the next idle moment
    bool m_geometryPending = false;  // and it must lay the diagram out again
    bool m_layoutInFlight = false;   // a layout was asked for and is not shown yet
    bool m_fitPending = false;
    int m_requested = 0;  // generation of the latest request
    int m_shown = 0;      // generation of the layout on screen
    int m_layoutsShown = 0;
    int m_restylesShown = 0;
    std::shared_ptr<std::atomic<int>> m_latest;  // read by the worker to skip stale requests
    std::shared_ptr<std::atomic<int>> m_ownChecks;  // see highlightChecksRun()
    std::shared_ptr<DiagramPane*> m_alive;       // nulled when the pane goes away
};

}  // namespace rw::gui
