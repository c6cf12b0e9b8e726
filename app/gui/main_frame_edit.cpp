// MainFrame: the Edit, View and Help menus.
#include <wx/aboutdlg.h>
#include <wx/aui/aui.h>
#include <wx/choicdlg.h>
#include <wx/clipbrd.h>
#include <wx/intl.h>
#include <wx/msgdlg.h>
#include <wx/textdlg.h>
#include <wx/textentry.h>

#include "app/document/node_clipboard.h"
#include "app/gui/app_icon.h"
#include "app/gui/app_language.h"
#include "app/gui/command_ids.h"
#include "app/gui/diagram_canvas.h"
#include "app/gui/diagram_pane.h"
#include "app/gui/document_layer.h"
#include "app/gui/find_dialog.h"
#include "app/gui/main_frame.h"
#include "app/gui/ui_text.h"
#include "app/gui/wx_strings.h"
#include "model/edit/edits.h"

namespace rw::gui {
namespace {

// Returns the text field that has the focus, if any: Cut, Copy, Paste and Delete belong to it.
wxTextEntry* focusedTextEntry() {
    wxWindow* focus = wxWindow::FindFocus();
    return focus ? dynamic_cast<wxTextEntry*>(focus) : nullptr;
}

std::string firstLine(const std::string& text) { return text.substr(0, text.find('\n')); }

}  // namespace

void MainFrame::bindEditCommands() {
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { m_session.document().undoStack().undo(); }, wxID_UNDO);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { m_session.document().undoStack().redo(); }, wxID_REDO);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { copySelection(true); }, wxID_CUT);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { copySelection(false); }, wxID_COPY);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { paste(); }, wxID_PASTE);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) {
        if (wxTextEntry* text = focusedTextEntry()) text->RemoveSelection();
        else deleteSelection();
    }, wxID_DELETE);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { showFind(); }, wxID_FIND);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { addNode(NodeKind::Intervention); }, kIdAddIntervention);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { addNode(NodeKind::Context); }, kIdAddContext);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { addNode(NodeKind::Mechanism); }, kIdAddMechanism);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { addNode(NodeKind::Outcome); }, kIdAddOutcome);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { addNode(NodeKind::SideEffect); }, kIdAddSideEffect);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { addLinkByDialog(); }, kIdAddLink);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { addCaseByDialog(); }, kIdAddCase);
    Bind(wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& event) {
        const Selection& s = m_session.selection();
        bool onNode = s.kind == Selection::Kind::Node || s.kind == Selection::Kind::Cell;
        event.Enable(focusedTextEntry() != nullptr || onNode);
    }, wxID_CUT, wxID_COPY);
    Bind(wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& event) {
        event.Enable(focusedTextEntry() != nullptr || m_session.theory() != nullptr);
    }, wxID_PASTE);
    Bind(wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& event) {
        Selection::Kind kind = m_session.selection().kind;
        event.Enable(focusedTextEntry() != nullptr || kind == Selection::Kind::Node || kind == Selection::Kind::Link ||
                     kind == Selection::Kind::Case || kind == Selection::Kind::Cell ||
                     kind == Selection::Kind::Source || kind == Selection::Kind::AttributeValue ||
                     (kind == Selection::Kind::Theory && m_session.project().theories.size() > 1));
    }, wxID_DELETE);
    Bind(wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& event) { event.Enable(m_session.theory() != nullptr); },
         kIdAddIntervention, kIdAddLink);
}

void MainFrame::copySelection(bool cut) {
    if (wxTextEntry* text = focusedTextEntry()) {
        cut ? text->Cut() : text->Copy();
        return;
    }
    const Selection s = m_session.selection();
    const Theory* theory = m_session.theory();
    // A matrix cell stands for its node: copying a row copies the node.
    std::vector<std::string> ids = s.kind == Selection::Kind::Cell ? std::vector<std::string>{s.id} : s.nodeIds();
    if (ids.empty() || !theory) return;
    std::string text = copyNodes(m_session.project(), *theory, ids);
    if (text.empty()) return;
    wxClipboardLocker locker;
    if (!locker || !wxTheClipboard->SetData(new wxTextDataObject(wxs(text)))) {
        showError(_("The clipboard cannot be used right now."));
        return;
    }
    wxTheClipboard->Flush();  // the nodes stay on the clipboard after we quit
    if (cut)
        removeNodes(ids, ids.size() == 1 ? utf8(_("Cut node")) : utf8(wxString::Format(_("Cut %zu nodes"), ids.size())));
}

void MainFrame::removeNodes(const std::vector<std::string>& ids, const std::string& name) {
    // One undo step for all of them: a macro around one removeNode per node.
    std::string theoryId = m_session.theoryId();
    UndoStack::Macro macro = m_session.document().undoStack().macro(name);
    for (const std::string& id : ids)
        if (!m_session.push(edits::removeNode(m_session.project(), theoryId, id), utf8(_("The node cannot be deleted."))))
            break;
}

void MainFrame::paste() {
    if (wxTextEntry* text = focusedTextEntry()) {
        text->Paste();
        return;
    }
    wxString text;
    {
        wxClipboardLocker locker;
        wxTextDataObject data;
        if (!!locker && wxTheClipboard->IsSupported(wxDF_UNICODETEXT) && wxTheClipboard->GetData(data))
            text = data.GetText();
    }
    std::vector<std::string> added = pasteNodes(m_session.document(), m_session.theoryId(), utf8(text));
    if (added.empty()) {
        SetStatusText(_("The clipboard holds no nodes to paste."), 0);
        return;
    }
    m_session.select(Selection::nodes(m_session.theoryId(), added));
}

void MainFrame::deleteSelection() {
    const Selection s = m_session.selection();
    const Project& project = m_session.project();
    std::string theoryId = m_session.theoryId();
    switch (s.kind) {
        case Selection::Kind::Node:
            if (s.moreNodes.empty())
                m_session.push(edits::removeNode(project, theoryId, s.id), utf8(_("The node cannot be deleted.")));
            else
                removeNodes(s.nodeIds(), utf8(wxString::Format(_("Delete %zu nodes"), s.nodeIds().size())));
            break;
        case Selection::Kind::Source: deleteSource(s.id); break;
        case Selection::Kind::Theory: deleteTheory(s.id); break;
        case Selection::Kind::AttributeValue:
            // Like a cell's tick: Delete clears the value, the case stays.
            if (const Case* c = project.findCase(s.caseId); c && c->findValue(s.id))
                m_session.push(edits::setAttributeValue(project, s.caseId, s.id, ""), utf8(_("The value cannot be cleared.")));
            break;
        case Selection::Kind::Link:
            m_session.push(edits::removeLink(project, theoryId, s.id), utf8(_("The link cannot be deleted.")));
            break;
        case Selection::Kind::Cell:
            // Deleting a cell clears its tick; its quotes stay.
            m_session.push(edits::setVerdict(project, s.caseId, s.id, VerdictValue::NotAssessed),
                           utf8(_("The verdict cannot be cleared.")));
            break;
        case Selection::Kind::Case: deleteCase(s.caseId); break;
        default: break;
    }
}

std::string MainFrame::addNode(NodeKind kind, const std::string& label) {
    std::string theoryId = m_session.theoryId();
    Node node;
    node.kind = kind;
    node.label = label;
    edits::Edit edit = edits::addNode(m_session.project(), theoryId, node);
    std::string id = edit.newId();
    if (!m_session.push(std::move(edit), utf8(_("The node cannot be added.")))) return {};
    m_session.select(Selection::node(theoryId, id));
    return id;
}

void MainFrame::addNode(NodeKind kind) {
    if (!m_session.theory()) return;
    wxTextEntryDialog ask(this, _("Label:"), wxString::Format(_("Add %s"), kindName(kind).Lower()));
    if (ask.ShowModal() != wxID_OK) return;
    std::string label = utf8(ask.GetValue().Strip(wxString::both));
    if (!label.empty()) addNode(kind, label);
}

void MainFrame::addLinkByDialog() {
    const Theory* theory = m_session.theory();
    if (!theory || theory->nodes.size() < 2) {
        showError(_("A link needs two nodes: add them first."));
        return;
    }
    wxArrayString labels;
    for (const Node& node : theory->nodes) labels.Add(kindName(node.kind) + ": " + wxs(firstLine(node.label)));
    wxSingleChoiceDialog from(this, _("From:"), _("Add link"), labels);
    const Selection& s = m_session.selection();
    if (s.kind == Selection::Kind::Node) from.SetSelection(theory->nodeIndex(s.id));
    if (from.ShowModal() != wxID_OK) return;
    wxSingleChoiceDialog to(this, _("To:"), _("Add link"), labels);
    if (to.ShowModal() != wxID_OK) return;
    Link link;
    link.from = theory->nodes[static_cast<std::size_t>(from.GetSelection())].id;
    link.to = theory->nodes[static_cast<std::size_t>(to.GetSelection())].id;
    if (theory->findNode(link.from)->kind == NodeKind::Context && theory->findNode(link.to)->kind == NodeKind::Mechanism)
        link.kind = LinkKind::Enables;
    std::string theoryId = theory->id;
    edits::Edit edit = edits::addLink(m_session.project(), theoryId, link);
    std::string id = edit.newId();
    if (m_session.push(std::move(edit), utf8(_("These nodes cannot be linked."))))
        m_session.select(Selection::link(theoryId, id));
}

void MainFrame::addCaseByDialog() {
    wxTextEntryDialog ask(this, _("Name of the case:"), _("Add case"));
    if (ask.ShowModal() != wxID_OK) return;
    Case c;
    c.name = utf8(ask.GetValue().Strip(wxString::both));
    if (c.name.empty()) return;
    edits::Edit edit = edits::addCase(m_session.project(), c);
    std::string id = edit.newId();
    if (m_session.push(std::move(edit), utf8(_("The case cannot be added.")))) m_session.select(Selection::ofCase(id));
}

void MainFrame::showFind() {
    if (!m_find) m_find = new FindDialog(this, m_session);
    m_find->Show();
    m_find->Raise();
}

void MainFrame::togglePane(const wxString& name) {
    wxAuiPaneInfo& pane = m_aui.GetPane(name);
    if (!pane.IsOk()) return;
    pane.Show(!pane.IsShown());
    m_aui.Update();
}

void MainFrame::showAbout() {
    wxAboutDialogInfo info;
    info.SetName(_("Realist Workbench"));
    info.SetVersion(REALIST_VERSION);
    info.SetIcon(appIcon().GetIcon(FromDIP(wxSize(64, 64))));
    info.SetDescription(_("Reconstruct a policy theory as a context–mechanism–outcome graph, test it case by case "
                          "with evidence, and see where the theory breaks."));
    wxAboutBox(info, this);
}

void MainFrame::bindViewCommands() {
    const std::pair<int, const char*> panes[] = {{kIdViewOutline, "outline"}, {kIdViewDiagram, "diagram"},
                                                 {kIdViewMatrix, "matrix"},   {kIdViewInspector, "inspector"},
                                                 {kIdViewFindings, "findings"},  {kIdViewSources, "sources"}};
    for (const auto& [id, name] : panes) {
        wxString paneName = name;
        Bind(wxEVT_MENU, [this, paneName](wxCommandEvent&) { togglePane(paneName); }, id);
        Bind(wxEVT_UPDATE_UI, [this, paneName](wxUpdateUIEvent& event) {
            event.Check(m_aui.GetPane(paneName).IsShown());
        }, id);
    }
    Bind(wxEVT_MENU, [this](wxCommandEvent&) {
        m_aui.LoadPerspective(m_defaultPerspective, true);
    }, kIdResetLayout);
    auto language = [this](const wxString& preference) {
        setLanguagePreference(preference);
        wxMessageBox(_("The language changes when Realist Workbench starts again."), _("Language"),
                     wxOK | wxICON_INFORMATION, this);
    };
    Bind(wxEVT_MENU, [language](wxCommandEvent&) { language(wxString()); }, kIdLanguageSystem);
    Bind(wxEVT_MENU, [language](wxCommandEvent&) { language("en"); }, kIdLanguageEnglish);
    Bind(wxEVT_MENU, [language](wxCommandEvent&) { language("nl"); }, kIdLanguageDutch);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { showAbout(); }, wxID_ABOUT);
}

}  // namespace rw::gui
