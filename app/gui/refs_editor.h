#pragma once
// Edits the source references of a node or link: which source says so, and where (lines, page).
// The dialog only collects; the caller turns the result into one changeNode / changeLink command.

#include <string>
#include <vector>

#include <wx/choice.h>
#include <wx/dialog.h>
#include <wx/listctrl.h>
#include <wx/textctrl.h>

#include "model/core/project.h"

namespace rw::gui {

class RefsEditor : public wxDialog {
public:
    RefsEditor(wxWindow* parent, const Project& project, std::vector<SourceRef> refs, const wxString& title);

    // Returns the references as edited.
    const std::vector<SourceRef>& refs() const { return m_refs; }
    // Adds a reference to the source at `sourceIndex` (in project order) with lines / page as
    // typed; false when the lines are not "A" or "A-B".
    bool addRef(int sourceIndex, const wxString& lines, const wxString& page);
    // Removes the reference in row `row`.
    void removeRef(long row);

private:
    void fill();

    const Project& m_project;
    std::vector<SourceRef> m_refs;
    wxListCtrl* m_list;
    wxChoice* m_source;
    wxTextCtrl* m_lines;
    wxTextCtrl* m_page;
};

}  // namespace rw::gui
