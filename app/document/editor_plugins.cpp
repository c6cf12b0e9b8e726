#include "app/document/editor_plugins.h"

namespace rw::document {

PluginManager& editorPlugins() {
    // Never destroyed: its parts may be in use by an import still running when main returns.
    static PluginManager* manager = [] {
        auto* made = new PluginManager;
        made->loadFrom(PluginManager::defaultDirectories());
        return made;
    }();
    return *manager;
}

}  // namespace rw::document
