// realist export KIND FILE -o OUT [--theory ID] [--view theory|case:ID|all] [--highlight]

#include <iostream>

#include "app/cli/commands.h"
#include "model/format/atomic_file.h"
#include "model/plugins/plugin_manager.h"

namespace rw::cli {
namespace {

std::string exporterList(const PluginRegistry& registry) {
    std::string known;
    for (const auto& exporter : registry.exporters()) known += (known.empty() ? "" : ", ") + exporter->name();
    return known.empty() ? "none" : known;
}

}  // namespace

int runExport(const Args& args) {
    Usage usage{"export", "export KIND FILE -o OUT [--theory ID] [--view theory|case:ID|all] [--highlight]",
                "Writes FILE with the exporter KIND (its name or extension, see realist plugins): qdpx for a\n"
                "REFI-QDA project that NVivo, ATLAS.ti and MAXQDA open, or a diagram, matrix or report.\n"
                "OUT is written atomically; nothing is written on an error. What was left out is said on stdout."};
    po::options_description options("Options");
    options.add_options()("output,o", po::value<std::string>(), "the file to write")(
        "view", po::value<std::string>()->default_value(""), "for diagrams: theory, case:ID or all")(
        "highlight", "for diagrams: make the subjects of the findings stand out");
    addTheoryOption(options);
    int exitCode = kOk;
    auto vm = parseArgs(args, usage, options, {"KIND", "FILE"}, exitCode);
    if (!vm) return exitCode;

    PluginManager manager;
    manager.loadFrom(PluginManager::defaultDirectories());
    for (const std::string& problem : manager.problems()) std::cerr << "realist: warning: " << problem << "\n";
    std::string kind = (*vm)["KIND"].as<std::string>();
    const Exporter* exporter = manager.registry().exporter(kind);
    if (!exporter) return fail("no exporter \"" + kind + "\" (exporters: " + exporterList(manager.registry()) + ")");
    if (!vm->count("output")) return fail("export: missing -o OUT." + exporter->extension());

    auto opened = openWithTheory(*vm);
    if (!opened) return kBadInput;
    ExportRequest request;
    request.theoryId = opened->theory().id;
    request.view = (*vm)["view"].as<std::string>();
    request.highlight = vm->count("highlight") > 0;
    request.projectPath = (*vm)["FILE"].as<std::string>();
    ExportResult exported = exporter->run(opened->project, request);
    if (!exported) return fail(exported.error);
    std::string output = (*vm)["output"].as<std::string>();
    WriteResult written = writeFileAtomically(output, exported.data, false);
    if (!written) return fail(written.error);
    for (const std::string& note : exported.notes) std::cout << output << ": " << note << "\n";
    return kOk;
}

}  // namespace rw::cli
