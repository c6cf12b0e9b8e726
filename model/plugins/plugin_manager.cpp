#include "model/plugins/plugin_manager.h"

#include <dlfcn.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>

namespace rw {
namespace fs = std::filesystem;

const Importer* PluginRegistry::importer(const std::string& name) const {
    for (const auto& importer : m_importers)
        if (importer->name() == name) return importer.get();
    return nullptr;
}

const Exporter* PluginRegistry::exporter(const std::string& nameOrExtension) const {
    for (const auto& exporter : m_exporters)
        if (exporter->name() == nameOrExtension) return exporter.get();
    for (const auto& exporter : m_exporters)
        if (exporter->extension() == nameOrExtension) return exporter.get();
    return nullptr;
}

PluginManager::PluginManager() : m_registry(std::make_unique<PluginRegistry>()) {
    registerBuiltinParts(*m_registry);
    record("built-in", REALIST_PLUGIN_HOST_VERSION, "built-in", 0, 0, 0);
}

PluginManager::~PluginManager() {
    m_registry.reset();  // the parts' code lives in the libraries: destroy them first
    for (void* library : m_libraries) dlclose(library);
}

void PluginManager::record(const std::string& name, const std::string& version, const std::string& origin,
                           std::size_t importers, std::size_t exporters, std::size_t rules) {
    LoadedPlugin plugin{name, version, origin, {}};
    const PluginRegistry& r = *m_registry;
    for (std::size_t i = importers; i < r.importers().size(); ++i) {
        std::string types;
        for (const std::string& e : r.importers()[i]->extensions()) types += (types.empty() ? "." : ", .") + e;
        plugin.parts.push_back("importer " + r.importers()[i]->name() + " (" + types + "): " +
                               r.importers()[i]->description());
    }
    for (std::size_t i = exporters; i < r.exporters().size(); ++i)
        plugin.parts.push_back("exporter " + r.exporters()[i]->name() + " (." + r.exporters()[i]->extension() +
                               "): " + r.exporters()[i]->description());
    for (std::size_t i = rules; i < r.checkRules().size(); ++i)
        plugin.parts.push_back("check " + r.checkRules()[i].code + ": " + r.checkRules()[i].summary);
    m_plugins.push_back(plugin);
}

bool PluginManager::loadLibrary(const std::string& path) {
    void* library = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (!library) {
        m_problems.push_back(path + ": not loaded: " + dlerror());
        return false;
    }
    using InfoFunction = const PluginInfo* (*)();
    auto info = reinterpret_cast<InfoFunction>(dlsym(library, "realist_plugin_info"));
    const PluginInfo* plugin = info ? info() : nullptr;
    if (!plugin || !plugin->registerParts) {
        m_problems.push_back(path + ": not a Realist Workbench plugin (no realist_plugin_info)");
        dlclose(library);
        return false;
    }
    if (plugin->apiVersion != kPluginApiVersion) {
        m_problems.push_back(path + ": plugin " + plugin->name + " " + plugin->version + " speaks plugin API " +
                             std::to_string(plugin->apiVersion) + ", this program speaks " +
                             std::to_string(kPluginApiVersion) + "; skipped");
        dlclose(library);
        return false;
    }
    for (const LoadedPlugin& loaded : m_plugins)
        if (loaded.name == plugin->name) {
            m_problems.push_back(path + ": plugin " + plugin->name + " is already loaded from " + loaded.origin +
                                 "; skipped");
            dlclose(library);
            return false;
        }
    std::size_t importers = m_registry->importers().size();
    std::size_t exporters = m_registry->exporters().size();
    std::size_t rules = m_registry->checkRules().size();
    plugin->registerParts(*m_registry);
    m_libraries.push_back(library);
    record(plugin->name, plugin->version, path, importers, exporters, rules);
    return true;
}

void PluginManager::loadFrom(const std::vector<std::string>& directories) {
    for (const std::string& directory : directories) {
        std::error_code error;
        std::vector<fs::path> libraries;
        for (const auto& entry : fs::directory_iterator(directory, error))
            if (entry.path().extension() == ".so") libraries.push_back(entry.path());
        std::sort(libraries.begin(), libraries.end());  // a stable order whatever the file system says
        for (const fs::path& library : libraries) loadLibrary(library.string());
    }
}

std::vector<std::string> PluginManager::defaultDirectories() {
    std::vector<std::string> directories;
    if (const char* path = std::getenv("REALIST_PLUGIN_PATH")) {
        std::string list = path;
        for (std::size_t start = 0; start <= list.size();) {
            std::size_t colon = std::min(list.find(':', start), list.size());
            if (colon > start) directories.push_back(list.substr(start, colon - start));
            start = colon + 1;
        }
    }
    std::error_code error;
    fs::path self = fs::read_symlink("/proc/self/exe", error);
    if (!error) directories.push_back((self.parent_path() / "plugins").string());
    directories.push_back(REALIST_PLUGIN_INSTALL_DIR);
    directories.push_back(REALIST_PLUGIN_BUILD_DIR);
    // The same folder may be named twice (an installed build tree); load it once.
    std::vector<std::string> unique;
    for (const std::string& d : directories) {
        std::string canonical = fs::weakly_canonical(d, error).string();
        if (std::find(unique.begin(), unique.end(), canonical) == unique.end()) unique.push_back(canonical);
    }
    return unique;
}

}  // namespace rw
