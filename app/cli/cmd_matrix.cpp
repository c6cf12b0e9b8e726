// realist matrix FILE --format csv|md [--theory ID]

#include <iostream>

#include "app/cli/commands.h"
#include "model/output/matrix.h"
#include "model/output/matrix_export.h"

namespace rw::cli {

int runMatrix(const Args& args) {
    Usage usage{"matrix", "matrix FILE [--format csv|md|html|svg] [--theory ID]",
                "Prints the evidence matrix: case attributes on top, then one row per node with ✓ x ? per case\n"
                "and the share of supporting cases, like the summary table of a realist evaluation."};
    po::options_description options("Options");
    options.add_options()("format", po::value<std::string>()->default_value("md"), "csv, md, html or svg");
    addTheoryOption(options);
    int exitCode = kOk;
    auto vm = parseArgs(args, usage, options, {"FILE"}, exitCode);
    if (!vm) return exitCode;
    auto format = choiceOrReport("--format", (*vm)["format"].as<std::string>(), {"csv", "md", "html", "svg"});
    if (!format) return kBadInput;
    auto opened = openWithTheory(*vm);
    if (!opened) return kBadInput;
    const Project* project = &opened->project;
    const Theory* theory = &opened->theory();
    EvidenceMatrix matrix = buildMatrix(*project, *theory);
    std::string title = project->meta.title + " — " + theory->name;
    if (*format == "csv") std::cout << matrixToCsv(matrix);
    else if (*format == "md") std::cout << matrixToMarkdown(matrix);
    else if (*format == "html") std::cout << matrixToHtml(matrix, title);
    else std::cout << matrixToSvg(matrix, title);
    return kOk;
}

}  // namespace rw::cli
