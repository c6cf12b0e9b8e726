#pragma once
// The editor window: the panes in a wxAUI layout that is remembered between runs, the menus and
// toolbar, and the file commands that never lose work (prompts, atomic saves, autosave to a
// recovery file, a check for changes made on disk by someone else).

#include <memory>
#include <string>

#include <wx/aui/aui.h>
#include <wx/filehistory.h>
#include <wx/frame.h>
#include <wx/timer.h>

#include "app/document/editor_session.h"
#include "app/document/recovery_store.h"
#include "app/document/serial_worker.h"
#include "app/gui/document_layer.h"
#include "model/core/kinds.h"
#include "model/plugins/plugin_api.h"

namespace rw::gui {

class OutlinePane;
class AnalysisPane;
class MatrixPane;
class InspectorPane;
class FindingsPane;
class DiagramPane;
class FindDialog;
class SourcesPane;

struct EditorOptions {
    std::string executableDir;    // to find templates and translations beside the binary
    std::string recoveryDir;      // where autosaves go
    int autosaveDelayMs = 4000;   // idle time after an edit before the autosave
    SerialWorker* graphviz = nullptr;  // the process's one Graphviz thread (required)
};

class MainFrame : public wxFrame {
public:
    explicit MainFrame(const EditorOptions& options);
    ~MainFrame() override;

    // Opens a file, asking first about unsaved changes. Returns true when it was opened.
    bool openFile(const wxString& path);
    // Loads a file without asking; shows a dialog and returns false when it cannot be read.
    bool loadFile(const wxString& path);
    // Saves to the document's file (asks for a name when there is none). Returns true on success.
    bool save();
    // Saves under `path` and makes it the document's file. Returns true on success.
    bool saveAs(const wxString& path);
    // Starts an untitled project from the template file at `path`; asks about unsaved changes.
    bool newFromTemplate(const wxString& path);
    // Asks whether to save unsaved changes; returns false when the user cancelled.
    bool confirmDiscard();
    // Offers the autosaved copies left by a crashed session; returns true when one was opened.
    bool offerRecovery();
    // Writes the recovery file now if there are unsaved changes (what the idle timer does).
    bool autosaveNow();
    // Returns the recovery file of this window (it exists only while there are unsaved changes).
    std::string recoveryFile() const;
    // Asks for a label and adds a node of `kind` to the theory shown.
    void addNode(NodeKind kind);
    // Adds a node with this label without asking; returns its id or "".
    std::string addNode(NodeKind kind, const std::string& label);
    // Deletes the selected node(s), link, case, source or theory (asking first for the last three).
    void deleteSelection();
    // Adds a copy of the selected (or shown) theory and shows it; returns its id or "".
    std::string duplicateTheory();
    // Opens the dialog that edits the attribute definitions and message categories.
    void showAttributesDialog();
    // Writes the evidence matrix of the theory shown as "csv", "md" or "html". Returns success.
    bool exportMatrixTo(const wxString& path, const std::string& format);
    // Renders the diagram as shown ("svg", "png", "pdf") on the Graphviz worker, then writes it.
    void exportDiagramTo(const wxString& path, const std::string& format);
    // Writes the theory shown as a REFI-QDA project (.qdpx) with the qdpx exporter plugin and shows
    // what it left out. Returns success.
    bool exportQdpxTo(const wxString& path);
    // Imports a file with the named importer on a worker thread behind a progress dialog and
    // applies it as one undo step; shows the error or the notes. Returns true when imported.
    bool importFile(const std::string& importerName, ImportRequest request);
    // Opens the Sources pane on the source a quote cites, with the quote selected.
    bool showEvidenceInSource(const std::string& caseId, const std::string& evidenceId);
    // Shows an error in a dialog: the one place where failures meet the user.
    void showError(const wxString& message);

    EditorSession& session() { return m_session; }
    OutlinePane* outline() const { return m_outline; }
    MatrixPane* matrix() const { return m_matrix; }
    InspectorPane* inspector() const { return m_inspector; }
    FindingsPane* findings() const { return m_findings; }
    DiagramPane* diagram() const { return m_diagram; }
    AnalysisPane* analysis() const { return m_analysis; }
    SourcesPane* sources() const { return m_sources; }
    wxAuiManager& aui() { return m_aui; }

private:
    void createMenus();
    void createToolBar();
    void createPanes();
    void restoreLayout();
    void saveLayout();
    void updateTitle();
    void updateUndoLabels();
    void onDocumentState();
    void onClose(wxCloseEvent& event);
    void onActivate(wxActivateEvent& event);
    void onAutosaveTimer(wxTimerEvent& event);
    // Writes the recovery copy on the autosave thread; autosaved() is told how it went.
    void autosaveInBackground();
    void autosaved(const WriteResult& written);
    // Removes the recovery copy, once no autosave is writing it.
    void discardRecovery();
    void bindFileCommands();
    void bindEditCommands();
    void bindViewCommands();
    wxMenu* createImportMenu();
    void bindImportCommands();
    void chooseFileToImport(std::size_t importerIndex);
    void chooseTemplate();
    void chooseFileToOpen();
    bool chooseFileToSaveAs();
    void revert();
    void exportMatrix(int format);
    void exportDiagram(const std::string& format);
    void exportReport();
    void exportQdpx();
    bool writeExport(const wxString& path, const std::string& content);
    void togglePane(const wxString& name);
    void copySelection(bool cut);
    // Removes several nodes of the theory shown as one undo step named `name`.
    void removeNodes(const std::vector<std::string>& ids, const std::string& name);
    void paste();
    void addLinkByDialog();
    void addCaseByDialog();
    wxMenu* createProjectMenu();
    void bindProjectCommands();
    void addTheoryByDialog();
    void deleteTheory(const std::string& theoryId);
    void addSourceByDialog();
    void deleteSource(const std::string& sourceId);
    void deleteCase(const std::string& caseId);
    // The theory a theory command acts on: the selected one, else the one shown.
    std::string targetTheoryId() const;
    void showFind();
    void showAbout();
    bool checkDiskBeforeSave();

    EditorOptions m_options;
    EditorSession m_session;
    wxAuiManager m_aui;
    wxFileHistory m_history;
    wxMenu* m_editMenu = nullptr;
    RecoveryStore m_recovery;
    std::string m_recoverySlot;
    bool m_recoveryWritten = false;
    // Writes the recovery copy off the UI thread (a big project takes half a second to write);
    // after m_recovery, so that it stops first.
    SerialWorker m_autosaver;
    wxTimer m_autosaveTimer;
    bool m_checkingDisk = false;
    DiskStamp m_askedStamp;  // the disk version we last offered to reload
    OutlinePane* m_outline = nullptr;
    MatrixPane* m_matrix = nullptr;
    InspectorPane* m_inspector = nullptr;
    FindingsPane* m_findings = nullptr;
    DiagramPane* m_diagram = nullptr;
    AnalysisPane* m_analysis = nullptr;
    SourcesPane* m_sources = nullptr;
    FindDialog* m_find = nullptr;
    wxString m_defaultPerspective;
    // Read on the UI thread by results coming back from the worker; nulled when we go away.
    std::shared_ptr<MainFrame*> m_alive = std::make_shared<MainFrame*>(this);
};

}  // namespace rw::gui
