#pragma once
// Graphviz in a helper process (realist-graphviz-helper). A crash or a hang inside Graphviz (it
// double-frees on some large graphs) then costs one diagram and an error message, never the
// editor and the user's unsaved work. Without the helper, the work runs in this process.

#include <optional>
#include <string>

#include "model/output/diagram.h"
#include "model/output/report.h"

namespace rw::document {

// Returns layoutDiagram's result; when the helper fails, dies or hangs, returns nullopt with
// `error` saying so.
std::optional<DiagramLayout> layoutIsolated(const Project& project, const DiagramOptions& options, std::string* error);

// Returns renderDiagram's result; a helper that fails is an error.
RenderResult renderIsolated(const Project& project, const DiagramOptions& options, const std::string& format);

// Returns renderReport's result (its diagrams need Graphviz), with quotes checked against the
// sources' texts embedded or next to `projectPath`; a helper that fails is an error.
ReportResult reportIsolated(const Project& project, const std::string& theoryId, const std::string& generator,
                            const std::string& projectPath);

// Returns the helper's path: $REALIST_GRAPHVIZ_HELPER, beside this program, in
// ../libexec/realist, or in the build tree; "" when there is none.
std::string graphvizHelperPath();

}  // namespace rw::document
