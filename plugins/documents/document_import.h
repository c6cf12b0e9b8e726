#pragma once
// A document (.docx, .pdf, .txt, .md) brought into a project as one source with its text
// embedded.

#include "model/plugins/plugin_api.h"

namespace rw::documents {

// Returns the step that adds the source, or an error ("x.pdf: message") and no step. The format
// is told by the content (a zip is read as .docx, "%PDF-" as a PDF), the extension only decides
// which format a file that is neither must have been. Options: "kind" (document, interview,
// focus-group, literature; default document).
ImportResult importDocument(const ImportRequest& request, const Project& project);

}  // namespace rw::documents
