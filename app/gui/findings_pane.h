#pragma once
// The consistency findings of the theory shown, refreshed after every edit. A double-click
// selects what a finding is about (the node, the link, or the case's cell).

#include <vector>

#include <wx/listctrl.h>
#include <wx/panel.h>
#include <wx/stattext.h>

#include "app/gui/document/editor_session.h"
#include "model/finding.h"

namespace rw::gui {
class FindingsList;
}

namespace rw::gui {

class FindingsPane : public wxPanel {
public:
    FindingsPane(wxWindow* parent, EditorSession& session);
    ~FindingsPane() override;

    // The findings shown, in list order.
    const std::vector<Finding>& findings() const;
    wxListCtrl* list() const;
    // Selects the subject of the finding in row `index`, as a double-click does.
    void goToFinding(long index);

private:
    void scheduleRefresh();
    void refresh();
    void onActivated(wxListEvent& event);

    EditorSession& m_session;
    wxStaticText* m_summary;
    FindingsList* m_list;
    int m_documentToken = 0;
    bool m_refreshPending = false;
};

}  // namespace rw::gui
