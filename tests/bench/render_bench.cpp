// Rendering adds little to Graphviz itself: for generated theories of 50, 300 and 1,000 nodes,
// times our in-memory SVG rendering against `dot -Tsvg` on the DOT we export for the same graph,
// and prints the ratio (target ≤ 1.10 at 300 nodes). Both sides run here, in one process / script.
//
// Usage: render_bench [REPEATS]   (needs `dot` on PATH; Debian package graphviz)

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include "model/output/diagram.h"

namespace {

using Clock = std::chrono::steady_clock;

// A layered theory like a real one: interventions, layers of mechanisms, outcomes, with links
// mostly to the next layer and some skipping one; a few cases with verdicts for the colours.
rw::Project generate(int nodeCount, unsigned seed) {
    std::mt19937 random(seed);
    rw::Project project;
    project.meta.title = "Generated theory of " + std::to_string(nodeCount) + " nodes";
    rw::Theory theory{"t", "Generated", "", {}, {}};
    int layers = std::max(3, nodeCount / 12);
    std::vector<std::vector<int>> layer(static_cast<std::size_t>(layers));
    for (int i = 0; i < nodeCount; ++i) {
        int l = i < 2 ? 0 : (i >= nodeCount - 4 ? layers - 1 : 1 + static_cast<int>(random() % static_cast<unsigned>(layers - 2)));
        rw::Node node;
        node.id = "n" + std::to_string(i);
        node.kind = l == 0 ? rw::NodeKind::Intervention : l == layers - 1 ? rw::NodeKind::Outcome : rw::NodeKind::Mechanism;
        node.label = "Mechanism number " + std::to_string(i) + " with a longer label";
        theory.nodes.push_back(node);
        layer[static_cast<std::size_t>(l)].push_back(i);
    }
    int linkNumber = 0;
    for (int l = 0; l + 1 < layers; ++l) {
        for (int from : layer[static_cast<std::size_t>(l)]) {
            int targets = 1 + static_cast<int>(random() % 2);
            for (int t = 0; t < targets; ++t) {
                int skip = (random() % 5 == 0 && l + 2 < layers) ? 2 : 1;
                const auto& next = layer[static_cast<std::size_t>(l + skip)];
                if (next.empty()) continue;
                int to = next[random() % next.size()];
                theory.links.push_back({"l" + std::to_string(linkNumber++), "n" + std::to_string(from),
                                        "n" + std::to_string(to), rw::LinkKind::Causes, "", "", "", {}});
            }
        }
    }
    project.theories.push_back(theory);
    for (int c = 0; c < 10; ++c) {
        rw::Case kase;
        kase.id = "c" + std::to_string(c);
        kase.name = kase.id;
        for (const rw::Node& node : theory.nodes)
            kase.verdicts.push_back({node.id, static_cast<rw::VerdictValue>(1 + random() % 3), {}, {}});
        project.cases.push_back(kase);
    }
    return project;
}

double seconds(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
    int repeats = argc > 1 ? std::max(1, std::atoi(argv[1])) : 5;
    if (std::system("command -v dot >/dev/null 2>&1") != 0) {
        std::fprintf(stderr, "render_bench: `dot` not found (apt-get install graphviz)\n");
        return 2;
    }
    auto dir = std::filesystem::temp_directory_path() / "realist-render-bench";
    std::filesystem::create_directories(dir);
    std::printf("%-7s %12s %12s %8s\n", "nodes", "realist (s)", "dot -Tsvg (s)", "ratio");
    for (int nodes : {50, 300, 1000}) {
        rw::Project project = generate(nodes, 42);
        rw::DiagramOptions options;
        options.view = rw::DiagramView::AllCases;
        rw::RenderResult dot = rw::renderDiagram(project, options, "dot");
        auto dotFile = dir / ("theory-" + std::to_string(nodes) + ".dot");
        std::ofstream(dotFile) << dot.data;
        std::string command = "dot -Tsvg " + dotFile.string() + " -o " + (dir / "out.svg").string();
        std::vector<double> ours, theirs;
        for (int r = 0; r < repeats; ++r) {
            auto start = Clock::now();
            rw::RenderResult svg = rw::renderDiagram(project, options, "svg");
            ours.push_back(seconds(start));
            if (!svg) {
                std::fprintf(stderr, "render failed: %s\n", svg.error.c_str());
                return 1;
            }
            start = Clock::now();
            if (std::system(command.c_str()) != 0) return 1;
            theirs.push_back(seconds(start));
        }
        double a = median(ours), b = median(theirs);
        std::printf("%-7d %12.3f %12.3f %8.2f\n", nodes, a, b, a / b);
    }
    std::filesystem::remove_all(dir);
    return 0;
}
