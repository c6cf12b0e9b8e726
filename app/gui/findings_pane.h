#pragma once
// The consistency findings of the theory shown, refreshed after every edit. A double-click
// selects what a finding is about (the node, the link, or the case's cell).

#include <atomic>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include <wx/listctrl.h>
#include <wx/panel.h>
#include <wx/stattext.h>

#include "app/document/editor_session.h"
#include "app/document/incremental_checks.h"
#include "app/document/serial_worker.h"
#include "app/document/source_texts_cache.h"
#include "app/gui/document_layer.h"
#include "model/checks/finding_list.h"

namespace rw::gui {
class FindingsList;
}

namespace rw::gui {

class FindingsPane : public wxPanel {
public:
    FindingsPane(wxWindow* parent, EditorSession& session);
    ~FindingsPane() override;

    // The findings shown, in list order.
    const FindingList& findings() const;
    wxListCtrl* list() const;
    // Selects the subject of the finding in row `index`, as a double-click does.
    void goToFinding(long index);

private:
    // Notes what an edit changed, so the next run rechecks only that when it can.
    void noteChange(const Change& change);
    void scheduleRefresh();
    void refresh();
    // Shows the findings of theory `theoryId` and publishes them to the other views.
    void apply(int generation, const std::string& theoryId, FindingList findings);
    // A check run that threw: the list empties and the summary says why.
    void applyFailure(int generation, const std::string& what);
    void onActivated(wxListEvent& event);

    EditorSession& m_session;
    wxStaticText* m_summary;
    FindingsList* m_list;
    int m_documentToken = 0;
    bool m_refreshPending = false;
    int m_requested = 0;  // generation of the latest check run asked for
    std::shared_ptr<std::atomic<int>> m_latest = std::make_shared<std::atomic<int>>(0);
    std::shared_ptr<FindingsPane*> m_alive = std::make_shared<FindingsPane*>(this);
    std::set<std::string> m_changedCases;  // since the last run was asked for
    bool m_changedAll = true;
    // Used on the worker only (one thread at a time), so they need no lock.
    std::shared_ptr<SourceTextsCache> m_texts = std::make_shared<SourceTextsCache>();
    std::shared_ptr<IncrementalChecks> m_incremental = std::make_shared<IncrementalChecks>();
    SerialWorker m_checks;  // checks of a big project take tens of milliseconds: off the UI thread
};

}  // namespace rw::gui
