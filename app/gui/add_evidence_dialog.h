#pragma once
// "Add as evidence…" for text selected in a source: which case and which node of the theory
// shown the quote is evidence on, whether it supports or contradicts, who said it (the case's
// informants) in what role, and a note. The quote and its place come from the selection; the
// dialog only collects, the caller makes the command.

#include <string>
#include <vector>

#include <wx/choice.h>
#include <wx/combobox.h>
#include <wx/dialog.h>
#include <wx/textctrl.h>

#include "model/core/project.h"

namespace rw::gui {

class AddEvidenceDialog : public wxDialog {
public:
    // Offers the cases of `project` and the nodes of `theory`, starting at `caseId` / `nodeId`
    // when given (the matrix cell selected).
    AddEvidenceDialog(wxWindow* parent, const Project& project, const Theory& theory, const wxString& quote,
                      const std::string& caseId, const std::string& nodeId);

    // Valid once the dialog ended with wxID_OK.
    const std::string& caseId() const { return m_caseId; }
    const std::string& nodeId() const { return m_nodeId; }
    // Stance, informant, role and note as entered (quote and place are the caller's).
    const Evidence& evidence() const { return m_evidence; }

    bool TransferDataFromWindow() override;

private:
    void fillInformants();

    const Project& m_project;
    std::vector<std::string> m_caseIds;       // parallel to m_case
    std::vector<std::string> m_nodeIds;       // parallel to m_node
    std::vector<std::string> m_informantIds;  // parallel to m_informant's items after "(none)"
    wxChoice* m_case;
    wxChoice* m_node;
    wxChoice* m_stance;
    wxChoice* m_informant;
    wxComboBox* m_role;
    wxTextCtrl* m_note;
    std::string m_caseId;
    std::string m_nodeId;
    Evidence m_evidence;
};

}  // namespace rw::gui
