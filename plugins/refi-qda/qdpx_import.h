#pragma once
// A REFI-QDA project (.qdpx or .qde) brought into a realist project as one step: text sources,
// PDFs with their text version, pictures and recordings (with their transcripts) become sources;
// a coded selection becomes evidence for a node in a case when its code maps to a node and its
// case is known, else a coding on its source; notes go with what they annotate; case variables
// become attributes. Every quote made passes the quote check (model/checks/quote_check.h).

#include "model/plugins/plugin_api.h"

namespace rw::qda {

// Returns the step with its notes (a summary, how positions were read, what was left out and
// why, every warning with its file:line:col), or an error ("file:line:col: message",
// "x.qdpx:member: message") with no step at all. Options: "map" (a file of "code name = node"
// lines), "positions" (codepoints or utf16: how the file counts), "allow-outside" (a folder
// below which files named by the project may be read besides the archive and its folder).
ImportResult importQdpx(const ImportRequest& request, const Project& project);

}  // namespace rw::qda
