#include "app/gui/import_dialog.h"

#include <filesystem>

#include <wx/intl.h>
#include <wx/progdlg.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/utils.h>

#include "app/gui/wx_strings.h"

namespace rw::gui {
namespace {

wxString optionLabel(const std::string& key) {
    if (key == "names") return _("Names");
    if (key == "kind") return _("Kind of transcript");
    return wxs(key);
}

}  // namespace

wxString importChoiceLabel(const std::string& key, const std::string& value) {
    if (key == "names") return value == "keep" ? _("Keep the names") : _("Replace names by pseudonyms");
    if (key == "kind") {
        if (value == "interview") return _("Interview");
        if (value == "focus-group") return _("Focus group");
        return _("Decide from the number of speakers");
    }
    return wxs(value);
}

ImportDialog::ImportDialog(wxWindow* parent, const Project& project, const Importer& importer,
                           const std::string& path, const std::string& caseId)
    : wxDialog(parent, wxID_ANY, _("Import"), wxDefaultPosition, wxDefaultSize, wxDEFAULT_DIALOG_STYLE) {
    SetName("import-dialog");
    m_request.path = path;
    auto* form = new wxFlexGridSizer(2, FromDIP(6), FromDIP(8));
    form->AddGrowableCol(1);
    auto add = [&](const wxString& label, wxWindow* control) {
        form->Add(new wxStaticText(this, wxID_ANY, label), 0, wxALIGN_CENTER_VERTICAL);
        form->Add(control, 1, wxEXPAND);
    };
    add(_("File"), new wxStaticText(this, wxID_ANY, wxs(std::filesystem::path(path).filename().string())));
    add(_("As"), new wxStaticText(this, wxID_ANY, wxs(importer.description())));
    m_case = new wxChoice(this, wxID_ANY);
    m_case->Append(_("(no case)"));
    m_case->SetSelection(0);
    for (const Case& c : project.cases) {
        m_caseIds.push_back(c.id);
        m_case->Append(wxs(c.displayName()));
        if (c.id == caseId) m_case->SetSelection(static_cast<int>(m_caseIds.size()));
    }
    add(_("Case"), m_case);
    for (const ImportOption& option : importOptionsFor(importer.name())) {
        auto* choice = new wxChoice(this, wxID_ANY);
        for (const std::string& value : option.choices) choice->Append(importChoiceLabel(option.key, value));
        choice->SetSelection(0);
        add(optionLabel(option.key), choice);
        m_options.emplace_back(option, choice);
    }
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(form, 1, wxEXPAND | wxALL, FromDIP(10));
    sizer->Add(CreateSeparatedButtonSizer(wxOK | wxCANCEL), 0, wxEXPAND | wxALL, FromDIP(10));
    SetSizerAndFit(sizer);
}

bool ImportDialog::TransferDataFromWindow() {
    int c = m_case->GetSelection();
    m_request.caseId = c > 0 ? m_caseIds[static_cast<std::size_t>(c - 1)] : std::string();
    m_request.options.clear();
    for (const auto& [option, choice] : m_options) {
        int at = choice->GetSelection();
        const std::string& value = option.choices[static_cast<std::size_t>(std::max(at, 0))];
        if (!value.empty()) m_request.options[option.key] = value;
    }
    return true;
}

ImportResult runImport(wxWindow* parent, EditorSession& session, const Importer& importer, ImportRequest request) {
    std::string name = std::filesystem::path(request.path).filename().string();
    ImportJob job(importer, std::move(request), session.snapshot());
    job.start();
    {
        // App-modal: nothing edits the project while the import reads it (see basis() below).
        wxProgressDialog progress(_("Import"), wxString::Format(_("Importing %s…"), wxs(name)), 1000, parent,
                                  wxPD_APP_MODAL | wxPD_CAN_ABORT | wxPD_AUTO_HIDE | wxPD_ELAPSED_TIME);
        while (!job.finished()) {
            if (!progress.Update(static_cast<int>(job.progress() * 999)) && !job.cancelled()) job.cancel();
            wxMilliSleep(20);
        }
    }
    ImportResult result = job.takeResult();
    if (result && session.snapshot() != job.basis()) {
        // Made against a project that has changed since: its ids and indices may be stale.
        result.command.reset();
        result.error = name + ": " + utf8(_("the project changed during the import; please import again"));
    }
    return result;
}

}  // namespace rw::gui
