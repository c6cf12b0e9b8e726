// realist render FILE -o OUT.(svg|png|pdf|dot) [--view theory|case:ID|all] [--highlight] [--rankdir TB|LR] [--dpi N]

#include <filesystem>
#include <iostream>

#include "app/cli/commands.h"
#include "model/format/atomic_file.h"
#include "model/output/diagram.h"

namespace rw::cli {

int runRender(const Args& args) {
    Usage usage{"render", "render FILE -o OUT.(svg|png|pdf|dot) [--view theory|case:ID|all] [--highlight] "
                          "[--rankdir TB|LR] [--dpi N] [--theory ID]",
                "Draws the policy diagram with Graphviz: the theory alone, coloured by one case's verdicts, or by\n"
                "the support across all cases. --highlight makes dead nodes and broken links stand out.\n"
                "The format follows the extension of OUT."};
    po::options_description options("Options");
    options.add_options()("output,o", po::value<std::string>(), "the file to write (.svg, .png, .pdf or .dot)")(
        "view", po::value<std::string>()->default_value("theory"), "theory, case:ID (id or short name) or all")(
        "highlight", "make the subjects of the findings stand out")(
        "rankdir", po::value<std::string>()->default_value("TB"), "TB (top-down) or LR (left-right)")(
        "dpi", po::value<double>()->default_value(150), "resolution of a PNG");
    addTheoryOption(options);
    int exitCode = kOk;
    auto vm = parseArgs(args, usage, options, {"FILE"}, exitCode);
    if (!vm) return exitCode;
    if (!vm->count("output")) return fail("render: missing -o OUT.svg|png|pdf|dot");
    std::string output = (*vm)["output"].as<std::string>();
    std::string format = std::filesystem::path(output).extension().string();
    if (!format.empty()) format.erase(0, 1);
    if (format != "svg" && format != "png" && format != "pdf" && format != "dot")
        return fail(output + ": unknown extension (use .svg, .png, .pdf or .dot)");
    double dpi = (*vm)["dpi"].as<double>();
    if (dpi < 24 || dpi > 1200) return fail("--dpi must be between 24 and 1200");
    auto opened = openWithTheory(*vm);
    if (!opened) return kBadInput;
    const Project* project = &opened->project;
    const Theory* theory = &opened->theory();
    DiagramOptions diagram;
    diagram.theoryId = theory->id;
    diagram.highlight = vm->count("highlight") > 0;
    diagram.dpi = dpi;
    auto rankdir = choiceOrReport("--rankdir", (*vm)["rankdir"].as<std::string>(), {"TB", "LR"});
    if (!rankdir) return kBadInput;
    diagram.rankdir = *rankdir;
    std::string view = (*vm)["view"].as<std::string>();
    if (!parseDiagramView(*project, view, diagram)) {
        if (view.rfind("case:", 0) == 0) return fail("unknown case \"" + view.substr(5) + "\"");
        return fail("--view must be theory, all or case:ID, not \"" + view + "\"");
    }
    RenderResult rendered = renderDiagram(*project, diagram, format);
    if (!rendered) return fail(rendered.error);
    WriteResult written = writeFileAtomically(output, rendered.data, false);
    if (!written) return fail(written.error);
    return kOk;
}

}  // namespace rw::cli
