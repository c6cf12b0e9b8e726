// The writer that kill_save_driver kills: saves two large generated projects to PATH in turn,
// through rw::saveProject (atomic, previous version kept as PATH~), until it is killed.
// Prints "ready" once both projects are built, so that the driver's clock starts at the saving.
// Usage: kill_save_writer PATH NODES CASES

#include <cstdio>
#include <cstdlib>
#include <string>

#include "model/format/xml_writer.h"
#include "tests/gui/large_project.h"

int main(int argc, char** argv) {
    if (argc != 4) {
        std::fprintf(stderr, "usage: kill_save_writer PATH NODES CASES\n");
        return 2;
    }
    const std::string path = argv[1];
    const int nodes = std::atoi(argv[2]);
    const int cases = std::atoi(argv[3]);
    // The same seeds as the driver's: 1 is the version on disk before the writer starts.
    const rw::Project versions[2] = {rw::gui::test::largeProject(nodes, cases, 1),
                                     rw::gui::test::largeProject(nodes, cases, 2)};
    std::puts("ready");
    std::fflush(stdout);
    for (unsigned long round = 1;; ++round) {
        if (rw::WriteResult written = rw::saveProject(versions[round % 2], path); !written) {
            std::fprintf(stderr, "kill_save_writer: %s\n", written.error.c_str());
            return 1;
        }
    }
}
