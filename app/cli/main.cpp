// realist: the command-line twin of Realist Workbench.

#include <iostream>
#include <string>
#include <vector>

#include "app/cli/commands.h"

namespace {

struct SubCommand {
    const char* name;
    int (*run)(const rw::cli::Args&);
    const char* summary;
};

const SubCommand kCommands[] = {
    {"check", rw::cli::runCheck, "run the consistency checks (exit 1 on errors)"},
    {"stats", rw::cli::runStats, "support per node, link and final outcome"},
    {"analyse", rw::cli::runAnalyse, "cross-case analysis: links, splits, QCA, triangulation, theory diff"},
    {"matrix", rw::cli::runMatrix, "the evidence matrix as CSV or Markdown"},
    {"validate", rw::cli::runValidate, "tell whether a file is a valid project"},
    {"fmt", rw::cli::runFmt, "rewrite a project canonically"},
    {"new", rw::cli::runNew, "create a project from a template"},
    {"render", rw::cli::runRender, "draw the policy diagram (SVG, PNG, PDF, DOT)"},
    {"report", rw::cli::runReport, "write a self-contained HTML report"},
    {"import", rw::cli::runImport, "bring a file into a project with an importer plugin"},
    {"export", rw::cli::runExport, "write a project with an exporter plugin (qdpx: REFI-QDA)"},
    {"quotes", rw::cli::runQuotes, "every quote behind every tick (the audit trail)"},
    {"code", rw::cli::runCode, "code chat messages into message categories; recount the cases"},
    {"plugins", rw::cli::runPlugins, "list the loaded plugins"},
    {"chat", rw::cli::runChat, "parse a WhatsApp chat export (pseudonymised)"},
};

void printHelp() {
    std::cout << "Usage: realist COMMAND [ARGS] (realist COMMAND --help for its options)\n\n"
                 "Realist Workbench on the command line: check, count and tabulate realist evaluations.\n\n"
                 "Commands:\n";
    for (const SubCommand& command : kCommands)
        std::cout << "  " << command.name << std::string(10 - std::string(command.name).size(), ' ')
                  << command.summary << "\n";
    std::cout << "\nExit codes: 0 ok, 1 findings of error severity, 2 bad input or usage.\n";
}

}  // namespace

int main(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty()) {
        printHelp();
        return rw::cli::kBadInput;
    }
    const std::string& first = args.front();
    if (first == "--help" || first == "-h" || first == "help") {
        printHelp();
        return rw::cli::kOk;
    }
    if (first == "--version") {
        std::cout << "realist " << REALIST_VERSION << " (file format 1)\n";
        return rw::cli::kOk;
    }
    for (const SubCommand& command : kCommands)
        if (first == command.name) return command.run({args.begin() + 1, args.end()});
    return rw::cli::fail("unknown command \"" + first + "\" (see realist --help)");
}
