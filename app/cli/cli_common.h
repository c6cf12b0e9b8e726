#pragma once
// What every `realist` sub-command shares: exit codes, option parsing, loading a project.

#include <boost/program_options.hpp>

#include <optional>
#include <string>
#include <vector>

#include "model/core/project.h"

namespace rw::cli {

namespace po = boost::program_options;

enum ExitCode { kOk = 0, kFindings = 1, kBadInput = 2 };

using Args = std::vector<std::string>;

// A sub-command's description: its name, synopsis and options.
struct Usage {
    std::string name;
    std::string synopsis;  // "check FILE [--format text|json] [--case ID]"
    std::string summary;   // one sentence
};

// Parses `args` against `options` with FILE-like positionals named in `positional` (in order).
// Prints help and returns kOk in `exitCode` for --help; prints a usage error and returns
// kBadInput for unknown options or a wrong count of positionals. Returns nullopt in both cases.
std::optional<po::variables_map> parseArgs(const Args& args, const Usage& usage,
                                           po::options_description options,
                                           const std::vector<std::string>& positional, int& exitCode);

// Prints "realist: message" to stderr and returns kBadInput.
int fail(const std::string& message);

// Loads a project; on failure prints the one-line error and returns nullopt.
std::optional<Project> loadOrReport(const std::string& path);

// Returns the theory named by `--theory` (empty: the first one), or prints an error.
const Theory* theoryOrReport(const Project& project, const std::string& theoryId);

// Adds the --theory option that every command working on one theory takes.
void addTheoryOption(po::options_description& options);

// A loaded project with the theory that --theory chose.
struct OpenedProject {
    Project project;
    std::size_t theoryIndex = 0;
    const Theory& theory() const { return project.theories[theoryIndex]; }
};

// Loads the FILE positional and picks --theory; prints the one-line error and returns nullopt
// on failure.
std::optional<OpenedProject> openWithTheory(const po::variables_map& vm);

// Returns `value` when it is one of `allowed`; otherwise prints an error and returns nullopt.
std::optional<std::string> choiceOrReport(const std::string& option, const std::string& value,
                                          const std::vector<std::string>& allowed);

}  // namespace rw::cli
