// The REFI-QDA importer (.qdpx, .qde: NVivo, ATLAS.ti, MAXQDA and others) and exporter (.qdpx)
// as a shared-library plugin.

#include "model/plugins/plugin_api.h"
#include "plugins/refi-qda/qdpx_export.h"
#include "plugins/refi-qda/qdpx_import.h"

namespace rw::qda {
namespace {

class QdpxImporter : public Importer {
public:
    std::string name() const override { return "qdpx"; }
    std::string description() const override {
        return "REFI-QDA project (.qdpx or .qde from NVivo, ATLAS.ti, MAXQDA, QualCoder, qc …): text, PDF, picture and "
               "recorded sources, coded selections, notes, cases and their variables";
    }
    std::vector<std::string> extensions() const override { return {"qdpx", "qde"}; }
    ImportResult import(const ImportRequest& request, const Project& project) const override {
        return importQdpx(request, project);
    }
};

class QdpxExporter : public Exporter {
public:
    std::string name() const override { return "qdpx"; }
    std::string description() const override {
        return "REFI-QDA project for NVivo, ATLAS.ti, MAXQDA: the theory's nodes as codes, cases with their "
               "variables and verdicts, sources with every quote and coding as a coded selection";
    }
    std::string extension() const override { return "qdpx"; }
    ExportResult run(const Project& project, const ExportRequest& request) const override {
        return exportQdpx(project, request);
    }
};

void registerParts(PluginRegistry& registry) {
    registry.addImporter(std::make_unique<QdpxImporter>());
    registry.addExporter(std::make_unique<QdpxExporter>());
}

const PluginInfo kInfo{kPluginApiVersion, "refi-qda", "1.0", registerParts};

}  // namespace
}  // namespace rw::qda

extern "C" const rw::PluginInfo* realist_plugin_info() { return &rw::qda::kInfo; }
