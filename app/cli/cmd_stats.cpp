// realist stats FILE [--theory ID]

#include <iomanip>
#include <iostream>

#include "app/cli/commands.h"
#include "model/checks/checks.h"
#include "model/checks/stats.h"
#include "model/core/id_index.h"

namespace rw::cli {
namespace {

std::string firstLine(const std::string& text) { return text.substr(0, text.find('\n')); }

std::string nodeLabel(const Theory& theory, const IdIndex& nodes, const std::string& id) {
    int at = nodes.find(id);
    return at >= 0 ? firstLine(theory.nodes[static_cast<std::size_t>(at)].label) : id;
}

// Pads to a width in characters, not bytes, so that accented labels line up.
std::string padded(const std::string& text, std::size_t width) {
    std::size_t characters = 0;
    for (unsigned char c : text) characters += (c & 0xC0) != 0x80;
    return text + std::string(characters < width ? width - characters : 1, ' ');
}

std::vector<std::string> caseNames(const Project& project, const std::vector<std::string>& ids) {
    std::vector<std::string> names;
    for (const std::string& id : ids) names.push_back(project.findCase(id)->displayName());
    return names;
}

}  // namespace

int runStats(const Args& args) {
    Usage usage{"stats", "stats FILE [--theory ID]",
                "Prints per node in how many of the assessed cases it is supported, per link in how many of the\n"
                "cases where its source is supported it holds, and per final outcome the cases with a fully\n"
                "supported path."};
    po::options_description options("Options");
    addTheoryOption(options);
    int exitCode = kOk;
    auto vm = parseArgs(args, usage, options, {"FILE"}, exitCode);
    if (!vm) return exitCode;
    auto opened = openWithTheory(*vm);
    if (!opened) return kBadInput;
    const Project* project = &opened->project;
    const Theory* theory = &opened->theory();
    TheoryStats stats = computeStats(*project, *theory);

    std::cout << "Theory \"" << theory->name << "\", " << stats.caseCount << " cases\n\n";
    std::cout << "Nodes: supported in k of n assessed cases\n";
    for (std::size_t i = 0; i < stats.nodes.size(); ++i) {
        const NodeSupport& n = stats.nodes[i];
        std::cout << "  " << padded(firstLine(theory->nodes[i].label), 48) << std::setw(6) << share(n.supported, n.assessed)
                  << "   ✓ " << n.supported << "  x " << n.refuted << "  ? " << n.mixed << "\n";
    }
    IdIndex nodes = indexNodes(*theory);
    std::cout << "\nLinks: holds in k of the n cases where its source is supported\n";
    for (std::size_t i = 0; i < stats.links.size(); ++i) {
        const Link& link = theory->links[i];
        std::string name = nodeLabel(*theory, nodes, link.from) + " → " + nodeLabel(*theory, nodes, link.to);
        std::cout << "  " << padded(name, 72) << std::setw(6) << share(stats.links[i].holds, stats.links[i].sourceSupported)
                  << "\n";
    }
    std::cout << "\nFinal outcomes\n";
    for (const OutcomeSupport& o : stats.outcomes) {
        std::cout << "  " << padded(nodeLabel(*theory, nodes, o.nodeId), 48) << std::setw(6) << share(o.supported, o.assessed)
                  << " supported; a fully supported path in " << o.casesWithPath.size() << " of " << stats.caseCount
                  << " cases";
        if (!o.casesWithPath.empty()) std::cout << " (" << joinNames(caseNames(*project, o.casesWithPath)) << ")";
        std::cout << "\n";
    }
    return kOk;
}

}  // namespace rw::cli
