#pragma once
// Runs the `realist` binary (REALIST_CLI) with the plugins of the build tree, for the REFI-QDA CLI
// tests: output captured in files of the test's scratch folder.

#include <sys/wait.h>

#include <cstdlib>
#include <string>
#include <vector>

#include "tests/qdpx/qdpx_files.h"
#include "tests/shell_quote.h"

namespace rw::test {

struct CliOutput {
    int code = -1;  // the exit code, -1 when it did not exit
    std::string out;
    std::string err;
};

inline CliOutput runRealist(const ScratchDir& scratch, const std::vector<std::string>& args) {
    std::string command = "REALIST_PLUGIN_PATH=" + shellQuote(REALIST_PLUGIN_DIR) + " " + shellQuote(REALIST_CLI);
    for (const std::string& arg : args) command += " " + shellQuote(arg);
    command += " >" + shellQuote((scratch / "out").string()) + " 2>" + shellQuote((scratch / "err").string());
    int status = std::system(command.c_str());
    return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, slurp(scratch / "out"), slurp(scratch / "err")};
}

}  // namespace rw::test
