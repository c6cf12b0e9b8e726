#pragma once
// Graphviz behind one small interface (see runInChild in the .cpp for why it no longer forks).
// Originally: Graphviz in a child process. A crash inside Graphviz (it has some on large graphs) then costs
// one diagram and an error message, never the editor and the user's unsaved work. Call from the
// editor's Graphviz worker thread only: the child is forked from it and touches nothing else.

#include <optional>
#include <string>

#include "model/diagram.h"
#include "model/report.h"

namespace rw::gui {

// Returns layoutDiagram's result computed in a child process; when the child fails or dies,
// returns nullopt with `error` saying so.
std::optional<DiagramLayout> layoutIsolated(const Project& project, const DiagramOptions& options, std::string* error);

// Returns renderDiagram's result computed in a child process; a dead child is an error.
RenderResult renderIsolated(const Project& project, const DiagramOptions& options, const std::string& format);

// Returns renderReport's result (its diagrams need Graphviz) computed in a child process.
ReportResult reportIsolated(const Project& project, const std::string& theoryId, const std::string& generator);

}  // namespace rw::gui
