// MainFrame: File ▸ Import (one entry per importer of the plugin registry, so that a new plugin
// appears by itself) and showing a quote in its source.
#include <filesystem>

#include <wx/filedlg.h>
#include <wx/intl.h>
#include <wx/menu.h>
#include <wx/msgdlg.h>

#include "app/document/editor_plugins.h"
#include "app/gui/command_ids.h"
#include "app/gui/document_layer.h"
#include "app/gui/import_dialog.h"
#include "app/gui/main_frame.h"
#include "app/gui/sources_pane.h"
#include "app/gui/wx_strings.h"

namespace rw::gui {

wxMenu* MainFrame::createImportMenu() {
    auto* menu = new wxMenu;
    const auto& importers = editorPlugins().registry().importers();
    for (std::size_t i = 0; i < importers.size() && kIdImportFirst + static_cast<int>(i) <= kIdImportLast; ++i) {
        wxString label = wxs(importers[i]->name());
        label.Replace("&", "&&");
        menu->Append(kIdImportFirst + static_cast<int>(i), label + wxString::FromUTF8("…"), wxs(importers[i]->description()));
    }
    return menu;
}

void MainFrame::bindImportCommands() {
    Bind(wxEVT_MENU, [this](wxCommandEvent& event) {
        chooseFileToImport(static_cast<std::size_t>(event.GetId() - kIdImportFirst));
    }, kIdImportFirst, kIdImportLast);
    m_session.setEvidenceShower([this](const std::string& caseId, const std::string& evidenceId) {
        return showEvidenceInSource(caseId, evidenceId);
    });
}

void MainFrame::chooseFileToImport(std::size_t importerIndex) {
    const auto& importers = editorPlugins().registry().importers();
    if (importerIndex >= importers.size()) return;
    const Importer& importer = *importers[importerIndex];
    wxString description = wxs(importer.description());
    description.Replace("|", "/");  // the separator of the wildcard's fields
    wxString wildcard = description + "|" + wxs(importWildcard(importer.extensions())) + "|" + _("All files (*)|*");
    wxFileDialog dialog(this, wxString::Format(_("Import %s"), wxs(importer.name())), wxString(), wxString(), wildcard,
                        wxFD_OPEN | wxFD_FILE_MUST_EXIST);
    if (dialog.ShowModal() != wxID_OK) return;
    const Selection& s = m_session.selection();
    ImportDialog options(this, m_session.project(), importer, utf8(dialog.GetPath()),
                         s.kind == Selection::Kind::Case || s.kind == Selection::Kind::Cell ? s.caseId : std::string());
    if (options.ShowModal() != wxID_OK) return;
    importFile(importer.name(), options.request());
}

bool MainFrame::importFile(const std::string& importerName, ImportRequest request) {
    const Importer* importer = editorPlugins().registry().importer(importerName);
    if (!importer) return false;
    ImportResult result = runImport(this, m_session, *importer, std::move(request));
    if (!result) {
        showError(wxString::Format(_("The file was not imported:\n%s"), wxs(result.error)));
        return false;
    }
    if (!m_session.push(std::move(result.command), utf8(_("The import cannot be applied.")))) return false;
    wxString notes;
    for (const std::string& note : result.notes) notes += wxs(note) + "\n";
    SetStatusText(result.notes.empty() ? _("Imported") : wxs(result.notes.front()), 0);
    if (result.notes.size() > 1) {
        wxMessageDialog told(this, notes.Trim(), _("Imported"), wxOK | wxICON_INFORMATION);
        told.ShowModal();
    }
    // Show what came in: an imported file is a source (the last one added).
    if (m_sources && !m_session.project().sources.empty()) {
        m_aui.GetPane("sources").Show();
        m_aui.Update();
        m_sources->showSource(m_session.project().sources.back().id);
    }
    return true;
}

bool MainFrame::showEvidenceInSource(const std::string& caseId, const std::string& evidenceId) {
    if (!m_sources) return false;
    wxAuiPaneInfo& pane = m_aui.GetPane("sources");
    if (!pane.IsShown()) {
        pane.Show();
        m_aui.Update();
    }
    if (!m_sources->showEvidence(caseId, evidenceId)) {
        SetStatusText(_("This quote's place in its source is not known, or the source's text is not available."), 0);
        return false;
    }
    return true;
}

}  // namespace rw::gui
