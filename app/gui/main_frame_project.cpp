// MainFrame: the Project menu — theories, sources and cases as a whole, and the case attributes.
#include <wx/intl.h>
#include <wx/menu.h>
#include <wx/msgdlg.h>
#include <wx/textdlg.h>

#include "app/gui/attributes_dialog.h"
#include "app/gui/command_ids.h"
#include "app/gui/main_frame.h"
#include "app/gui/wx_strings.h"
#include "model/edit/edits.h"
#include "model/edit/edits_project.h"

namespace rw::gui {
namespace {

// Asks a yes/no question with a destructive "Delete" button; true when the user agreed.
bool confirmDelete(wxWindow* parent, const wxString& question, const wxString& title) {
    wxMessageDialog ask(parent, question, title, wxYES_NO | wxNO_DEFAULT | wxICON_WARNING);
    ask.SetYesNoLabels(_("&Delete"), _("&Cancel"));
    return ask.ShowModal() == wxID_YES;
}

}  // namespace

wxMenu* MainFrame::createProjectMenu() {
    auto* menu = new wxMenu;
    menu->Append(kIdAddTheory, _("New &Theory…"));
    menu->Append(kIdDuplicateTheory, _("D&uplicate Theory"));
    menu->Append(kIdDeleteTheory, _("Delete T&heory…"));
    menu->AppendSeparator();
    menu->Append(kIdAddCase, _("New &Case…"));
    menu->Append(kIdDeleteCase, _("Delete Ca&se…"));
    menu->AppendSeparator();
    menu->Append(kIdAddSource, _("New S&ource…"));
    menu->Append(kIdDeleteSource, _("Delete Sou&rce…"));
    menu->AppendSeparator();
    menu->Append(kIdCaseAttributes, _("Case &Attributes and Message Categories…"));
    return menu;
}

std::string MainFrame::targetTheoryId() const {
    const Selection& s = m_session.selection();
    if (s.kind == Selection::Kind::Theory) return s.id;
    return m_session.theoryId();
}

void MainFrame::bindProjectCommands() {
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { addTheoryByDialog(); }, kIdAddTheory);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { duplicateTheory(); }, kIdDuplicateTheory);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { deleteTheory(targetTheoryId()); }, kIdDeleteTheory);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) {
        std::string id = targetTheoryId();
        m_session.setTheory(id);
        m_session.select(Selection::ofTheory(id));
    }, kIdShowTheory);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { addSourceByDialog(); }, kIdAddSource);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { deleteSource(m_session.selection().id); }, kIdDeleteSource);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { deleteCase(m_session.selection().caseId); }, kIdDeleteCase);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { showAttributesDialog(); }, kIdCaseAttributes);
    Bind(wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& event) {
        event.Enable(m_session.project().findTheory(targetTheoryId()) != nullptr);
    }, kIdDuplicateTheory);
    // A diagram or matrix of a theory without nodes would be an empty file.
    Bind(wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& event) {
        event.Enable(m_session.theory() && !m_session.theory()->nodes.empty());
    }, kIdExportCsv, kIdExportPdf);
    Bind(wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& event) {
        event.Enable(m_session.project().theories.size() > 1);
    }, kIdDeleteTheory);
    Bind(wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& event) {
        event.Enable(m_session.selection().kind == Selection::Kind::Source);
    }, kIdDeleteSource);
    Bind(wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& event) {
        Selection::Kind kind = m_session.selection().kind;
        event.Enable(kind == Selection::Kind::Case || kind == Selection::Kind::AttributeValue);
    }, kIdDeleteCase);
}

void MainFrame::addTheoryByDialog() {
    wxTextEntryDialog ask(this, _("Name of the theory:"), _("New theory"));
    if (ask.ShowModal() != wxID_OK) return;
    Theory theory;
    theory.name = utf8(ask.GetValue().Strip(wxString::both));
    if (theory.name.empty()) return;
    edits::Edit edit = edits::addTheory(m_session.project(), theory);
    std::string id = edit.newId();
    if (!m_session.push(std::move(edit), utf8(_("The theory cannot be added.")))) return;
    m_session.setTheory(id);
    m_session.select(Selection::ofTheory(id));
}

std::string MainFrame::duplicateTheory() {
    std::string original = targetTheoryId();
    const Project& project = m_session.project();
    std::size_t before = project.theories.size();
    if (!m_session.push(edits::duplicateTheory(project, original), utf8(_("The theory cannot be duplicated."))))
        return {};
    // The copy sits right after its original.
    for (std::size_t i = 0; i + 1 < project.theories.size() && project.theories.size() > before; ++i)
        if (project.theories[i].id == original) {
            std::string id = project.theories[i + 1].id;
            m_session.setTheory(id);
            m_session.select(Selection::ofTheory(id));
            return id;
        }
    return {};
}

void MainFrame::deleteTheory(const std::string& theoryId) {
    const Theory* theory = m_session.project().findTheory(theoryId);
    if (!theory) return;
    edits::CommandPtr command = edits::removeTheory(m_session.project(), theoryId);
    if (!command) {
        m_session.reportError(command.refusal().empty() ? utf8(_("The theory cannot be deleted.")) : command.refusal());
        return;
    }
    if (!confirmDelete(this, wxString::Format(_("Delete theory “%s” with its %zu nodes and %zu links?"), wxs(theory->name),
                                              theory->nodes.size(), theory->links.size()),
                       _("Delete theory")))
        return;
    m_session.push(std::move(command), {});
    m_session.validateSelection();
}

void MainFrame::addSourceByDialog() {
    wxTextEntryDialog ask(this, _("Title of the source:"), _("New source"));
    if (ask.ShowModal() != wxID_OK) return;
    Source source;
    source.title = utf8(ask.GetValue().Strip(wxString::both));
    if (source.title.empty()) return;
    edits::Edit edit = edits::addSource(m_session.project(), source);
    std::string id = edit.newId();
    if (m_session.push(std::move(edit), utf8(_("The source cannot be added.")))) m_session.select(Selection::source(id));
}

void MainFrame::deleteSource(const std::string& sourceId) {
    const Source* source = m_session.project().findSource(sourceId);
    if (!source) return;
    edits::CommandPtr command = edits::removeSource(m_session.project(), sourceId);
    if (!command) {
        m_session.reportError(command.refusal().empty() ? utf8(_("The source cannot be deleted.")) : command.refusal());
        return;
    }
    if (!confirmDelete(this, wxString::Format(_("Delete source “%s”?"), wxs(source->title)), _("Delete source")))
        return;
    m_session.push(std::move(command), {});
}

void MainFrame::deleteCase(const std::string& caseId) {
    const Case* c = m_session.project().findCase(caseId);
    if (!c) return;
    if (!confirmDelete(this, wxString::Format(_("Delete case “%s” with all its verdicts and quotes?"), wxs(c->displayName())),
                       _("Delete case")))
        return;
    m_session.push(edits::removeCase(m_session.project(), caseId), utf8(_("The case cannot be deleted.")));
}

void MainFrame::showAttributesDialog() {
    AttributesDialog dialog(this, m_session);
    dialog.ShowModal();
}

}  // namespace rw::gui
