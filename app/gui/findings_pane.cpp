#include "app/gui/findings_pane.h"

#include <utility>

#include <wx/app.h>
#include <wx/intl.h>
#include <wx/sizer.h>

#include "app/document/editor_plugins.h"
#include "app/document/trace_timer.h"
#include "app/gui/document_layer.h"
#include "app/gui/findings_list.h"
#include "app/gui/wx_strings.h"
#include "model/checks/checks.h"

namespace rw::gui {

FindingsPane::FindingsPane(wxWindow* parent, EditorSession& session) : wxPanel(parent, wxID_ANY), m_session(session) {
    m_summary = new wxStaticText(this, wxID_ANY, wxString());
    m_list = new FindingsList(this);

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(m_summary, 0, wxALL, FromDIP(4));
    sizer->Add(m_list, 1, wxEXPAND);
    SetSizer(sizer);

    m_list->Bind(wxEVT_LIST_ITEM_ACTIVATED, &FindingsPane::onActivated, this);
    m_documentToken = m_session.document().addListener([this](const Change& change) {
        noteChange(change);
        scheduleRefresh();
    });
    refresh();
}

FindingsPane::~FindingsPane() {
    *m_alive = nullptr;  // results still on their way find nobody home
    m_latest->store(-1);
    m_session.document().removeListener(m_documentToken);
}

void FindingsPane::noteChange(const Change& change) {
    std::string caseId = IncrementalChecks::caseOnlyChangedBy(change);
    if (caseId.empty())
        m_changedAll = true;
    else
        m_changedCases.insert(caseId);
}

void FindingsPane::scheduleRefresh() {
    if (m_refreshPending) return;
    m_refreshPending = true;
    CallAfter([this] {
        m_refreshPending = false;
        refresh();
    });
}

void FindingsPane::refresh() {
    int generation = ++m_requested;
    m_latest->store(generation);
    CheckOptions options;
    options.theoryId = m_session.theoryId();
    // The plugins' check rules run here as in `realist check`, so the two list the same findings.
    // The registry is loaded once per process and only read after that.
    options.extraRules = &editorPlugins().registry().checkRules();
    std::shared_ptr<SnapshotSource> source = m_session.snapshots();
    std::shared_ptr<std::atomic<int>> latest = m_latest;
    std::shared_ptr<FindingsPane*> alive = m_alive;
    std::set<std::string> changedCases = std::move(m_changedCases);
    bool changedAll = std::exchange(m_changedAll, false);
    m_changedCases.clear();
    std::uint64_t notedUpTo = source->revision();  // every edit so far has been noted
    m_checks.post([source, options, generation, latest, alive, cache = m_texts, incremental = m_incremental,
                   changedCases, changedAll, notedUpTo, projectPath = m_session.document().path()]() mutable {
        incremental->note(changedCases, changedAll);  // kept for the next run if this one is skipped
        if (latest->load() != generation) return;     // a newer run is already queued
        SnapshotSource::Snapshot current = source->currentWithRevision();  // copied here, not on the UI thread
        std::shared_ptr<const Project> snapshot = current.project;
        if (!snapshot) return;  // the document is gone
        // An edit made after this run was asked for is in the copy but not in the notes: check it all.
        if (current.revision != notedUpTo) incremental->note({}, true);
        std::shared_ptr<const SourceTexts> texts = cache->texts(snapshot, projectPath);
        // Shares the findings with the session: only the parts the edit reran are new.
        FindingList findings = options.theoryId.empty() ? FindingList() : incremental->check(snapshot, texts, options);
        wxTheApp->CallAfter([alive, generation, theoryId = options.theoryId, findings] {
            if (FindingsPane* pane = *alive) pane->apply(generation, theoryId, findings);
        });
    }, [alive, generation](const std::string& what) {
        wxTheApp->CallAfter([alive, generation, what] {
            if (FindingsPane* pane = *alive) pane->applyFailure(generation, what);
        });
    });
}

void FindingsPane::apply(int generation, const std::string& theoryId, FindingList findings) {
    TraceTimer trace("findings apply");
    if (generation != m_requested) return;  // stale: a newer run is on its way
    // The diagram's highlight marks what this list lists.
    m_session.findings()->publish({theoryId, findings});
    int counts[3] = {0, 0, 0};
    for (const Finding& finding : findings) ++counts[static_cast<int>(finding.severity)];
    m_list->setFindings(std::move(findings));
    int errors = counts[static_cast<int>(Severity::Error)];
    int warnings = counts[static_cast<int>(Severity::Warning)];
    int notes = counts[static_cast<int>(Severity::Info)];
    m_summary->SetLabel(m_list->findings().empty()
                            ? _("No findings: the theory and the cases agree.")
                            : wxString::Format("%s, %s, %s",
                                               wxString::Format(wxPLURAL("%d error", "%d errors", errors), errors),
                                               wxString::Format(wxPLURAL("%d warning", "%d warnings", warnings), warnings),
                                               wxString::Format(wxPLURAL("%d note", "%d notes", notes), notes)));
}

void FindingsPane::applyFailure(int generation, const std::string& what) {
    if (generation != m_requested) return;
    m_list->setFindings({});
    m_summary->SetLabel(wxString::Format(_("The checks failed: %s"), wxs(what)));
}

const FindingList& FindingsPane::findings() const { return m_list->findings(); }

wxListCtrl* FindingsPane::list() const { return m_list; }

void FindingsPane::goToFinding(long index) {
    const FindingList& all = m_list->findings();
    if (index < 0 || index >= static_cast<long>(all.size())) return;
    const Finding& finding = all[static_cast<std::size_t>(index)];
    std::string theory = finding.theory.empty() ? m_session.theoryId() : finding.theory;
    // A finding about one case opens that case's cell; one about many cases is about the node
    // (or link) itself.
    if (finding.cases.size() == 1 && !finding.nodes.empty())
        m_session.select(Selection::cell(theory, finding.cases.front(), finding.nodes.front()));
    else if (!finding.nodes.empty())
        m_session.select(Selection::node(theory, finding.nodes.front()));
    else if (!finding.links.empty())
        m_session.select(Selection::link(theory, finding.links.front()));
    else if (!finding.cases.empty())
        m_session.select(Selection::ofCase(finding.cases.front()));
}

void FindingsPane::onActivated(wxListEvent& event) { goToFinding(event.GetIndex()); }

}  // namespace rw::gui
