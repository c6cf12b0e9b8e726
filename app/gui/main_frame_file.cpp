// MainFrame: the File menu — new, open, save, revert, export.
#include <filesystem>

#include <wx/app.h>
#include <wx/choicdlg.h>
#include <wx/filedlg.h>
#include <wx/intl.h>
#include <wx/msgdlg.h>

#include "app/document/editor_plugins.h"
#include "app/document/isolated_graphviz.h"
#include "app/document/resource_paths.h"
#include "app/gui/command_ids.h"
#include "app/gui/diagram_pane.h"
#include "app/gui/document_layer.h"
#include "app/gui/main_frame.h"
#include "app/gui/wx_strings.h"
#include "model/format/templates.h"
#include "model/format/xml_reader.h"
#include "model/output/diagram.h"
#include "model/output/report.h"

namespace rw::gui {
namespace {

const wxString kProjectWildcard() { return _("Realist projects (*.realist)|*.realist|All files (*)|*"); }

}  // namespace

void MainFrame::bindFileCommands() {
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { chooseTemplate(); }, wxID_NEW);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { chooseFileToOpen(); }, wxID_OPEN);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { save(); }, wxID_SAVE);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { chooseFileToSaveAs(); }, wxID_SAVEAS);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { revert(); }, wxID_REVERT);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { Close(); }, wxID_EXIT);
    Bind(wxEVT_MENU, [this](wxCommandEvent& event) {
        wxString path = m_history.GetHistoryFile(static_cast<size_t>(event.GetId() - wxID_FILE1));
        if (!openFile(path)) m_history.RemoveFileFromHistory(static_cast<size_t>(event.GetId() - wxID_FILE1));
    }, wxID_FILE1, wxID_FILE9);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { exportMatrix(kIdExportCsv); }, kIdExportCsv);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { exportMatrix(kIdExportMarkdown); }, kIdExportMarkdown);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { exportMatrix(kIdExportHtmlMatrix); }, kIdExportHtmlMatrix);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { exportDiagram("svg"); }, kIdExportSvg);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { exportDiagram("png"); }, kIdExportPng);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { exportDiagram("pdf"); }, kIdExportPdf);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { exportReport(); }, kIdExportReport);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { exportQdpx(); }, kIdExportQdpx);
    Bind(wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& event) { event.Enable(m_session.theory() != nullptr); }, kIdExportQdpx);
    Bind(wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& event) {
        event.Enable(!m_session.document().path().empty() && m_session.document().isDirty());
    }, wxID_REVERT);
}

bool MainFrame::confirmDiscard() {
    Document& document = m_session.document();
    if (!document.isDirty()) return true;
    wxString name = document.path().empty() ? _("Untitled") : wxs(document.fileName());
    wxMessageDialog ask(this, wxString::Format(_("Save the changes to “%s” first?"), name), _("Unsaved changes"),
                        wxYES_NO | wxCANCEL | wxICON_WARNING);
    ask.SetYesNoCancelLabels(_("&Save"), _("&Don't Save"), _("&Cancel"));
    switch (ask.ShowModal()) {
        case wxID_YES: return save();
        case wxID_NO: return true;
        default: return false;
    }
}

bool MainFrame::loadFile(const wxString& path) {
    std::string error;
    if (!m_session.document().open(utf8(path), error)) {
        showError(wxString::Format(_("The project cannot be opened:\n%s"), wxs(error)));
        return false;
    }
    m_history.AddFileToHistory(wxs(m_session.document().path()));
    m_askedStamp = DiskStamp{};
    SetStatusText(wxString::Format(_("Opened %s"), wxs(m_session.document().path())), 0);
    return true;
}

bool MainFrame::openFile(const wxString& path) {
    if (!confirmDiscard()) return false;
    return loadFile(path);
}

void MainFrame::chooseFileToOpen() {
    if (!confirmDiscard()) return;
    wxFileDialog dialog(this, _("Open a project"), wxString(), wxString(), kProjectWildcard(),
                        wxFD_OPEN | wxFD_FILE_MUST_EXIST);
    if (dialog.ShowModal() == wxID_OK) loadFile(dialog.GetPath());
}

bool MainFrame::checkDiskBeforeSave() {
    Document& document = m_session.document();
    if (!document.changedOnDisk()) return true;
    wxMessageDialog ask(this,
                        wxString::Format(_("“%s” was changed on disk by another program since you opened it. "
                                           "Saving now would overwrite those changes."),
                                         wxs(document.fileName())),
                        _("File changed on disk"), wxYES_NO | wxCANCEL | wxICON_WARNING);
    ask.SetYesNoCancelLabels(_("&Overwrite"), _("Save &As…"), _("&Cancel"));
    switch (ask.ShowModal()) {
        case wxID_YES: return true;
        case wxID_NO: chooseFileToSaveAs(); return false;
        default: return false;
    }
}

bool MainFrame::save() {
    Document& document = m_session.document();
    if (document.path().empty()) return chooseFileToSaveAs();
    if (!checkDiskBeforeSave()) return false;
    WriteResult result = document.save();
    if (!result) {
        showError(wxString::Format(_("The project was not saved:\n%s\n\nYour changes are still here."), wxs(result.error)));
        return false;
    }
    SetStatusText(wxString::Format(_("Saved %s"), wxs(document.path())), 0);
    return true;
}

bool MainFrame::saveAs(const wxString& path) {
    std::string target = utf8(path);
    if (!target.ends_with(".realist") && std::filesystem::path(target).extension().empty()) target += ".realist";
    WriteResult result = m_session.document().saveAs(target);
    if (!result) {
        showError(wxString::Format(_("The project was not saved:\n%s\n\nYour changes are still here."), wxs(result.error)));
        return false;
    }
    m_history.AddFileToHistory(wxs(m_session.document().path()));
    SetStatusText(wxString::Format(_("Saved %s"), wxs(m_session.document().path())), 0);
    return true;
}

bool MainFrame::chooseFileToSaveAs() {
    const Document& document = m_session.document();
    std::filesystem::path current(document.path());
    wxFileDialog dialog(this, _("Save the project as"), wxs(current.parent_path().string()),
                        document.path().empty() ? wxString("project.realist") : wxs(current.filename().string()),
                        kProjectWildcard(), wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (dialog.ShowModal() != wxID_OK) return false;
    return saveAs(dialog.GetPath());
}

void MainFrame::revert() {
    Document& document = m_session.document();
    if (document.path().empty() || !document.isDirty()) return;
    wxMessageDialog ask(this, wxString::Format(_("Throw away your changes and go back to the saved “%s”?"),
                                               wxs(document.fileName())),
                        _("Revert"), wxYES_NO | wxNO_DEFAULT | wxICON_WARNING);
    ask.SetYesNoLabels(_("&Revert"), _("&Cancel"));
    if (ask.ShowModal() == wxID_YES) loadFile(wxs(document.path()));
}

bool MainFrame::newFromTemplate(const wxString& path) {
    if (!confirmDiscard()) return false;
    LoadResult loaded = loadProject(utf8(path));
    if (!loaded) {
        showError(wxString::Format(_("The template cannot be read:\n%s"), wxs(loaded.error.toString())));
        return false;
    }
    m_session.document().replace(instantiateTemplate(*loaded.project, "", todayIso()), "", false);
    SetStatusText(_("New project: choose File ▸ Save As to give it a name."), 0);
    return true;
}

void MainFrame::chooseTemplate() {
    wxArrayString names;
    std::vector<std::string> paths;
    for (const std::string& directory : templateDirectories(m_options.executableDir))
        for (const std::string& name : listTemplates(directory)) {
            std::string path = (std::filesystem::path(directory) / (name + ".realist")).string();
            bool known = false;
            for (const std::string& p : paths) known = known || std::filesystem::path(p).stem() == name;
            if (known) continue;
            LoadResult loaded = loadProject(path);
            wxString title = loaded ? wxs(loaded.project->meta.title) : wxString();
            names.Add(title.empty() ? wxs(name) : wxs(name) + wxString::FromUTF8(" \u2014 ") + title);
            paths.push_back(path);
        }
    if (paths.empty()) {
        showError(_("No templates were found. Set REALIST_TEMPLATE_PATH to the folder that holds them."));
        return;
    }
    wxSingleChoiceDialog dialog(this, _("Start the new project from:"), _("New project"), names);
    if (dialog.ShowModal() == wxID_OK) newFromTemplate(wxs(paths[static_cast<std::size_t>(dialog.GetSelection())]));
}

bool MainFrame::writeExport(const wxString& path, const std::string& content) {
    WriteResult result = writeFileAtomically(utf8(path), content, false);
    if (!result) {
        showError(wxString::Format(_("The export was not written:\n%s"), wxs(result.error)));
        return false;
    }
    SetStatusText(wxString::Format(_("Exported %s"), path), 0);
    return true;
}

void MainFrame::exportMatrix(int format) {
    std::string extension = format == kIdExportCsv ? "csv" : format == kIdExportMarkdown ? "md" : "html";
    wxString wildcard = format == kIdExportCsv ? _("CSV files (*.csv)|*.csv")
                        : format == kIdExportMarkdown ? _("Markdown files (*.md)|*.md")
                                                      : _("HTML files (*.html)|*.html");
    wxFileDialog dialog(this, _("Export the evidence matrix"), wxString(), "matrix." + wxs(extension), wildcard,
                        wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (dialog.ShowModal() == wxID_OK) exportMatrixTo(dialog.GetPath(), extension);
}

bool MainFrame::exportMatrixTo(const wxString& path, const std::string& format) {
    // Through the built-in exporter, so the file is what `realist matrix` and `realist export` write.
    const Exporter* exporter = editorPlugins().registry().exporter("matrix-" + format);
    if (!exporter) return false;
    ExportRequest request;
    request.theoryId = m_session.theoryId();
    ExportResult result = exporter->run(m_session.project(), request);
    if (!result) {
        showError(wxString::Format(_("The export was not written:\n%s"), wxs(result.error)));
        return false;
    }
    return writeExport(path, result.data);
}

void MainFrame::exportDiagram(const std::string& format) {
    wxString extension = wxs(format);
    wxFileDialog dialog(this, _("Export the diagram"), wxString(), "diagram." + extension,
                        wxString::Format("%s (*.%s)|*.%s", extension.Upper(), extension, extension),
                        wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (dialog.ShowModal() == wxID_OK) exportDiagramTo(dialog.GetPath(), format);
}

void MainFrame::exportDiagramTo(const wxString& path, const std::string& format) {
    DiagramOptions options = m_diagram ? m_diagram->options() : DiagramOptions{};
    options.theoryId = m_session.theoryId();
    options.legend = true;
    options.caption = true;
    // Graphviz runs on its one worker thread; the file is written back here, if we still exist.
    std::shared_ptr<MainFrame*> alive = m_alive;
    SetStatusText(_("Rendering the diagram…"), 0);
    m_options.graphviz->post([project = m_session.snapshot(), options, format, path, alive] {
        RenderResult result = renderIsolated(*project, options, format);
        wxTheApp->CallAfter([result, path, alive] {
            MainFrame* frame = *alive;
            if (!frame) return;
            if (!result) frame->showError(wxString::Format(_("The diagram was not rendered:\n%s"), wxs(result.error)));
            else frame->writeExport(path, result.data);
        });
    }, [alive](const std::string& what) {
        wxTheApp->CallAfter([alive, what] {
            if (MainFrame* frame = *alive) frame->showError(wxString::Format(_("The diagram was not rendered:\n%s"), wxs(what)));
        });
    });
}

void MainFrame::exportReport() {
    wxFileDialog dialog(this, _("Export the report"), wxString(), "report.html", _("HTML files (*.html)|*.html"),
                        wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (dialog.ShowModal() != wxID_OK) return;
    wxString path = dialog.GetPath();
    std::shared_ptr<MainFrame*> alive = m_alive;
    std::string theoryId = m_session.theoryId();
    SetStatusText(_("Writing the report…"), 0);
    m_options.graphviz->post([project = m_session.snapshot(), theoryId, path, alive,
                              projectPath = m_session.document().path()] {
        ReportResult result =
            reportIsolated(*project, theoryId, std::string("Realist Workbench ") + REALIST_VERSION, projectPath);
        wxTheApp->CallAfter([result, path, alive] {
            MainFrame* frame = *alive;
            if (!frame) return;
            if (!result) frame->showError(wxString::Format(_("The report was not written:\n%s"), wxs(result.error)));
            else frame->writeExport(path, result.html);
        });
    }, [alive](const std::string& what) {
        wxTheApp->CallAfter([alive, what] {
            if (MainFrame* frame = *alive) frame->showError(wxString::Format(_("The report was not written:\n%s"), wxs(what)));
        });
    });
}

void MainFrame::exportQdpx() {
    std::filesystem::path current(m_session.document().path());
    wxString name = current.empty() ? wxString("project.qdpx") : wxs(current.stem().string() + ".qdpx");
    wxFileDialog dialog(this, _("Export a REFI-QDA project"), wxs(current.parent_path().string()), name,
                        _("REFI-QDA projects (*.qdpx)|*.qdpx"), wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (dialog.ShowModal() == wxID_OK) exportQdpxTo(dialog.GetPath());
}

bool MainFrame::exportQdpxTo(const wxString& path) {
    const Exporter* exporter = editorPlugins().registry().exporter("qdpx");
    if (!exporter) {
        showError(_("The REFI-QDA exporter is not loaded: the plugin realist-refi-qda was not found (see realist plugins)."));
        return false;
    }
    ExportRequest request;
    request.theoryId = m_session.theoryId();
    request.projectPath = m_session.document().path();  // source files are read next to the project
    ExportResult result = exporter->run(m_session.project(), request);
    if (!result) {
        showError(wxString::Format(_("The export was not written:\n%s"), wxs(result.error)));
        return false;
    }
    if (!writeExport(path, result.data)) return false;
    // The first note counts what was exported; the others say what was left out and why.
    if (result.notes.size() > 1) {
        wxString notes;
        for (const std::string& note : result.notes) notes += wxs(note) + "\n";
        wxMessageDialog told(this, notes.Trim(), _("Exported"), wxOK | wxICON_INFORMATION);
        told.ShowModal();
    }
    return true;
}

}  // namespace rw::gui
