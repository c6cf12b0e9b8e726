// realist matrix FILE --format csv|md [--theory ID]

#include <iostream>

#include "app/cli/commands.h"
#include "model/plugins/plugin_manager.h"

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
    // The built-in exporter the editor and `realist export` use too: one matrix, written once.
    // Only the built-ins: this command needs no plugin folder.
    PluginManager builtIns;
    const Exporter* exporter = builtIns.registry().exporter("matrix-" + *format);
    ExportRequest request;
    request.theoryId = opened->theory().id;
    ExportResult result = exporter->run(opened->project, request);
    if (!result) return fail(result.error);
    std::cout << result.data;
    return kOk;
}

}  // namespace rw::cli
