// The REFI-QDA importer (.qdpx, .qde: NVivo, ATLAS.ti, MAXQDA and others) as a shared-library
// plugin.

#include "model/plugin_api.h"
#include "plugins/refi-qda/qdpx_import.h"

namespace rw::qda {
namespace {

class QdpxImporter : public Importer {
public:
    std::string name() const override { return "qdpx"; }
    std::string description() const override {
        return "REFI-QDA project (.qdpx or .qde from NVivo, ATLAS.ti, MAXQDA): text sources, coded selections, "
               "cases and their variables";
    }
    std::vector<std::string> extensions() const override { return {"qdpx", "qde"}; }
    ImportResult import(const ImportRequest& request, const Project& project) const override {
        return importQdpx(request, project);
    }
};

void registerParts(PluginRegistry& registry) { registry.addImporter(std::make_unique<QdpxImporter>()); }

const PluginInfo kInfo{kPluginApiVersion, "refi-qda", "1.0", registerParts};

}  // namespace
}  // namespace rw::qda

extern "C" const rw::PluginInfo* realist_plugin_info() { return &rw::qda::kInfo; }
