#pragma once
// Runs the `realist` binary for the chat tests and captures what it prints.

#include <filesystem>
#include <string>
#include <vector>

namespace rw {

struct CliRun {
    int code = -1;
    std::string out;
    std::string err;
};

// Runs `realist` with `args`, capturing stdout and stderr through files in `scratch`.
CliRun runRealist(const std::vector<std::string>& args, const std::filesystem::path& scratch);

// Returns the content of the file at `path` ("" when it cannot be read).
std::string slurp(const std::filesystem::path& path);

}  // namespace rw
