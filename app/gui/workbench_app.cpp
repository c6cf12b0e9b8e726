#include "app/gui/workbench_app.h"

#include <exception>

#include <wx/cmdline.h>
#include <wx/config.h>
#include <wx/filename.h>
#include <wx/intl.h>
#include <wx/msgdlg.h>
#include <wx/stdpaths.h>

#include "app/document/resource_paths.h"
#include "app/gui/app_language.h"
#include "app/gui/document_layer.h"
#include "app/gui/main_frame.h"
#include "app/gui/wx_strings.h"

namespace rw::gui {

void WorkbenchApp::OnInitCmdLine(wxCmdLineParser& parser) {
    wxApp::OnInitCmdLine(parser);
    parser.AddParam("FILE", wxCMD_LINE_VAL_STRING, wxCMD_LINE_PARAM_OPTIONAL);
}

bool WorkbenchApp::OnCmdLineParsed(wxCmdLineParser& parser) {
    if (parser.GetParamCount() > 0) m_file = parser.GetParam(0);
    return wxApp::OnCmdLineParsed(parser);
}

bool WorkbenchApp::OnInit() {
    SetAppName("realist-workbench");
    SetAppDisplayName("Realist Workbench");
    useUtf8CharacterSet();
    if (!wxApp::OnInit()) return false;
    // Settings in the XDG config folder (~/.config/realist-workbench.conf).
    wxStandardPaths::Get().SetFileLayout(wxStandardPaths::FileLayout_XDG);
    wxConfigBase::Set(new wxConfig("realist-workbench"));

    std::string executableDir = utf8(wxFileName(wxStandardPaths::Get().GetExecutablePath()).GetPath());
    setUpTranslations(languagePreference(), localeDirectories(executableDir));

    m_graphviz = std::make_unique<SerialWorker>();
    EditorOptions options;
    options.executableDir = executableDir;
    wxString dataDir = wxStandardPaths::Get().GetUserLocalDataDir();  // ~/.local/share/realist-workbench
    options.recoveryDir = utf8(dataDir + "/recovery");
    options.graphviz = m_graphviz.get();

    auto* frame = new MainFrame(options);
    frame->Show();
    bool recovered = frame->offerRecovery();
    if (!recovered && !m_file.empty()) frame->loadFile(m_file);
    return true;
}

int WorkbenchApp::OnExit() {
    m_graphviz.reset();  // joins the worker once every window is gone
    delete wxConfigBase::Set(nullptr);
    return wxApp::OnExit();
}

bool WorkbenchApp::OnExceptionInMainLoop() {
    try {
        throw;
    } catch (const std::exception& error) {
        wxMessageBox(wxString::Format(_("Something went wrong: %s\n\nPlease save your work under a new name."),
                                      wxs(error.what())),
                     _("Realist Workbench"), wxOK | wxICON_ERROR);
    } catch (...) {
        wxMessageBox(_("Something went wrong.\n\nPlease save your work under a new name."), _("Realist Workbench"),
                     wxOK | wxICON_ERROR);
    }
    return true;  // keep running: the autosave and the user's work are still there
}

}  // namespace rw::gui
