#pragma once
// Finds and loads plugins: the built-in parts first, then every shared library in the plugin
// folders. A plugin that cannot be loaded or speaks another API version is reported and
// skipped; the program carries on.

#include <memory>
#include <string>
#include <vector>

#include "model/plugins/plugin_api.h"

namespace rw {

struct LoadedPlugin {
    std::string name;
    std::string version;
    std::string origin;              // "built-in" or the library's path
    std::vector<std::string> parts;  // "exporter svg (.svg): …" one per part
};

class PluginManager {
public:
    // Registers the built-in importers, exporters and check rules.
    PluginManager();
    // Releases the plugins' parts before their libraries are unloaded.
    ~PluginManager();
    PluginManager(const PluginManager&) = delete;
    PluginManager& operator=(const PluginManager&) = delete;

    // Loads every `*.so` in the directories (missing directories are fine).
    void loadFrom(const std::vector<std::string>& directories);
    // Loads one library; returns false and records a problem when it is not a usable plugin.
    bool loadLibrary(const std::string& path);

    const PluginRegistry& registry() const { return *m_registry; }
    // For parts the program adds itself (a test's check rule), beside the built-ins and plugins.
    PluginRegistry& registry() { return *m_registry; }
    const std::vector<LoadedPlugin>& plugins() const { return m_plugins; }
    // One line per plugin that was skipped, saying why.
    const std::vector<std::string>& problems() const { return m_problems; }

    // Returns the folders searched by default: $REALIST_PLUGIN_PATH (colon-separated), the
    // folder "plugins" next to the executable, the install folder and the build tree's folder.
    static std::vector<std::string> defaultDirectories();

private:
    void record(const std::string& name, const std::string& version, const std::string& origin,
                std::size_t importers, std::size_t exporters, std::size_t rules);

    std::unique_ptr<PluginRegistry> m_registry;
    std::vector<void*> m_libraries;
    std::vector<LoadedPlugin> m_plugins;
    std::vector<std::string> m_problems;
};

// Registers the parts compiled into the program (diagram, matrix and report exporters).
void registerBuiltinParts(PluginRegistry& registry);

}  // namespace rw
