#include "app/gui/main_frame.h"

#include <filesystem>

#include <wx/app.h>
#include <wx/artprov.h>
#include <wx/config.h>
#include <wx/intl.h>
#include <wx/menu.h>
#include <wx/msgdlg.h>
#include <wx/statusbr.h>
#include <wx/toolbar.h>

#include "app/gui/analysis_pane.h"
#include "app/gui/app_icon.h"
#include "app/gui/app_language.h"
#include "app/gui/command_ids.h"
#include "app/gui/diagram_pane.h"
#include "app/gui/find_dialog.h"
#include "app/gui/findings_pane.h"
#include "app/gui/inspector_pane.h"
#include "app/gui/matrix_pane.h"
#include "app/gui/outline_pane.h"
#include "app/gui/sources_pane.h"
#include "app/gui/wx_strings.h"
#include "model/format/xml_reader.h"

namespace rw::gui {

MainFrame::MainFrame(const EditorOptions& options)
    : wxFrame(nullptr, wxID_ANY, _("Realist Workbench"), wxDefaultPosition, wxSize(1500, 940)),
      m_options(options),
      m_history(9),
      m_recovery(options.recoveryDir),
      m_autosaveTimer(this) {
    SetName("realist-workbench");
    wxIconBundle icons;
    for (int size : {16, 32, 48, 64, 128}) icons.AddIcon(appIcon().GetIcon(wxSize(size, size)));
    SetIcons(icons);
    m_recoverySlot = m_recovery.newSlot();
    m_session.setErrorSink([this](const std::string& message) {
        // Reported from inside widget callbacks (a grid editor closing): show it afterwards.
        CallAfter([this, message] { showError(wxs(message)); });
    });
    CreateStatusBar(2);
    int widths[] = {-1, FromDIP(260)};
    GetStatusBar()->SetStatusWidths(2, widths);
    createMenus();
    createToolBar();
    createPanes();
    restoreLayout();
    bindFileCommands();
    bindEditCommands();
    bindProjectCommands();
    bindViewCommands();
    bindImportCommands();

    m_session.document().setStateListener([this] { onDocumentState(); });
    m_session.document().addListener([this](const Change&) {
        // Every edit restarts the idle clock; the autosave comes once the user pauses.
        if (m_session.document().isDirty()) m_autosaveTimer.StartOnce(m_options.autosaveDelayMs);
    });
    Bind(wxEVT_CLOSE_WINDOW, &MainFrame::onClose, this);
    Bind(wxEVT_ACTIVATE, &MainFrame::onActivate, this);
    Bind(wxEVT_TIMER, &MainFrame::onAutosaveTimer, this, m_autosaveTimer.GetId());
    updateTitle();
    updateUndoLabels();
}

MainFrame::~MainFrame() {
    *m_alive = nullptr;
    m_autosaveTimer.Stop();
    m_session.document().setStateListener({});
    m_aui.UnInit();
    // The panes listen to the session, which is a member: they must go first.
    DestroyChildren();
}

void MainFrame::createMenus() {
    auto* file = new wxMenu;
    file->Append(wxID_NEW, _("&New from Template…\tCtrl+N"));
    file->Append(wxID_OPEN, _("&Open…\tCtrl+O"));
    auto* recent = new wxMenu;
    file->AppendSubMenu(recent, _("Open &Recent"));
    m_history.UseMenu(recent);
    if (wxConfigBase* config = wxConfigBase::Get()) {
        config->SetPath("/RecentFiles");
        m_history.Load(*config);
        config->SetPath("/");
    }
    file->AppendSeparator();
    file->Append(wxID_SAVE, _("&Save\tCtrl+S"));
    file->Append(wxID_SAVEAS, _("Save &As…\tCtrl+Shift+S"));
    file->Append(wxID_REVERT, _("Re&vert to Saved"));
    file->AppendSeparator();
    auto* exports = new wxMenu;
    exports->Append(kIdExportSvg, _("Diagram as &SVG…"));
    exports->Append(kIdExportPng, _("Diagram as &PNG…"));
    exports->Append(kIdExportPdf, _("Diagram as P&DF…"));
    exports->AppendSeparator();
    exports->Append(kIdExportCsv, _("Matrix as &CSV…"));
    exports->Append(kIdExportMarkdown, _("Matrix as &Markdown…"));
    exports->Append(kIdExportHtmlMatrix, _("Matrix as &HTML…"));
    exports->AppendSeparator();
    exports->Append(kIdExportReport, _("&Report (HTML)…"));
    exports->AppendSeparator();
    exports->Append(kIdExportQdpx, _("REFI-&QDA…"), _("A project for NVivo, ATLAS.ti and MAXQDA (.qdpx)"));
    file->AppendSubMenu(createImportMenu(), _("&Import"));
    file->AppendSubMenu(exports, _("&Export"));
    file->AppendSeparator();
    file->Append(wxID_EXIT, _("&Quit\tCtrl+Q"));

    m_editMenu = new wxMenu;
    m_editMenu->Append(wxID_UNDO, _("&Undo\tCtrl+Z"));
    m_editMenu->Append(wxID_REDO, _("&Redo\tCtrl+Shift+Z"));
    m_editMenu->AppendSeparator();
    m_editMenu->Append(wxID_CUT, _("Cu&t\tCtrl+X"));
    m_editMenu->Append(wxID_COPY, _("&Copy\tCtrl+C"));
    m_editMenu->Append(wxID_PASTE, _("&Paste\tCtrl+V"));
    // No bare Delete accelerator: it would take the key away from text fields and the grid.
    m_editMenu->Append(wxID_DELETE, _("&Delete"));
    m_editMenu->AppendSeparator();
    m_editMenu->Append(wxID_FIND, _("&Find…\tCtrl+F"));
    m_editMenu->AppendSeparator();
    auto* add = new wxMenu;
    add->Append(kIdAddIntervention, _("&Intervention…\tCtrl+1"));
    add->Append(kIdAddContext, _("&Context…\tCtrl+2"));
    add->Append(kIdAddMechanism, _("&Mechanism…\tCtrl+3"));
    add->Append(kIdAddOutcome, _("&Outcome…\tCtrl+4"));
    add->Append(kIdAddSideEffect, _("&Side effect…\tCtrl+5"));
    m_editMenu->AppendSubMenu(add, _("Add &Node"));
    m_editMenu->Append(kIdAddLink, _("Add &Link…\tCtrl+L"));
    m_editMenu->Append(kIdAddCase, _("Add C&ase…"));

    auto* view = new wxMenu;
    view->AppendCheckItem(kIdViewOutline, _("&Outline"));
    view->AppendCheckItem(kIdViewDiagram, _("&Diagram"));
    view->AppendCheckItem(kIdViewMatrix, _("Evidence &Matrix"));
    view->AppendCheckItem(kIdViewInspector, _("&Inspector"));
    view->AppendCheckItem(kIdViewFindings, _("&Findings"));
    view->AppendCheckItem(kIdViewSources, _("&Sources"));
    view->AppendCheckItem(kIdViewAnalysis, _("&Analysis\tCtrl+Shift+A"));
    view->AppendSeparator();
    view->Append(kIdResetLayout, _("&Reset Layout"));
    view->AppendSeparator();
    auto* language = new wxMenu;
    language->AppendRadioItem(kIdLanguageSystem, _("System Default"));
    language->AppendRadioItem(kIdLanguageEnglish, "English");
    language->AppendRadioItem(kIdLanguageDutch, "Nederlands");
    wxString preference = languagePreference();
    language->Check(preference == "en" ? kIdLanguageEnglish : preference == "nl" ? kIdLanguageDutch : kIdLanguageSystem,
                    true);
    view->AppendSubMenu(language, _("&Language"));

    auto* help = new wxMenu;
    help->Append(wxID_ABOUT, _("&About Realist Workbench"));

    auto* bar = new wxMenuBar;
    bar->Append(file, _("&File"));
    bar->Append(m_editMenu, _("&Edit"));
    bar->Append(createProjectMenu(), _("&Project"));
    bar->Append(view, _("&View"));
    bar->Append(help, _("&Help"));
    SetMenuBar(bar);
}

void MainFrame::createToolBar() {
    wxToolBar* tools = CreateToolBar(wxTB_HORIZONTAL | wxTB_FLAT | wxTB_HORZ_TEXT);
    wxSize size = FromDIP(wxSize(16, 16));
    auto art = [size](const wxArtID& id) { return wxArtProvider::GetBitmapBundle(id, wxART_TOOLBAR, size); };
    tools->AddTool(wxID_NEW, _("New"), art(wxART_NEW), _("New project from a template"));
    tools->AddTool(wxID_OPEN, _("Open"), art(wxART_FILE_OPEN), _("Open a project"));
    tools->AddTool(wxID_SAVE, _("Save"), art(wxART_FILE_SAVE), _("Save the project"));
    tools->AddSeparator();
    tools->AddTool(wxID_UNDO, _("Undo"), art(wxART_UNDO), _("Undo"));
    tools->AddTool(wxID_REDO, _("Redo"), art(wxART_REDO), _("Redo"));
    tools->AddSeparator();
    tools->AddTool(kIdAddMechanism, _("Mechanism"), art(wxART_PLUS), _("Add a mechanism"));
    tools->AddTool(kIdAddOutcome, _("Outcome"), art(wxART_PLUS), _("Add an outcome"));
    tools->AddTool(kIdAddLink, _("Link"), art(wxART_GO_FORWARD), _("Link two nodes"));
    tools->AddSeparator();
    tools->AddTool(wxID_FIND, _("Find"), art(wxART_FIND), _("Find in labels, descriptions and quotes"));
    tools->Realize();
}

void MainFrame::createPanes() {
    m_aui.SetManagedWindow(this);
    m_outline = new OutlinePane(this, m_session);
    m_diagram = new DiagramPane(this, m_session, *m_options.graphviz);
    m_matrix = new MatrixPane(this, m_session);
    m_inspector = new InspectorPane(this, m_session);
    m_findings = new FindingsPane(this, m_session);
    m_sources = new SourcesPane(this, m_session);
    m_aui.AddPane(m_diagram, wxAuiPaneInfo().Name("diagram").Caption(_("Diagram")).CenterPane().PaneBorder(false));
    m_aui.AddPane(m_outline, wxAuiPaneInfo().Name("outline").Caption(_("Outline")).Left().Layer(1)
                                 .BestSize(FromDIP(wxSize(250, 400))).MinSize(FromDIP(wxSize(160, 120))).CloseButton(true));
    m_aui.AddPane(m_inspector, wxAuiPaneInfo().Name("inspector").Caption(_("Inspector")).Right().Layer(1)
                                   .BestSize(FromDIP(wxSize(380, 400))).MinSize(FromDIP(wxSize(240, 120))));
    m_aui.AddPane(m_matrix, wxAuiPaneInfo().Name("matrix").Caption(_("Evidence Matrix")).Bottom().Layer(2).Row(0)
                                .Position(0).BestSize(FromDIP(wxSize(980, 380))).MinSize(FromDIP(wxSize(300, 150))));
    m_aui.AddPane(m_findings, wxAuiPaneInfo().Name("findings").Caption(_("Findings")).Bottom().Layer(2).Row(0)
                                  .Position(1).BestSize(FromDIP(wxSize(560, 380))).MinSize(FromDIP(wxSize(240, 120))));
    // Hidden at first, so that the matrix has the width of the window; View ▸ Sources or a
    // quote's Show button brings it up.
    m_aui.AddPane(m_sources, wxAuiPaneInfo().Name("sources").Caption(_("Sources")).Bottom().Layer(2).Row(0)
                                 .Position(2).BestSize(FromDIP(wxSize(640, 380))).MinSize(FromDIP(wxSize(300, 120)))
                                 .Hide());
    // Hidden at first: it needs room, and it is opened when the question is cross-case.
    m_analysis = new AnalysisPane(this, m_session);
    m_aui.AddPane(m_analysis, wxAuiPaneInfo().Name("analysis").Caption(_("Analysis")).Right().Layer(2)
                                  .BestSize(FromDIP(wxSize(820, 600))).MinSize(FromDIP(wxSize(420, 240))).Hide());
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { togglePane("analysis"); }, kIdViewAnalysis);
    Bind(wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& event) { event.Check(m_aui.GetPane("analysis").IsShown()); },
         kIdViewAnalysis);
    m_defaultPerspective = m_aui.SavePerspective();
    m_aui.Update();
}

void MainFrame::restoreLayout() {
    wxConfigBase* config = wxConfigBase::Get();
    if (!config) return;
    int x = config->ReadLong("/Window/X", -1), y = config->ReadLong("/Window/Y", -1);
    int w = config->ReadLong("/Window/Width", -1), h = config->ReadLong("/Window/Height", -1);
    if (w > 200 && h > 200) {
        SetSize(x, y, w, h);
    } else {
        // First start: most of the screen, since four panes need the room.
        wxRect display = wxGetClientDisplayRect();
        SetSize(display.x, display.y, display.width, display.height);
    }
    if (config->ReadBool("/Window/Maximized", false)) Maximize();
    wxString perspective = config->Read("/Window/Perspective", wxString());
    if (!perspective.empty() && m_aui.LoadPerspective(perspective, false)) {
        // A saved perspective carries captions in the language of its day; use today's.
        m_aui.GetPane("diagram").Caption(_("Diagram"));
        m_aui.GetPane("outline").Caption(_("Outline"));
        m_aui.GetPane("inspector").Caption(_("Inspector"));
        m_aui.GetPane("matrix").Caption(_("Evidence Matrix"));
        m_aui.GetPane("findings").Caption(_("Findings"));
        m_aui.GetPane("analysis").Caption(_("Analysis"));
        m_aui.GetPane("sources").Caption(_("Sources"));
        m_aui.GetPane("diagram").Show();  // the centre pane cannot be brought back otherwise
    }
    m_aui.Update();
}

void MainFrame::saveLayout() {
    wxConfigBase* config = wxConfigBase::Get();
    if (!config) return;
    config->Write("/Window/Perspective", m_aui.SavePerspective());
    config->Write("/Window/Maximized", IsMaximized());
    if (!IsMaximized() && !IsIconized()) {
        wxRect rect = GetRect();
        config->Write("/Window/X", rect.x);
        config->Write("/Window/Y", rect.y);
        config->Write("/Window/Width", rect.width);
        config->Write("/Window/Height", rect.height);
    }
    config->SetPath("/RecentFiles");
    m_history.Save(*config);
    config->SetPath("/");
    config->Flush();
}

void MainFrame::updateTitle() {
    const Document& document = m_session.document();
    wxString name = document.path().empty() ? _("Untitled") : wxs(document.fileName());
    SetTitle((document.isDirty() ? "*" : "") + name + wxString::FromUTF8(" \u2014 ") + _("Realist Workbench"));
}

void MainFrame::updateUndoLabels() {
    const UndoStack& undo = m_session.document().undoStack();
    // An ampersand in a node's label would become a mnemonic: double it.
    auto escaped = [](const std::string& text) {
        wxString label = wxs(text);
        label.Replace("&", "&&");
        return label;
    };
    wxString undoText = undo.canUndo() ? wxString::Format(_("&Undo %s"), escaped(undo.undoText())) : _("&Undo");
    wxString redoText = undo.canRedo() ? wxString::Format(_("&Redo %s"), escaped(undo.redoText())) : _("&Redo");
    m_editMenu->SetLabel(wxID_UNDO, undoText + "\tCtrl+Z");
    m_editMenu->SetLabel(wxID_REDO, redoText + "\tCtrl+Shift+Z");
    m_editMenu->Enable(wxID_UNDO, undo.canUndo());
    m_editMenu->Enable(wxID_REDO, undo.canRedo());
    if (wxToolBar* tools = GetToolBar()) {
        tools->EnableTool(wxID_UNDO, undo.canUndo());
        tools->EnableTool(wxID_REDO, undo.canRedo());
        tools->SetToolShortHelp(wxID_UNDO, undoText);
    }
}

void MainFrame::onDocumentState() {
    updateTitle();
    updateUndoLabels();
    if (!m_session.document().isDirty() && m_recoveryWritten) {
        // Saved (or undone back to the saved state): the recovery copy has nothing to add.
        discardRecovery();
    }
}

std::string MainFrame::recoveryFile() const { return m_recovery.projectPath(m_recoverySlot); }

bool MainFrame::autosaveNow() {
    if (!m_session.document().isDirty()) return false;
    m_autosaver.drain();  // one writer of the recovery copy at a time
    WriteResult written = m_recovery.write(m_recoverySlot, m_session.project(), m_session.document().path());
    autosaved(written);
    return static_cast<bool>(written);
}

void MainFrame::autosaveInBackground() {
    if (!m_session.document().isDirty()) return;
    std::shared_ptr<SnapshotSource> source = m_session.snapshots();
    std::shared_ptr<MainFrame*> alive = m_alive;
    m_autosaver.post([this, source, alive, path = m_session.document().path()] {
        std::shared_ptr<const Project> project = source->current();  // copied here, not on the UI thread
        if (!project) return;
        WriteResult written = m_recovery.write(m_recoverySlot, *project, path);
        wxTheApp->CallAfter([alive, written] {
            if (MainFrame* frame = *alive) frame->autosaved(written);
        });
    }, [alive](const std::string& what) {
        wxTheApp->CallAfter([alive, what] {
            if (MainFrame* frame = *alive) frame->autosaved(WriteResult{what});
        });
    });
}

void MainFrame::autosaved(const WriteResult& written) {
    if (!written) {
        // Never a dialog from a timer: the user may be typing. The status bar says it.
        SetStatusText(wxString::Format(_("Autosave failed: %s"), wxs(written.error)), 0);
        return;
    }
    m_recoveryWritten = true;
    if (!m_session.document().isDirty()) {  // saved while the copy was being written
        discardRecovery();
        return;
    }
    SetStatusText(wxString::Format(_("Unsaved changes kept safe at %s"), wxDateTime::Now().FormatISOTime()), 1);
}

void MainFrame::discardRecovery() {
    m_autosaver.drain();
    m_recovery.discard(m_recoverySlot);
    m_recoveryWritten = false;
}

void MainFrame::onAutosaveTimer(wxTimerEvent&) { autosaveInBackground(); }

bool MainFrame::offerRecovery() {
    std::vector<RecoveryEntry> entries = m_recovery.orphans();
    bool recovered = false;
    for (auto it = entries.rbegin(); it != entries.rend(); ++it) {
        const RecoveryEntry& entry = *it;
        wxString what = entry.originalPath.empty() ? _("an untitled project")
                                                   : wxString::Format(_("“%s”"), wxs(entry.originalPath));
        wxMessageDialog ask(this,
                            wxString::Format(_("Realist Workbench was not closed properly. Unsaved changes to %s "
                                               "were kept at %s.\n\nDo you want to recover them?"),
                                             what, wxs(entry.savedAt)),
                            _("Recover unsaved changes"), wxYES_NO | wxCANCEL | wxICON_QUESTION);
        ask.SetYesNoCancelLabels(_("&Recover"), _("&Discard"), _("&Later"));
        int answer = ask.ShowModal();
        if (answer == wxID_CANCEL) continue;
        if (answer == wxID_NO) {
            m_recovery.discard(entry.slot);
            continue;
        }
        if (recovered) continue;  // one window shows one project; the others wait for later
        LoadResult loaded = loadProject(entry.projectPath);
        if (!loaded) {
            showError(wxString::Format(_("The recovery file cannot be read:\n%s"), wxs(loaded.error.toString())));
            continue;
        }
        m_session.document().replace(std::move(*loaded.project), entry.originalPath, true);
        // Keep it safe in our own slot before letting go of the old one.
        autosaveNow();
        m_recovery.discard(entry.slot);
        recovered = true;
    }
    return recovered;
}

void MainFrame::onClose(wxCloseEvent& event) {
    if (event.CanVeto() && !confirmDiscard()) {
        event.Veto();
        return;
    }
    m_autosaveTimer.Stop();
    saveLayout();
    if (m_find) m_find->Destroy();
    m_find = nullptr;
    // A clean close leaves no recovery file behind: only a crash does.
    discardRecovery();
    Destroy();
}

void MainFrame::onActivate(wxActivateEvent& event) {
    event.Skip();
    if (!event.GetActive() || m_checkingDisk) return;
    const Document& document = m_session.document();
    if (document.path().empty() || document.isDirty() || !document.changedOnDisk()) return;
    DiskStamp now = DiskStamp::of(document.path());
    if (now == m_askedStamp) return;  // asked about this very version already
    m_checkingDisk = true;
    m_askedStamp = now;
    CallAfter([this] {
        Document& doc = m_session.document();
        if (!doc.isDirty() && doc.changedOnDisk()) {
            int answer = wxMessageBox(wxString::Format(_("“%s” was changed by another program. Reload it?"),
                                                       wxs(doc.fileName())),
                                      _("File changed on disk"), wxYES_NO | wxICON_QUESTION, this);
            // Keeping our version still warns again before a save would overwrite theirs.
            if (answer == wxYES) loadFile(wxs(doc.path()));
        }
        m_checkingDisk = false;
    });
}

void MainFrame::showError(const wxString& message) {
    wxMessageDialog dialog(this, message, _("Realist Workbench"), wxOK | wxICON_ERROR);
    dialog.ShowModal();
}

}  // namespace rw::gui
