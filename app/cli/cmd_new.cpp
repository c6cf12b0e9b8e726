// realist new --template NAME FILE [--title TEXT] [--force]

#include <filesystem>
#include <iostream>
#include <set>

#include "app/cli/commands.h"
#include "app/cli/template_path.h"
#include "model/format/templates.h"
#include "model/format/xml_reader.h"
#include "model/format/xml_writer.h"

namespace rw::cli {
namespace {

std::string availableTemplates() {
    std::set<std::string> names;
    for (const std::string& directory : templateDirectories())
        for (const std::string& name : listTemplates(directory)) names.insert(name);
    std::string list;
    for (const std::string& name : names) list += (list.empty() ? "" : ", ") + name;
    return list.empty() ? "none found" : list;
}

}  // namespace

int runNew(const Args& args) {
    Usage usage{"new", "new --template NAME FILE [--title TEXT] [--force]",
                "Creates a project from a template (its theory and case schema, with fresh metadata).\n"
                "Refuses to overwrite an existing FILE unless --force is given."};
    po::options_description options("Options");
    options.add_options()("template", po::value<std::string>(), "template name (see --list) or .realist file")(
        "title", po::value<std::string>()->default_value(""), "title of the new project")(
        "force", "overwrite FILE if it exists")("list", "list the available templates");
    int exitCode = kOk;
    bool listing = std::find(args.begin(), args.end(), "--list") != args.end();
    auto vm = parseArgs(args, usage, options, listing ? std::vector<std::string>{} : std::vector<std::string>{"FILE"},
                        exitCode);
    if (!vm) return exitCode;
    if (listing) {
        std::cout << availableTemplates() << "\n";
        return kOk;
    }
    if (!vm->count("template")) return fail("new: missing --template NAME (templates: " + availableTemplates() + ")");
    std::string name = (*vm)["template"].as<std::string>();
    std::string file = (*vm)["FILE"].as<std::string>();
    std::string path = findTemplate(name);
    if (path.empty()) return fail("unknown template \"" + name + "\" (templates: " + availableTemplates() + ")");
    std::error_code error;
    if (std::filesystem::exists(file, error) && !vm->count("force"))
        return fail(file + ": already exists (use --force to overwrite)");
    LoadResult templ = loadProject(path);
    if (!templ) return fail("template " + templ.error.toString());
    Project project = instantiateTemplate(*templ.project, (*vm)["title"].as<std::string>(), todayIso());
    WriteResult written = saveProject(project, file);
    if (!written) return fail(written.error);
    std::cout << file << ": created from template " << name << "\n";
    return kOk;
}

}  // namespace rw::cli
