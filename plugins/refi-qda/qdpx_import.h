#pragma once
// A REFI-QDA project (.qdpx or .qde) brought into a realist project as one step: text sources
// become sources; a coded selection becomes evidence for a node in a case when its code maps to
// a node and its case is known, else a coding on its source; case variables become attributes.

#include "model/plugin_api.h"

namespace rw::qda {

// Returns the step, or an error ("file:line:col: message", "x.qdpx:member: message") with no
// step at all. Options: "map" (a file of "code name = node" lines).
ImportResult importQdpx(const ImportRequest& request, const Project& project);

}  // namespace rw::qda
