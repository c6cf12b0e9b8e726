#include "tests/chat/chat_cli.h"

#include <sys/wait.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "tests/shell_quote.h"

namespace rw {

namespace {
std::string quote(const std::string& arg) { return test::shellQuote(arg); }
}  // namespace

std::string slurp(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

CliRun runRealist(const std::vector<std::string>& args, const std::filesystem::path& scratch) {
    std::string command = quote(REALIST_CLI);
    for (const std::string& arg : args) command += " " + quote(arg);
    command += " >" + quote((scratch / "stdout").string()) + " 2>" + quote((scratch / "stderr").string());
    int status = std::system(command.c_str());
    return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, slurp(scratch / "stdout"), slurp(scratch / "stderr")};
}

}  // namespace rw
