// realist-graphviz-helper JOB [OPTIONS] < project.realist: runs one Graphviz job for the editor
// in a process of its own, so that a crash or a hang inside Graphviz costs one diagram, never
// the editor and its unsaved work. Writes the result in the wire format on stdout.
#include <cstdio>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

#include "app/document/graphviz_request.h"
#include "app/document/wire_format.h"
#include "model/checks/source_texts.h"
#include "model/format/xml_reader.h"
#include "model/output/report.h"

int main(int argc, char** argv) {
    using namespace rw;
    using namespace rw::document;
    GraphvizRequest request;
    if (!fromArguments(std::vector<std::string>(argv + 1, argv + argc), request)) {
        std::fprintf(stderr, "usage: realist-graphviz-helper layout|render|report [--view=...] < project\n");
        return 2;
    }
    std::string xml((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
    LoadResult loaded = readProject(xml, "project");
    WireWriter out;
    if (!loaded) {
        std::fprintf(stderr, "%s\n", loaded.error.toString().c_str());
        return 3;
    }
    const Project& project = *loaded.project;
    if (request.job == "layout") {
        std::string error;
        std::optional<DiagramLayout> layout = layoutDiagram(project, request.options, &error);
        out.flag(layout.has_value());
        if (layout) out.layout(*layout);
        else out.text(error);
    } else if (request.job == "render") {
        RenderResult result = renderDiagram(project, request.options, request.format);
        out.text(result.data);
        out.text(result.error);
        out.text(result.warnings);
    } else {
        SourceTexts texts(project, request.projectPath);
        ReportResult result = renderReport(project, request.options.theoryId, request.generator, &texts);
        out.text(result.html);
        out.text(result.error);
    }
    std::fwrite(out.data().data(), 1, out.data().size(), stdout);
    return std::fflush(stdout) == 0 ? 0 : 4;
}
