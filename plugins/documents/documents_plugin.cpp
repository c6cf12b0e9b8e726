// The document importer (.docx, .pdf, .txt, .md) as a shared-library plugin.

#include "model/plugins/plugin_api.h"
#include "plugins/documents/document_import.h"

namespace rw::documents {
namespace {

class DocumentImporter : public Importer {
public:
    std::string name() const override { return "document"; }
    std::string description() const override {
        return "document as a source with its text: Word (.docx), PDF (page by page), plain text or Markdown";
    }
    std::vector<std::string> extensions() const override { return {"docx", "pdf", "txt", "md"}; }
    ImportResult import(const ImportRequest& request, const Project& project) const override {
        return importDocument(request, project);
    }
};

void registerParts(PluginRegistry& registry) { registry.addImporter(std::make_unique<DocumentImporter>()); }

const PluginInfo kInfo{kPluginApiVersion, "documents", "1.0", registerParts};

}  // namespace
}  // namespace rw::documents

extern "C" const rw::PluginInfo* realist_plugin_info() { return &rw::documents::kInfo; }
