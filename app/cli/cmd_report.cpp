// realist report FILE -o report.html [--theory ID]

#include <iostream>

#include "app/cli/commands.h"
#include "model/checks/source_texts.h"
#include "model/format/atomic_file.h"
#include "model/output/report.h"

namespace rw::cli {

int runReport(const Args& args) {
    Usage usage{"report", "report FILE -o report.html [--theory ID]",
                "Writes one self-contained HTML report (inline SVG and CSS, prints on A4): the all-cases diagram\n"
                "with the breaks highlighted, the evidence matrix, the findings by severity, and per case its\n"
                "diagram and the quotes behind every tick."};
    po::options_description options("Options");
    options.add_options()("output,o", po::value<std::string>(), "the HTML file to write");
    addTheoryOption(options);
    int exitCode = kOk;
    auto vm = parseArgs(args, usage, options, {"FILE"}, exitCode);
    if (!vm) return exitCode;
    if (!vm->count("output")) return fail("report: missing -o report.html");
    std::string output = (*vm)["output"].as<std::string>();
    if (!output.ends_with(".html") && !output.ends_with(".htm"))
        return fail(output + ": the report is HTML; name it .html");
    auto opened = openWithTheory(*vm);
    if (!opened) return kBadInput;
    const Project* project = &opened->project;
    const Theory* theory = &opened->theory();
    SourceTexts texts(*project, (*vm)["FILE"].as<std::string>());  // findings check quotes against them
    ReportResult report = renderReport(*project, theory->id, std::string("Realist Workbench ") + REALIST_VERSION, &texts);
    if (!report) return fail(report.error);
    WriteResult written = writeFileAtomically(output, report.html, false);
    if (!written) return fail(written.error);
    return kOk;
}

}  // namespace rw::cli
