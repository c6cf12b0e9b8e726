#pragma once
// A Graphviz job as the helper process receives it on its command line: what to do and the
// diagram options. Shared by the editor (which writes it) and the helper (which reads it).

#include <string>
#include <vector>

#include "model/output/diagram.h"

namespace rw::document {

struct GraphvizRequest {
    std::string job;        // "layout", "render" or "report"
    std::string format;     // render: svg, png, pdf, dot
    std::string generator;  // report: the footer's program name
    std::string projectPath;  // report: where the project is, for the sources' files next to it
    DiagramOptions options;
};

// Returns the request as helper arguments (without the program name).
std::vector<std::string> toArguments(const GraphvizRequest& request);

// Reads the helper arguments; returns false for anything unknown.
bool fromArguments(const std::vector<std::string>& arguments, GraphvizRequest& request);

}  // namespace rw::document
