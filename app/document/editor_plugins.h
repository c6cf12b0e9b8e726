#pragma once
// The editor's plugins: the built-in importers and exporters and the shared libraries in the
// plugin folders, loaded once per process (every window offers the same File ▸ Import entries).

#include "model/plugins/plugin_manager.h"

namespace rw::document {

// Returns the process's plugin manager, loading the plugin folders on first use.
PluginManager& editorPlugins();

}  // namespace rw::document
