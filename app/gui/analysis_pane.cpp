#include "app/gui/analysis_pane.h"

#include <algorithm>

#include <wx/app.h>
#include <wx/intl.h>
#include <wx/sizer.h>
#include <wx/splitter.h>

#include "app/gui/condition_dialog.h"
#include "app/gui/report_view.h"
#include "app/gui/wx_strings.h"
#include "model/core/conditions.h"
#include "model/edit/edits_conditions.h"

namespace rw::gui {
namespace {

wxString firstLine(const std::string& text) { return wxs(text.substr(0, text.find('\n'))); }

// Fills a choice with `labels`, selecting the entry whose id is `selected` (none when absent).
void fillChoice(wxChoice* choice, const std::vector<wxString>& labels, const std::vector<std::string>& ids,
                const std::string& selected) {
    // Most edits (a tick, a quote) change none of the labels, and refilling a GTK choice of a
    // few hundred nodes takes longer than a keystroke may wait.
    // Renaming a node changes one label and adding one appends a label, so change only those.
    wxArrayString shown = choice->GetStrings();
    std::size_t same = 0;
    while (same < labels.size() && same < shown.size() && labels[same] == shown[same]) ++same;
    if (same < shown.size() && labels.size() == shown.size()) {
        for (std::size_t i = same; i < labels.size(); ++i)
            if (labels[i] != shown[i]) choice->SetString(static_cast<unsigned>(i), labels[i]);
    } else if (same < labels.size() || same < shown.size()) {
        choice->Freeze();
        if (same < shown.size()) {  // something went or moved: start again
            choice->Clear();
            same = 0;
        }
        for (std::size_t i = same; i < labels.size(); ++i) choice->Append(labels[i]);
        choice->Thaw();
    }
    auto it = std::find(ids.begin(), ids.end(), selected);
    int index = it == ids.end() ? wxNOT_FOUND : static_cast<int>(it - ids.begin());
    if (choice->GetSelection() != index) choice->SetSelection(index);
}

std::string idAt(const std::vector<std::string>& ids, int index) {
    return index >= 0 && index < static_cast<int>(ids.size()) ? ids[static_cast<std::size_t>(index)] : std::string();
}

}  // namespace

AnalysisPane::AnalysisPane(wxWindow* parent, EditorSession& session) : wxPanel(parent, wxID_ANY), m_session(session) {
    SetName("analysis");
    m_tabs = new wxNotebook(this, wxID_ANY);
    m_tabs->AddPage(createQcaTab(m_tabs), _("QCA"));
    m_linksView = new ReportView(m_tabs, "analysis-links");
    m_tabs->AddPage(m_linksView, _("Link support"));
    m_tabs->AddPage(createSplitTab(m_tabs), _("Split"));
    m_tabs->AddPage(createTriangulationTab(m_tabs), _("Triangulation"));
    m_tabs->AddPage(createDiffTab(m_tabs), _("Theory diff"));
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(m_tabs, 1, wxEXPAND);
    SetSizer(sizer);

    // Only the tab in front draws its tables; the others draw when they come to the front.
    m_tabs->Bind(wxEVT_NOTEBOOK_PAGE_CHANGED, [this](wxBookCtrlEvent& event) {
        event.Skip();
        deferTabsBehind();
    });
    deferTabsBehind();

    auto highlight = [this](const std::vector<std::string>& caseIds) { m_session.highlightCases(caseIds); };
    m_qcaView->onRowSelected(highlight);
    m_splitView->onRowSelected(highlight);
    m_documentToken = m_session.document().addListener([this](const Change&) { scheduleRecompute(); });
    // A hidden pane does not recompute (its reports can be long on a big project); it catches up
    // when it is shown again.
    Bind(wxEVT_SHOW, [this](wxShowEvent& event) {
        event.Skip();
        if (event.IsShown() && m_stale) scheduleRecompute();
    });
    fillControls();
    recompute();
}

AnalysisPane::~AnalysisPane() {
    *m_alive = nullptr;  // results still on their way find nobody home
    m_latest->store(-1);
    m_session.document().removeListener(m_documentToken);
}

wxWindow* AnalysisPane::createQcaTab(wxWindow* parent) {
    // A sash between the request and the results: docked, the pane is narrow; floated, wide.
    auto* page = new wxSplitterWindow(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxSP_LIVE_UPDATE | wxSP_3DSASH);
    auto* controls = new wxPanel(page, wxID_ANY);
    m_outcome = new wxChoice(controls, wxID_ANY);
    m_outcome->SetName("analysis-outcome");
    m_negate = new wxCheckBox(controls, wxID_ANY, _("Negate (explain its absence)"));
    m_conditions = new wxCheckListBox(controls, wxID_ANY);
    m_conditions->SetName("analysis-conditions");
    auto* add = new wxButton(controls, wxID_ANY, _("New…"), wxDefaultPosition, wxDefaultSize, wxBU_EXACTFIT);
    m_edit = new wxButton(controls, wxID_ANY, _("Edit…"), wxDefaultPosition, wxDefaultSize, wxBU_EXACTFIT);
    m_delete = new wxButton(controls, wxID_ANY, _("Delete"), wxDefaultPosition, wxDefaultSize, wxBU_EXACTFIT);
    m_remainders = new wxCheckBox(controls, wxID_ANY, _("Use remainders"));
    m_remainders->SetToolTip(_("Also the parsimonious solution: configurations no case shows may be assumed"));
    m_remainders->SetValue(m_useRemainders);
    m_qcaStatus = new wxStaticText(controls, wxID_ANY, wxString());
    m_qcaStatus->SetForegroundColour(wxColour(0x66, 0x66, 0x66));
    auto* results = new wxPanel(page, wxID_ANY);
    m_qcaView = new ReportView(results, "analysis-qca");

    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    buttons->Add(add, 0, wxRIGHT, FromDIP(4));
    buttons->Add(m_edit, 0, wxRIGHT, FromDIP(4));
    buttons->Add(m_delete, 0);
    auto* left = new wxBoxSizer(wxVERTICAL);
    left->Add(new wxStaticText(controls, wxID_ANY, _("Outcome:")), 0, wxBOTTOM, FromDIP(2));
    left->Add(m_outcome, 0, wxEXPAND | wxBOTTOM, FromDIP(2));
    left->Add(m_negate, 0, wxBOTTOM, FromDIP(8));
    left->Add(new wxStaticText(controls, wxID_ANY, _("Conditions (in formula order):")), 0, wxBOTTOM, FromDIP(2));
    left->Add(m_conditions, 1, wxEXPAND | wxBOTTOM, FromDIP(4));
    left->Add(buttons, 0, wxBOTTOM, FromDIP(8));
    left->Add(m_remainders, 0, wxBOTTOM, FromDIP(8));
    left->Add(m_qcaStatus, 0, wxEXPAND);
    auto* padded = new wxBoxSizer(wxVERTICAL);
    padded->Add(left, 1, wxEXPAND | wxALL, FromDIP(6));
    controls->SetSizer(padded);
    auto* right = new wxBoxSizer(wxVERTICAL);
    right->Add(m_qcaView, 1, wxEXPAND | wxTOP | wxRIGHT | wxBOTTOM, FromDIP(6));
    results->SetSizer(right);
    page->SetMinimumPaneSize(FromDIP(150));
    page->SetSashGravity(0);  // a wider pane widens the results, not the controls
    page->SplitVertically(controls, results, FromDIP(270));

    auto changed = [this](wxCommandEvent&) {
        readControls();
        scheduleRecompute();
    };
    m_outcome->Bind(wxEVT_CHOICE, changed);
    m_negate->Bind(wxEVT_CHECKBOX, changed);
    m_conditions->Bind(wxEVT_CHECKLISTBOX, changed);
    m_remainders->Bind(wxEVT_CHECKBOX, changed);
    m_conditions->Bind(wxEVT_LISTBOX_DCLICK, [this](wxCommandEvent&) { editCondition(); });
    m_conditions->Bind(wxEVT_LISTBOX, [this](wxCommandEvent&) {
        m_edit->Enable(!selectedCondition().empty());
        m_delete->Enable(!selectedCondition().empty());
    });
    add->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { newCondition(); });
    m_edit->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { editCondition(); });
    m_delete->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { deleteCondition(); });
    return page;
}

wxWindow* AnalysisPane::createSplitTab(wxWindow* parent) {
    auto* page = new wxPanel(parent, wxID_ANY);
    m_splitBy = new wxChoice(page, wxID_ANY);
    m_splitBy->SetName("analysis-split-by");
    m_splitView = new ReportView(page, "analysis-split");
    auto* bar = new wxBoxSizer(wxHORIZONTAL);
    bar->Add(new wxStaticText(page, wxID_ANY, _("Split the cases by:")), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(6));
    bar->Add(m_splitBy, 0, wxALIGN_CENTER_VERTICAL);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(bar, 0, wxALL, FromDIP(6));
    sizer->Add(m_splitView, 1, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(6));
    page->SetSizer(sizer);
    m_splitBy->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) {
        readControls();
        scheduleRecompute();
    });
    return page;
}

wxWindow* AnalysisPane::createTriangulationTab(wxWindow* parent) {
    auto* page = new wxPanel(parent, wxID_ANY);
    m_allTicks = new wxCheckBox(page, wxID_ANY, _("Every tick, not only the flagged ones"));
    m_triangulationView = new ReportView(page, "analysis-triangulation");
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(m_allTicks, 0, wxALL, FromDIP(6));
    sizer->Add(m_triangulationView, 1, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(6));
    page->SetSizer(sizer);
    m_allTicks->Bind(wxEVT_CHECKBOX, [this](wxCommandEvent&) {
        readControls();
        scheduleRecompute();
    });
    return page;
}

wxWindow* AnalysisPane::createDiffTab(wxWindow* parent) {
    auto* page = new wxPanel(parent, wxID_ANY);
    m_diffBefore = new wxChoice(page, wxID_ANY);
    m_diffAfter = new wxChoice(page, wxID_ANY);
    m_diffView = new ReportView(page, "analysis-diff");
    auto* bar = new wxBoxSizer(wxHORIZONTAL);
    bar->Add(new wxStaticText(page, wxID_ANY, _("From theory:")), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(6));
    bar->Add(m_diffBefore, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(12));
    bar->Add(new wxStaticText(page, wxID_ANY, _("to theory:")), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(6));
    bar->Add(m_diffAfter, 0, wxALIGN_CENTER_VERTICAL);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(bar, 0, wxALL, FromDIP(6));
    sizer->Add(m_diffView, 1, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(6));
    page->SetSizer(sizer);
    auto changed = [this](wxCommandEvent&) {
        readControls();
        scheduleRecompute();
    };
    m_diffBefore->Bind(wxEVT_CHOICE, changed);
    m_diffAfter->Bind(wxEVT_CHOICE, changed);
    return page;
}

void AnalysisPane::deferTabsBehind() {
    int front = m_tabs->GetSelection();
    std::pair<Tab, ReportView*> views[] = {{kQca, m_qcaView}, {kLinks, m_linksView}, {kSplit, m_splitView},
                                           {kTriangulation, m_triangulationView}, {kDiff, m_diffView}};
    for (auto [tab, view] : views) view->setDeferred(tab != front);
}

void AnalysisPane::fillControls() {
    const Project& project = m_session.project();
    // Outcome: the nodes of the theory shown.
    std::vector<wxString> labels;
    m_outcomeIds.clear();
    if (const Theory* theory = m_session.theory())
        for (const Node& node : theory->nodes) {
            labels.push_back(firstLine(node.label));
            m_outcomeIds.push_back(node.id);
        }
    if (std::find(m_outcomeIds.begin(), m_outcomeIds.end(), m_outcomeId) == m_outcomeIds.end()) m_outcomeId.clear();
    fillChoice(m_outcome, labels, m_outcomeIds, m_outcomeId);
    m_negate->SetValue(m_negated);

    // Conditions: the project's, checked by id; a deleted one drops out of the request.
    std::string selected = selectedCondition();
    m_conditions->Freeze();
    m_conditions->Clear();
    m_conditionIds.clear();
    for (const Condition& condition : project.conditions) {
        wxString label = wxs(condition.label.empty() ? condition.id : condition.label);
        int item = m_conditions->Append(label + "  [" + wxs(describeRule(condition)) + "]");
        m_conditionIds.push_back(condition.id);
        if (std::find(m_checked.begin(), m_checked.end(), condition.id) != m_checked.end()) m_conditions->Check(item);
        if (condition.id == selected) m_conditions->SetSelection(item);
    }
    std::erase_if(m_checked, [&](const std::string& id) { return findCondition(project, id) == nullptr; });
    m_conditions->Thaw();
    m_edit->Enable(!selectedCondition().empty());
    m_delete->Enable(!selectedCondition().empty());
    m_remainders->SetValue(m_useRemainders);

    // Split: attributes, then conditions, then the nodes of the theory shown.
    labels.clear();
    m_splitIds.clear();
    for (const AttributeDef& attribute : project.attributes) {
        labels.push_back(wxString::Format(_("Attribute: %s"), wxs(attribute.label.empty() ? attribute.key : attribute.label)));
        m_splitIds.push_back(attribute.key);
    }
    for (const Condition& condition : project.conditions) {
        labels.push_back(wxString::Format(_("Condition: %s"), wxs(condition.label.empty() ? condition.id : condition.label)));
        m_splitIds.push_back(condition.id);
    }
    if (const Theory* theory = m_session.theory())
        for (const Node& node : theory->nodes) {
            labels.push_back(wxString::Format(_("Verdict on: %s"), firstLine(node.label)));
            m_splitIds.push_back(node.id);
        }
    if (std::find(m_splitIds.begin(), m_splitIds.end(), m_splitId) == m_splitIds.end()) m_splitId.clear();
    fillChoice(m_splitBy, labels, m_splitIds, m_splitId);
    m_allTicks->SetValue(m_everyTick);

    // Diff: any two theories; by default the first against the last.
    labels.clear();
    m_theoryIds.clear();
    for (const Theory& theory : project.theories) {
        labels.push_back(wxs(theory.name.empty() ? theory.id : theory.name));
        m_theoryIds.push_back(theory.id);
    }
    if (!project.findTheory(m_diffA)) m_diffA = m_theoryIds.empty() ? std::string() : m_theoryIds.front();
    if (!project.findTheory(m_diffB)) m_diffB = m_theoryIds.empty() ? std::string() : m_theoryIds.back();
    fillChoice(m_diffBefore, labels, m_theoryIds, m_diffA);
    fillChoice(m_diffAfter, labels, m_theoryIds, m_diffB);
    Layout();
}

void AnalysisPane::readControls() {
    m_outcomeId = idAt(m_outcomeIds, m_outcome->GetSelection());
    m_negated = m_negate->GetValue();
    m_checked.clear();
    for (unsigned i = 0; i < m_conditions->GetCount(); ++i)
        if (m_conditions->IsChecked(i)) m_checked.push_back(idAt(m_conditionIds, static_cast<int>(i)));
    m_useRemainders = m_remainders->GetValue();
    m_splitId = idAt(m_splitIds, m_splitBy->GetSelection());
    m_everyTick = m_allTicks->GetValue();
    m_diffA = idAt(m_theoryIds, m_diffBefore->GetSelection());
    m_diffB = idAt(m_theoryIds, m_diffAfter->GetSelection());
}

QcaRequest AnalysisPane::qcaRequest() const {
    QcaRequest request;
    request.outcome = m_outcomeId;
    request.negateOutcome = m_negated;
    request.conditions = m_checked;
    request.includeRemainders = m_useRemainders;
    return request;
}

bool AnalysisPane::busy() const {
    if (!IsShown()) return m_recomputePending;  // nothing will be computed until it is shown
    return m_recomputePending || m_stale || m_reportsShown != m_requested || m_qcaShown != m_requested;
}

void AnalysisPane::scheduleRecompute() {
    // An edit, or a burst of them (a paste, an undo of a macro), recomputes once.
    if (m_recomputePending) return;
    m_recomputePending = true;
    CallAfter([this] {
        m_recomputePending = false;
        if (!IsShown()) {
            m_stale = true;
            return;
        }
        m_stale = false;
        fillControls();
        recompute();
    });
}

void AnalysisPane::recompute() {
    int generation = ++m_requested;
    m_latest->store(generation);
    std::shared_ptr<SnapshotSource> source = m_session.snapshots();  // copied on the worker thread
    std::shared_ptr<std::atomic<int>> latest = m_latest;
    std::shared_ptr<AnalysisPane*> alive = m_alive;

    ReportRequest reports;
    reports.theoryId = m_session.theoryId();
    reports.splitBy = m_splitId;
    reports.allTicks = m_everyTick;
    reports.diffBefore = m_diffA;
    reports.diffAfter = m_diffB;
    m_worker.post([source, reports, generation, latest, alive] {
        if (latest->load() != generation) return;  // a newer request is already queued
        std::shared_ptr<const Project> snapshot = source->current();
        if (!snapshot) return;
        ReportsShown shown = computeReports(*snapshot, reports);
        wxTheApp->CallAfter([alive, generation, shown] {
            if (AnalysisPane* pane = *alive) pane->applyReports(generation, shown);
        });
    }, [alive, generation](const std::string& what) {
        wxTheApp->CallAfter([alive, generation, what] {
            if (AnalysisPane* pane = *alive) pane->applyFailure(generation, what);
        });
    });

    QcaRequest request = qcaRequest();
    if (request.outcome.empty() || request.conditions.empty()) {
        m_qca = QcaShown{};
        m_qcaView->showMessage(_("Choose an outcome and check at least one condition."));
        m_qcaStatus->SetLabel(wxString());
        m_qcaShown = generation;
        return;
    }
    m_qcaStatus->SetLabel(_("Minimising…"));
    m_worker.post([source, request, generation, latest, alive] {
        if (latest->load() != generation) return;
        std::shared_ptr<const Project> snapshot = source->current();
        if (!snapshot) return;
        QcaShown shown = computeQca(*snapshot, request);
        wxTheApp->CallAfter([alive, generation, shown] {
            if (AnalysisPane* pane = *alive) pane->applyQca(generation, shown);
        });
    }, [alive, generation](const std::string& what) {
        wxTheApp->CallAfter([alive, generation, what] {
            if (AnalysisPane* pane = *alive) pane->applyFailure(generation, what);
        });
    });
}

void AnalysisPane::applyFailure(int generation, const std::string& what) {
    if (generation != m_requested) return;
    m_reportsShown = m_qcaShown = generation;
    m_qcaStatus->SetLabel(wxString());
    m_qcaView->showMessage(wxString::Format(_("The analysis failed: %s"), wxs(what)));
}

void AnalysisPane::applyReports(int generation, ReportsShown reports) {
    if (generation != m_requested) return;  // stale: a newer result is on its way
    m_reportsShown = generation;
    m_linksView->show(reports.links);
    m_splitView->show(reports.split);
    m_triangulationView->show(reports.triangulation);
    m_diffView->show(reports.diff);
}

void AnalysisPane::applyQca(int generation, QcaShown qca) {
    if (generation != m_requested) return;
    m_qcaShown = generation;
    m_qca = std::move(qca);
    m_qcaView->show(m_qca.shown);
    if (!m_qca.result) {
        m_qcaStatus->SetLabel(wxString());
        return;
    }
    const QcaResult& r = m_qca.result;
    // Counts, never a bare share: how many cases the solution rests on.
    m_qcaStatus->SetLabel(wxString::Format(_("%zu of %zu cases included; %d show the outcome."), r.cases.size(),
                                           r.cases.size() + r.excluded.size(), r.table.positiveCases));
    m_qcaStatus->Wrap(m_qcaStatus->GetParent()->GetClientSize().x - FromDIP(16));
    m_qcaStatus->GetParent()->Layout();
}

bool AnalysisPane::setOutcome(const std::string& nodeId, bool negate) {
    auto it = std::find(m_outcomeIds.begin(), m_outcomeIds.end(), nodeId);
    if (it == m_outcomeIds.end()) return false;
    m_outcome->SetSelection(static_cast<int>(it - m_outcomeIds.begin()));
    m_negate->SetValue(negate);
    readControls();
    scheduleRecompute();
    return true;
}

void AnalysisPane::setConditions(const std::vector<std::string>& conditionIds) {
    for (unsigned i = 0; i < m_conditions->GetCount(); ++i) {
        const std::string& id = m_conditionIds[i];
        m_conditions->Check(i, std::find(conditionIds.begin(), conditionIds.end(), id) != conditionIds.end());
    }
    readControls();
    scheduleRecompute();
}

void AnalysisPane::setUseRemainders(bool on) {
    m_remainders->SetValue(on);
    readControls();
    scheduleRecompute();
}

bool AnalysisPane::setSplitBy(const std::string& name) {
    auto it = std::find(m_splitIds.begin(), m_splitIds.end(), name);
    if (it == m_splitIds.end()) return false;
    m_splitBy->SetSelection(static_cast<int>(it - m_splitIds.begin()));
    readControls();
    scheduleRecompute();
    return true;
}

bool AnalysisPane::setDiffTheories(const std::string& before, const std::string& after) {
    auto a = std::find(m_theoryIds.begin(), m_theoryIds.end(), before);
    auto b = std::find(m_theoryIds.begin(), m_theoryIds.end(), after);
    if (a == m_theoryIds.end() || b == m_theoryIds.end()) return false;
    m_diffBefore->SetSelection(static_cast<int>(a - m_theoryIds.begin()));
    m_diffAfter->SetSelection(static_cast<int>(b - m_theoryIds.begin()));
    readControls();
    scheduleRecompute();
    return true;
}

void AnalysisPane::showTab(Tab tab) { m_tabs->SetSelection(static_cast<std::size_t>(tab)); }

std::string AnalysisPane::selectedCondition() const { return idAt(m_conditionIds, m_conditions->GetSelection()); }

bool AnalysisPane::selectCondition(const std::string& conditionId) {
    auto it = std::find(m_conditionIds.begin(), m_conditionIds.end(), conditionId);
    if (it == m_conditionIds.end()) return false;
    m_conditions->SetSelection(static_cast<int>(it - m_conditionIds.begin()));
    m_edit->Enable();
    m_delete->Enable();
    return true;
}

void AnalysisPane::newCondition() {
    ConditionDialog dialog(this, m_session.project(), Condition{}, {});
    if (dialog.ShowModal() != wxID_OK) return;
    edits::Edit edit = edits::addCondition(m_session.project(), dialog.condition());
    std::string id = edit.newId();
    if (m_session.push(std::move(edit), utf8(_("The condition cannot be added.")))) {
        fillControls();
        selectCondition(id);
    }
}

void AnalysisPane::editCondition() {
    std::string id = selectedCondition();
    const Condition* condition = findCondition(m_session.project(), id);
    if (!condition) return;
    ConditionDialog dialog(this, m_session.project(), *condition, id);
    if (dialog.ShowModal() != wxID_OK) return;
    Condition updated = dialog.condition();
    if (!m_session.push(edits::changeCondition(m_session.project(), id, updated),
                        utf8(_("The condition cannot be changed."))))
        return;
    // A renamed condition stays checked and stays the split.
    std::replace(m_checked.begin(), m_checked.end(), id, updated.id);
    if (m_splitId == id) m_splitId = updated.id;
    fillControls();
    selectCondition(updated.id);
}

void AnalysisPane::deleteCondition() {
    std::string id = selectedCondition();
    if (id.empty()) return;
    m_session.push(edits::removeCondition(m_session.project(), id), utf8(_("The condition cannot be deleted.")));
}

}  // namespace rw::gui
