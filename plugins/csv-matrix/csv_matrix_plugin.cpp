// The CSV evidence-matrix importer as a shared-library plugin.

#include "model/chat/text_input.h"
#include "model/plugins/plugin_api.h"
#include "plugins/csv-matrix/csv_table.h"
#include "plugins/csv-matrix/matrix_import.h"

namespace rw::csvmatrix {
namespace {

// Matrices are small; anything this large is not one and is refused before it is read.
constexpr std::uint64_t kMaxBytes = std::uint64_t{64} << 20;

class CsvMatrixImporter : public Importer {
public:
    std::string name() const override { return "csv"; }
    std::string description() const override {
        return "evidence matrix: cases as columns, nodes or attributes as rows (✓ x ? / 1 0 / yes no / ja nee)";
    }
    std::vector<std::string> extensions() const override { return {"csv"}; }

    ImportResult import(const ImportRequest& request, const Project& project) const override {
        ImportResult result;
        std::string text;
        if (!readTextInput(request.path, kMaxBytes, text, result.error)) return result;
        return importMatrix(readCsv(text), project, request.path);
    }
};

void registerParts(PluginRegistry& registry) { registry.addImporter(std::make_unique<CsvMatrixImporter>()); }

const PluginInfo kInfo{kPluginApiVersion, "csv-matrix", "1.0", registerParts};

}  // namespace
}  // namespace rw::csvmatrix

extern "C" const rw::PluginInfo* realist_plugin_info() { return &rw::csvmatrix::kInfo; }
