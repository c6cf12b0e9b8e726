#pragma once
// File ▸ Import: the small dialog that asks for the case a file belongs to and the importer's
// options, and the run itself — on a worker thread behind a cancellable progress dialog.

#include <map>
#include <string>
#include <vector>

#include <wx/choice.h>
#include <wx/dialog.h>

#include "app/document/editor_session.h"
#include "app/document/import_job.h"
#include "app/gui/document_layer.h"
#include "model/plugins/plugin_api.h"

namespace rw::gui {

class ImportDialog : public wxDialog {
public:
    // Asks about importing `path` with `importer` into `project`; starts at `caseId` when given.
    ImportDialog(wxWindow* parent, const Project& project, const Importer& importer, const std::string& path,
                 const std::string& caseId);

    // The request as chosen (valid once the dialog ended with wxID_OK).
    const ImportRequest& request() const { return m_request; }

    bool TransferDataFromWindow() override;

private:
    ImportRequest m_request;
    wxChoice* m_case;
    std::vector<std::string> m_caseIds;  // parallel to m_case's items after "(none)"
    std::vector<std::pair<ImportOption, wxChoice*>> m_options;
};

// Returns the label of an importer option's value ("keep" → "Keep the names").
wxString importChoiceLabel(const std::string& key, const std::string& value);

// Runs the import on a worker thread behind a progress dialog the user can cancel. On success
// the result's command is still to be pushed; on failure result.error says why ("cancelled"
// when the user stopped it).
ImportResult runImport(wxWindow* parent, EditorSession& session, const Importer& importer, ImportRequest request);

}  // namespace rw::gui
