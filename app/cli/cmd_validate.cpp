// realist validate FILE

#include <iostream>

#include "app/cli/commands.h"

namespace rw::cli {

int runValidate(const Args& args) {
    Usage usage{"validate", "validate FILE",
                "Reads a project and reports whether it is a valid .realist file (exit 0) or where it is not\n"
                "(FILE:LINE:COL: message, exit 2)."};
    po::options_description options("Options");
    int exitCode = kOk;
    auto vm = parseArgs(args, usage, options, {"FILE"}, exitCode);
    if (!vm) return exitCode;
    std::string file = (*vm)["FILE"].as<std::string>();
    auto project = loadOrReport(file);
    if (!project) return kBadInput;
    std::size_t nodes = 0, links = 0, verdicts = 0, evidence = 0;
    for (const Theory& theory : project->theories) {
        nodes += theory.nodes.size();
        links += theory.links.size();
    }
    for (const Case& c : project->cases) {
        verdicts += c.verdicts.size();
        for (const Verdict& verdict : c.verdicts) evidence += verdict.evidence.size();
    }
    auto count = [](std::size_t n, const char* one, const char* many) {
        return std::to_string(n) + " " + (n == 1 ? one : many);
    };
    std::cout << file << ": valid (format " << Project::kFormatVersion << "; "
              << count(project->theories.size(), "theory", "theories") << ", " << count(nodes, "node", "nodes")
              << ", " << count(links, "link", "links") << ", " << count(project->cases.size(), "case", "cases")
              << ", " << count(verdicts, "verdict", "verdicts") << ", "
              << count(evidence, "evidence item", "evidence items") << ")\n";
    return kOk;
}

}  // namespace rw::cli
