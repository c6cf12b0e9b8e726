#include "app/gui/evidence_dialog.h"

#include <wx/intl.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "app/gui/evidence_fields.h"
#include "app/gui/form_sizer.h"
#include "app/gui/ui_text.h"
#include "app/gui/wx_strings.h"
#include "model/core/location.h"

namespace rw::gui {

EvidenceDialog::EvidenceDialog(wxWindow* parent, const Project& project, const std::string& caseId,
                               const Evidence& evidence, const wxString& title)
    : wxDialog(parent, wxID_ANY, title, wxDefaultPosition, wxDefaultSize, wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      m_project(project),
      m_evidence(evidence) {
    SetName("evidence-dialog");
    m_quote = new wxTextCtrl(this, wxID_ANY, wxs(evidence.quote), wxDefaultPosition, FromDIP(wxSize(460, 110)),
                             wxTE_MULTILINE | wxTE_WORDWRAP);
    m_quote->SetName("quote");
    m_stance = makeStanceChoice(this, evidence.stance);

    m_source = new wxChoice(this, wxID_ANY);
    m_source->Append(_("(none)"));
    m_source->SetSelection(0);
    for (const Source& source : project.sources) {
        m_sourceIds.push_back(source.id);
        m_source->Append(wxs(source.title.empty() ? source.id : source.title));
        if (source.id == evidence.ref.source) m_source->SetSelection(static_cast<int>(m_sourceIds.size()));
    }
    m_lines = new wxTextCtrl(this, wxID_ANY, wxs(formatLines(evidence.ref.location)));
    m_lines->SetHint(_("12 or 12-14"));
    m_page = new wxTextCtrl(this, wxID_ANY, wxs(evidence.ref.location.page));
    m_at = new wxTextCtrl(this, wxID_ANY, wxs(evidence.ref.location.at));
    m_at->SetHint(_("00:12:30"));

    // The case's own informants first: they are the ones quoted in its cells.
    m_informant = new wxChoice(this, wxID_ANY);
    m_informant->Append(_("(none)"));
    m_informant->SetSelection(0);
    for (int pass = 0; pass < 2; ++pass)
        for (const Informant& informant : project.informants) {
            if ((informant.caseId == caseId) != (pass == 0)) continue;
            m_informantIds.push_back(informant.id);
            m_informant->Append(informantLabel(informant));
            if (informant.id == evidence.informant) m_informant->SetSelection(static_cast<int>(m_informantIds.size()));
        }
    m_role = makeRoleBox(this, project, evidence.role);
    m_note = new wxTextCtrl(this, wxID_ANY, wxs(evidence.note), wxDefaultPosition, FromDIP(wxSize(460, 50)),
                            wxTE_MULTILINE | wxTE_WORDWRAP);

    auto* form = new FormSizer(this, FromDIP(6), FromDIP(8));
    form->AddGrowableRow(0, 3);
    form->AddGrowableRow(8, 1);
    auto add = [&](const wxString& label, wxWindow* control) { form->addRow(label, control, FormSizer::Label::Top); };
    add(_("Quote"), m_quote);
    add(_("Stance"), m_stance);
    add(_("Source"), m_source);
    add(_("Lines"), m_lines);
    add(_("Page"), m_page);
    add(_("Time"), m_at);
    add(_("Informant"), m_informant);
    add(_("Role"), m_role);
    add(_("Note"), m_note);

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(form, 1, wxEXPAND | wxALL, FromDIP(10));
    sizer->Add(CreateSeparatedButtonSizer(wxOK | wxCANCEL), 0, wxEXPAND | wxALL, FromDIP(10));
    SetSizerAndFit(sizer);
    m_quote->SetFocus();
}

bool EvidenceDialog::TransferDataFromWindow() {
    Evidence e = m_evidence;
    e.quote = utf8(m_quote->GetValue().Strip(wxString::both));
    if (e.quote.empty()) {
        wxMessageBox(_("Please enter the quote."), GetTitle(), wxOK | wxICON_INFORMATION, this);
        return false;
    }
    e.stance = chosenStance(m_stance);
    int source = m_source->GetSelection();
    e.ref.source = source > 0 ? m_sourceIds[static_cast<std::size_t>(source - 1)] : std::string();
    std::string lines = utf8(m_lines->GetValue().Strip(wxString::both));
    e.ref.location.lineBegin = e.ref.location.lineEnd = 0;
    if (!lines.empty()) {
        auto range = parseRange(lines);
        if (!range || range->first < 1) {
            wxMessageBox(_("Lines are a line number or a range such as 12-14."), GetTitle(),
                         wxOK | wxICON_INFORMATION, this);
            return false;
        }
        e.ref.location.lineBegin = static_cast<int>(range->first);
        e.ref.location.lineEnd = static_cast<int>(range->second);
    }
    e.ref.location.page = utf8(m_page->GetValue().Strip(wxString::both));
    e.ref.location.at = utf8(m_at->GetValue().Strip(wxString::both));
    int informant = m_informant->GetSelection();
    e.informant = informant > 0 ? m_informantIds[static_cast<std::size_t>(informant - 1)] : std::string();
    e.role = utf8(m_role->GetValue().Strip(wxString::both));
    if (e.role.empty() && !e.informant.empty())
        if (const Informant* i = m_project.findInformant(e.informant)) e.role = i->role;
    e.note = utf8(m_note->GetValue().Strip(wxString::both));
    m_evidence = std::move(e);
    return true;
}

}  // namespace rw::gui
