#pragma once
// Adds or edits one piece of evidence behind a verdict: the quote, where it is in which source,
// who said it (a pseudonymous informant and their role), whether it supports or contradicts
// the tick, and a note. The dialog only collects; the caller turns the result into a command.

#include <wx/choice.h>
#include <wx/combobox.h>
#include <wx/dialog.h>
#include <wx/textctrl.h>

#include "model/core/project.h"

namespace rw::gui {

class EvidenceDialog : public wxDialog {
public:
    // `evidence` is the starting point: empty for a new one.
    EvidenceDialog(wxWindow* parent, const Project& project, const std::string& caseId, const Evidence& evidence,
                   const wxString& title);

    // Returns the evidence as entered (valid once the dialog ended with wxID_OK).
    const Evidence& evidence() const { return m_evidence; }

    bool TransferDataFromWindow() override;

private:
    const Project& m_project;
    Evidence m_evidence;
    std::vector<std::string> m_sourceIds;     // parallel to m_source's items after "(none)"
    std::vector<std::string> m_informantIds;  // parallel to m_informant's items after "(none)"
    wxTextCtrl* m_quote;
    wxChoice* m_stance;
    wxChoice* m_source;
    wxTextCtrl* m_lines;
    wxTextCtrl* m_page;
    wxTextCtrl* m_at;
    wxChoice* m_informant;
    wxComboBox* m_role;
    wxTextCtrl* m_note;
};

}  // namespace rw::gui
