#pragma once
// The analysis pane: the cross-case analyses of `realist analyse` in the editor, recomputed after
// every edit. Tabs: crisp-set QCA (outcome, conditions, remainders; truth table and solutions),
// link support both ways, a split of the nodes by an attribute, condition or node, triangulation
// flags, and the diff of two theories. Selecting a truth-table row, a solution term or a split row
// highlights its cases in the matrix and the diagram (EditorSession::highlightCases). Conditions
// are added, edited and deleted here through undoable commands.
//
// QCA on a large noisy set takes up to a second or two, so everything is computed on the pane's
// own worker from a frozen snapshot; a result that is no longer the latest request is dropped.

#include <atomic>
#include <memory>
#include <string>
#include <vector>

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/checklst.h>
#include <wx/choice.h>
#include <wx/notebook.h>
#include <wx/panel.h>
#include <wx/stattext.h>

#include "app/document/analysis_jobs.h"
#include "app/document/editor_session.h"
#include "app/document/serial_worker.h"
#include "app/gui/document_layer.h"

namespace rw::gui {

class ReportView;

class AnalysisPane : public wxPanel {
public:
    enum Tab { kQca, kLinks, kSplit, kTriangulation, kDiff };

    AnalysisPane(wxWindow* parent, EditorSession& session);
    ~AnalysisPane() override;

    // The QCA request, as the controls set it. An outcome is a node of the theory shown; returns
    // false when it is not one. Conditions are checked in the list (formula order = list order).
    bool setOutcome(const std::string& nodeId, bool negate = false);
    void setConditions(const std::vector<std::string>& conditionIds);
    void setUseRemainders(bool on);
    // Splits by an attribute key, condition id or node id; returns false when it is none of them.
    bool setSplitBy(const std::string& name);
    // Compares two theories; returns false when either does not exist.
    bool setDiffTheories(const std::string& before, const std::string& after);
    void showTab(Tab tab);

    // The condition buttons: a dialog for a new one; the dialog for, or deletion of, the
    // condition selected in the list (nothing happens without one).
    void newCondition();
    void editCondition();
    void deleteCondition();
    // Selects a condition in the list (as a click on its name does); returns false when unknown.
    bool selectCondition(const std::string& conditionId);

    // Returns the QCA request the pane runs, and the result shown (empty until one is shown).
    QcaRequest qcaRequest() const;
    const QcaResult& qcaResult() const { return m_qca.result; }
    // Returns true while a computation asked for is not on screen yet (tests wait for false).
    bool busy() const;

    wxNotebook* tabs() const { return m_tabs; }
    ReportView* qcaView() const { return m_qcaView; }
    ReportView* linksView() const { return m_linksView; }
    ReportView* splitView() const { return m_splitView; }
    ReportView* triangulationView() const { return m_triangulationView; }
    ReportView* diffView() const { return m_diffView; }
    wxCheckListBox* conditionList() const { return m_conditions; }

private:
    wxWindow* createQcaTab(wxWindow* parent);
    wxWindow* createSplitTab(wxWindow* parent);
    wxWindow* createTriangulationTab(wxWindow* parent);
    wxWindow* createDiffTab(wxWindow* parent);
    void fillControls();
    // Lets only the report in the front tab draw itself.
    void deferTabsBehind();
    void readControls();
    void scheduleRecompute();
    void recompute();
    void applyReports(int generation, ReportsShown reports);
    void applyQca(int generation, QcaShown qca);
    // A job that threw: the QCA view says why, and the next edit tries again.
    void applyFailure(int generation, const std::string& what);
    std::string selectedCondition() const;

    EditorSession& m_session;
    wxNotebook* m_tabs;
    // QCA tab.
    wxChoice* m_outcome = nullptr;
    wxCheckBox* m_negate = nullptr;
    wxCheckListBox* m_conditions = nullptr;
    wxButton* m_edit = nullptr;
    wxButton* m_delete = nullptr;
    wxCheckBox* m_remainders = nullptr;
    wxStaticText* m_qcaStatus = nullptr;
    ReportView* m_qcaView = nullptr;
    // Other tabs.
    ReportView* m_linksView = nullptr;
    wxChoice* m_splitBy = nullptr;
    ReportView* m_splitView = nullptr;
    wxCheckBox* m_allTicks = nullptr;
    ReportView* m_triangulationView = nullptr;
    wxChoice* m_diffBefore = nullptr;
    wxChoice* m_diffAfter = nullptr;
    ReportView* m_diffView = nullptr;

    // What the user chose, by id, so that it survives the refilling of the controls after edits.
    std::string m_outcomeId;
    bool m_negated = false;
    std::vector<std::string> m_checked;
    bool m_useRemainders = true;
    std::string m_splitId;
    bool m_everyTick = false;
    std::string m_diffA;
    std::string m_diffB;
    // Ids parallel to the items of the choices and the list.
    std::vector<std::string> m_outcomeIds;
    std::vector<std::string> m_conditionIds;
    std::vector<std::string> m_splitIds;
    std::vector<std::string> m_theoryIds;

    QcaShown m_qca;
    int m_documentToken = 0;
    bool m_recomputePending = false;
    bool m_stale = false;   // edits came while the pane was hidden
    int m_requested = 0;    // generation of the latest request
    int m_reportsShown = 0; // generation of the reports on screen
    int m_qcaShown = 0;     // generation of the QCA on screen
    std::shared_ptr<std::atomic<int>> m_latest = std::make_shared<std::atomic<int>>(0);
    std::shared_ptr<AnalysisPane*> m_alive = std::make_shared<AnalysisPane*>(this);
    SerialWorker m_worker;  // the last member: joined first, while the rest still exists
};

}  // namespace rw::gui
