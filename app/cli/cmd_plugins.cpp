// realist plugins

#include <iostream>

#include "app/cli/commands.h"
#include "model/plugins/plugin_manager.h"

namespace rw::cli {

int runPlugins(const Args& args) {
    Usage usage{"plugins", "plugins",
                "Lists the loaded plugins with their versions and what they import, export or check, and the\n"
                "plugins that were skipped and why. Plugins are searched in $REALIST_PLUGIN_PATH, the folder\n"
                "plugins/ next to this program and the install folder."};
    po::options_description options("Options");
    int exitCode = kOk;
    auto vm = parseArgs(args, usage, options, {}, exitCode);
    if (!vm) return exitCode;
    PluginManager manager;
    manager.loadFrom(PluginManager::defaultDirectories());
    std::cout << "Plugin API " << kPluginApiVersion << "\n";
    for (const LoadedPlugin& plugin : manager.plugins()) {
        std::cout << "\n" << plugin.name << " " << plugin.version << " (" << plugin.origin << ")\n";
        for (const std::string& part : plugin.parts) std::cout << "  " << part << "\n";
    }
    if (!manager.problems().empty()) {
        std::cout << "\nSkipped\n";
        for (const std::string& problem : manager.problems()) std::cout << "  " << problem << "\n";
    }
    return kOk;
}

}  // namespace rw::cli
