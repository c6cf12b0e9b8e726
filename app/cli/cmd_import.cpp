// realist import KIND FILE --into PROJECT [--case ID]

#include <iostream>

#include "app/cli/commands.h"
#include "model/edit/undo_stack.h"
#include "model/format/xml_writer.h"
#include "model/plugins/plugin_manager.h"

namespace rw::cli {

int runImport(const Args& args) {
    Usage usage{"import", "import KIND FILE --into PROJECT [--case ID] [--names pseudonymize|keep] [--roles MAPFILE] "
                          "[--kind interview|focus-group|document|literature] [--map MAPFILE] "
                          "[--positions codepoints|utf16] [--allow-outside FOLDER] [--date-order dmy|mdy|ymd]",
                "Reads FILE with the importer KIND (see realist plugins) into PROJECT as one step, and saves\n"
                "PROJECT atomically (the previous version kept as PROJECT~). Nothing is written on an error."};
    po::options_description options("Options");
    options.add_options()("into", po::value<std::string>(), "the .realist project to import into")(
        "case", po::value<std::string>()->default_value(""), "the case the file belongs to (id or short name)")(
        "names", po::value<std::string>()->default_value("pseudonymize"), "pseudonymize (default) or keep real names")(
        "roles", po::value<std::string>()->default_value(""), "a file of \"name = role\" lines, applied and not stored")(
        "kind", po::value<std::string>()->default_value(""),
        "the source kind: interview or focus-group (transcripts), or document, literature … (documents)")(
        "map", po::value<std::string>()->default_value(""), "for qdpx: a file of \"code name = node\" lines")(
        "positions", po::value<std::string>()->default_value(""),
        "for qdpx: codepoints or utf16, how the file counts positions (default: told by the program that wrote it, "
        "else by the text)")(
        "allow-outside", po::value<std::string>()->default_value(""),
        "for qdpx: files below this folder may be read too, where the file's sources point outside the archive and "
        "its folder")(
        "date-order", po::value<std::string>()->default_value(""),
        "for whatsapp: dmy, mdy or ymd, the order of day and month (default: inferred from the whole file)");
    int exitCode = kOk;
    auto vm = parseArgs(args, usage, options, {"KIND", "FILE"}, exitCode);
    if (!vm) return exitCode;
    if (!vm->count("into")) return fail("import: missing --into PROJECT");
    std::string projectPath = (*vm)["into"].as<std::string>();
    auto project = loadOrReport(projectPath);
    if (!project) return kBadInput;

    PluginManager manager;
    manager.loadFrom(PluginManager::defaultDirectories());
    for (const std::string& problem : manager.problems()) std::cerr << "realist: warning: " << problem << "\n";
    std::string kind = (*vm)["KIND"].as<std::string>();
    const Importer* importer = manager.registry().importer(kind);
    if (!importer) {
        std::string known;
        for (const auto& i : manager.registry().importers()) known += (known.empty() ? "" : ", ") + i->name();
        return fail("no importer \"" + kind + "\" (importers: " + (known.empty() ? "none" : known) + ")");
    }
    auto names = choiceOrReport("--names", (*vm)["names"].as<std::string>(), {"pseudonymize", "keep"});
    if (!names) return kBadInput;
    ImportRequest request{(*vm)["FILE"].as<std::string>(), {}, {}};
    request.options["names"] = *names;
    for (const char* key : {"roles", "kind", "map", "positions", "allow-outside", "date-order"})
        if (std::string value = (*vm)[key].as<std::string>(); !value.empty()) request.options[key] = value;
    if (std::string caseName = (*vm)["case"].as<std::string>(); !caseName.empty()) {
        const Case* c = project->findCaseByName(caseName);
        if (!c) return fail("unknown case \"" + caseName + "\" in " + projectPath);
        request.caseId = c->id;
    }
    ImportResult imported = importer->import(request, *project);
    if (!imported) {
        std::cerr << imported.error << "\n";
        return kBadInput;
    }
    UndoStack(*project).push(std::move(imported.command));  // the one way every edit is applied
    WriteResult written = saveProject(*project, projectPath);
    if (!written) return fail(written.error);
    for (const std::string& note : imported.notes) std::cout << note << "\n";
    return kOk;
}

}  // namespace rw::cli
