#pragma once
// The findings as a virtual list: rows are drawn from the vector on demand, so a project with
// thousands of findings refreshes as fast as one with ten.

#include <vector>

#include <wx/listctrl.h>

#include "model/checks/finding_list.h"

namespace rw::gui {

class FindingsList : public wxListCtrl {
public:
    explicit FindingsList(wxWindow* parent);

    // Shows `findings` (the list keeps a copy).
    void setFindings(FindingList findings);
    const FindingList& findings() const { return m_findings; }

    wxString OnGetItemText(long item, long column) const override;
    int OnGetItemColumnImage(long item, long column) const override;
    int OnGetItemImage(long item) const override { return OnGetItemColumnImage(item, 0); }

private:
    FindingList m_findings;
};

}  // namespace rw::gui
