#pragma once
// The application: language, configuration, the Graphviz worker, and the first window, which
// offers to recover a crashed session's work and opens the file named on the command line.

#include <memory>

#include <wx/app.h>

#include "app/document/serial_worker.h"
#include "app/gui/document_layer.h"

namespace rw::gui {

class WorkbenchApp : public wxApp {
public:
    bool OnInit() override;
    int OnExit() override;
    void OnInitCmdLine(wxCmdLineParser& parser) override;
    bool OnCmdLineParsed(wxCmdLineParser& parser) override;
    // Shows any exception that reached the event loop instead of terminating without a word.
    bool OnExceptionInMainLoop() override;

private:
    std::unique_ptr<SerialWorker> m_graphviz;
    wxString m_file;
};

}  // namespace rw::gui
