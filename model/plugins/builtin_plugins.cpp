// The importers and exporters compiled into the program, registered like any plugin's.

#include "model/output/diagram.h"
#include "model/output/matrix.h"
#include "model/output/matrix_export.h"
#include "model/output/report.h"
#include "model/plugins/plugin_manager.h"

namespace rw {
namespace {

const Theory* pickTheory(const Project& project, const ExportRequest& request) {
    if (request.theoryId.empty()) return project.theories.empty() ? nullptr : &project.theories.front();
    return project.findTheory(request.theoryId);
}

class DiagramExporter : public Exporter {
public:
    explicit DiagramExporter(std::string format) : m_format(std::move(format)) {}
    std::string name() const override { return "diagram-" + m_format; }
    std::string description() const override { return "policy diagram as " + m_format; }
    std::string extension() const override { return m_format; }
    ExportResult run(const Project& project, const ExportRequest& request) const override {
        DiagramOptions options;
        options.theoryId = request.theoryId;
        options.highlight = request.highlight;
        if (!parseDiagramView(project, request.view.empty() ? "theory" : request.view, options))
            return {{}, "unknown view \"" + request.view + "\""};
        RenderResult rendered = renderDiagram(project, options, m_format);
        return {rendered.data, rendered.error};
    }

private:
    std::string m_format;
};

class MatrixExporter : public Exporter {
public:
    explicit MatrixExporter(std::string format) : m_format(std::move(format)) {}
    std::string name() const override { return "matrix-" + m_format; }
    std::string description() const override { return "evidence matrix as " + m_format; }
    std::string extension() const override { return m_format; }
    ExportResult run(const Project& project, const ExportRequest& request) const override {
        const Theory* theory = pickTheory(project, request);
        if (!theory) return {{}, "unknown theory \"" + request.theoryId + "\""};
        EvidenceMatrix matrix = buildMatrix(project, *theory);
        std::string title = project.meta.title + " — " + theory->name;
        if (m_format == "csv") return {matrixToCsv(matrix), {}};
        if (m_format == "md") return {matrixToMarkdown(matrix), {}};
        if (m_format == "html") return {matrixToHtml(matrix, title), {}};
        return {matrixToSvg(matrix, title), {}};
    }

private:
    std::string m_format;
};

class ReportExporter : public Exporter {
public:
    std::string name() const override { return "report"; }
    std::string description() const override { return "self-contained HTML report"; }
    std::string extension() const override { return "html"; }
    ExportResult run(const Project& project, const ExportRequest& request) const override {
        ReportResult report = renderReport(project, request.theoryId, "Realist Workbench " REALIST_PLUGIN_HOST_VERSION);
        return {report.html, report.error};
    }
};

}  // namespace

std::unique_ptr<Importer> makeTranscriptImporter();  // transcript_importer.cpp
std::unique_ptr<Importer> makeWhatsAppImporter();    // chat_importer.cpp

void registerBuiltinParts(PluginRegistry& registry) {
    registry.addImporter(makeTranscriptImporter());
    registry.addImporter(makeWhatsAppImporter());
    for (const char* format : {"svg", "png", "pdf", "dot"}) registry.addExporter(std::make_unique<DiagramExporter>(format));
    for (const char* format : {"csv", "md", "html", "svg"}) registry.addExporter(std::make_unique<MatrixExporter>(format));
    registry.addExporter(std::make_unique<ReportExporter>());
}

}  // namespace rw
