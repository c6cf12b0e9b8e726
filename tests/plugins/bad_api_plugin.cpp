// A plugin built for another plugin API: the manager must refuse it and carry on.
#include "model/plugins/plugin_api.h"

namespace {
void registerNothing(rw::PluginRegistry&) {}
const rw::PluginInfo kInfo{rw::kPluginApiVersion + 1, "from-the-future", "9.9", registerNothing};
}  // namespace

extern "C" const rw::PluginInfo* realist_plugin_info() { return &kInfo; }
