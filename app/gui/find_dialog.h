#pragma once
// Find: a small window that searches labels, descriptions, assumptions, case names and quotes
// as you type, and selects a hit when it is activated.

#include <vector>

#include <wx/dialog.h>
#include <wx/listctrl.h>
#include <wx/srchctrl.h>

#include "app/document/editor_session.h"
#include "app/document/project_search.h"
#include "app/gui/document_layer.h"

namespace rw::gui {

class FindDialog : public wxDialog {
public:
    FindDialog(wxWindow* parent, EditorSession& session);
    ~FindDialog() override;

    // Searches for `text` and shows the hits; returns how many there are.
    int search(const wxString& text);
    // Selects hit `index` in the editor.
    void goTo(long index);

private:
    EditorSession& m_session;
    wxSearchCtrl* m_query;
    wxListCtrl* m_results;
    std::vector<SearchHit> m_hits;
    int m_documentToken = 0;
};

}  // namespace rw::gui
