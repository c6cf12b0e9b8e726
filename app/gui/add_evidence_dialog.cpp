#include "app/gui/add_evidence_dialog.h"

#include <wx/intl.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "app/gui/evidence_fields.h"
#include "app/gui/form_sizer.h"
#include "app/gui/ui_text.h"
#include "app/gui/wx_strings.h"

namespace rw::gui {

AddEvidenceDialog::AddEvidenceDialog(wxWindow* parent, const Project& project, const Theory& theory,
                                     const wxString& quote, const std::string& caseId, const std::string& nodeId)
    : wxDialog(parent, wxID_ANY, _("Add as evidence"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      m_project(project) {
    SetName("add-evidence-dialog");
    auto* shown = new wxTextCtrl(this, wxID_ANY, quote, wxDefaultPosition, FromDIP(wxSize(460, 90)),
                                 wxTE_MULTILINE | wxTE_WORDWRAP | wxTE_READONLY);
    m_case = new wxChoice(this, wxID_ANY);
    for (const Case& c : project.cases) {
        m_caseIds.push_back(c.id);
        m_case->Append(wxs(c.displayName() == c.name || c.name.empty() ? c.displayName()
                                                                       : c.displayName() + " — " + c.name));
        if (c.id == caseId) m_case->SetSelection(static_cast<int>(m_caseIds.size() - 1));
    }
    m_node = new wxChoice(this, wxID_ANY);
    for (const Node& node : theory.nodes) {
        m_nodeIds.push_back(node.id);
        m_node->Append(wxs(node.label) + " (" + kindName(node.kind) + ")");
        if (node.id == nodeId) m_node->SetSelection(static_cast<int>(m_nodeIds.size() - 1));
    }
    m_stance = makeStanceChoice(this, Stance::Supports);
    m_informant = new wxChoice(this, wxID_ANY);
    m_role = makeRoleBox(this, project, {});
    m_note = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, FromDIP(wxSize(460, 50)),
                            wxTE_MULTILINE | wxTE_WORDWRAP);
    fillInformants();

    m_case->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { fillInformants(); });
    m_informant->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) {
        int at = m_informant->GetSelection();
        if (at <= 0) return;
        // Most quotes carry their informant's role: fill it in, the user may still change it.
        if (const Informant* i = m_project.findInformant(m_informantIds[static_cast<std::size_t>(at - 1)]))
            m_role->SetValue(wxs(i->role));
    });

    auto* form = new FormSizer(this, FromDIP(6), FromDIP(8));
    form->AddGrowableRow(0, 2);
    form->AddGrowableRow(6, 1);
    auto add = [&](const wxString& label, wxWindow* control) { form->addRow(label, control, FormSizer::Label::Top); };
    add(_("Quote"), shown);
    add(_("Case"), m_case);
    add(_("Node"), m_node);
    add(_("Stance"), m_stance);
    add(_("Informant"), m_informant);
    add(_("Role"), m_role);
    add(_("Note"), m_note);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(form, 1, wxEXPAND | wxALL, FromDIP(10));
    sizer->Add(CreateSeparatedButtonSizer(wxOK | wxCANCEL), 0, wxEXPAND | wxALL, FromDIP(10));
    SetSizerAndFit(sizer);
    (m_case->GetSelection() < 0 ? m_case : m_node)->SetFocus();
}

void AddEvidenceDialog::fillInformants() {
    m_informant->Clear();
    m_informantIds.clear();
    m_informant->Append(_("(none)"));
    m_informant->SetSelection(0);
    int at = m_case->GetSelection();
    if (at < 0) return;
    const std::string& caseId = m_caseIds[static_cast<std::size_t>(at)];
    for (const Informant& informant : m_project.informants) {
        if (informant.caseId != caseId) continue;
        m_informantIds.push_back(informant.id);
        m_informant->Append(informantLabel(informant));
    }
}

bool AddEvidenceDialog::TransferDataFromWindow() {
    int c = m_case->GetSelection(), n = m_node->GetSelection();
    if (c < 0 || n < 0) {
        wxMessageBox(_("Please choose the case and the node the quote is evidence on."), GetTitle(),
                     wxOK | wxICON_INFORMATION, this);
        return false;
    }
    m_caseId = m_caseIds[static_cast<std::size_t>(c)];
    m_nodeId = m_nodeIds[static_cast<std::size_t>(n)];
    m_evidence.stance = chosenStance(m_stance);
    int informant = m_informant->GetSelection();
    m_evidence.informant = informant > 0 ? m_informantIds[static_cast<std::size_t>(informant - 1)] : std::string();
    m_evidence.role = utf8(m_role->GetValue().Strip(wxString::both));
    m_evidence.note = utf8(m_note->GetValue().Strip(wxString::both));
    return true;
}

}  // namespace rw::gui
