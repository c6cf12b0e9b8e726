#include "app/cli/cli_common.h"

#include <iostream>

#include "model/format/xml_reader.h"

namespace rw::cli {

int fail(const std::string& message) {
    std::cerr << "realist: " << message << "\n";
    return kBadInput;
}

std::optional<po::variables_map> parseArgs(const Args& args, const Usage& usage,
                                           po::options_description options,
                                           const std::vector<std::string>& positional, int& exitCode) {
    options.add_options()("help,h", "show this help");
    po::options_description hidden;
    po::positional_options_description positions;
    for (const std::string& name : positional) {
        hidden.add_options()(name.c_str(), po::value<std::string>());
        positions.add(name.c_str(), 1);
    }
    po::options_description all;
    all.add(options).add(hidden);
    po::variables_map vm;
    try {
        po::store(po::command_line_parser(args).options(all).positional(positions).run(), vm);
        po::notify(vm);
    } catch (const po::error& error) {
        exitCode = fail(usage.name + ": " + error.what() + " (see realist " + usage.name + " --help)");
        return std::nullopt;
    }
    if (vm.count("help")) {
        std::cout << "Usage: realist " << usage.synopsis << "\n\n" << usage.summary << "\n\n" << options;
        exitCode = kOk;
        return std::nullopt;
    }
    for (const std::string& name : positional) {
        if (!vm.count(name)) {
            exitCode = fail(usage.name + ": missing " + name + " (usage: realist " + usage.synopsis + ")");
            return std::nullopt;
        }
    }
    return vm;
}

std::optional<Project> loadOrReport(const std::string& path) {
    LoadResult result = loadProject(path);
    if (!result) {
        std::cerr << result.error.toString() << "\n";
        return std::nullopt;
    }
    return std::move(*result.project);
}

const Theory* theoryOrReport(const Project& project, const std::string& theoryId) {
    if (theoryId.empty()) return &project.theories.front();
    if (const Theory* theory = project.findTheory(theoryId)) return theory;
    std::string known;
    for (const Theory& theory : project.theories) known += (known.empty() ? "" : ", ") + theory.id;
    fail("unknown theory \"" + theoryId + "\" (theories: " + known + ")");
    return nullptr;
}

void addTheoryOption(po::options_description& options) {
    options.add_options()("theory", po::value<std::string>()->default_value(""), "the theory (default: the first)");
}

std::optional<OpenedProject> openWithTheory(const po::variables_map& vm) {
    auto project = loadOrReport(vm["FILE"].as<std::string>());
    if (!project) return std::nullopt;
    const Theory* theory = theoryOrReport(*project, vm["theory"].as<std::string>());
    if (!theory) return std::nullopt;
    auto index = static_cast<std::size_t>(theory - project->theories.data());
    return OpenedProject{std::move(*project), index};
}

std::optional<std::string> choiceOrReport(const std::string& option, const std::string& value,
                                          const std::vector<std::string>& allowed) {
    std::string list;
    for (const std::string& choice : allowed) {
        if (choice == value) return value;
        list += (list.empty() ? "" : "|") + choice;
    }
    fail(option + " must be " + list + ", not \"" + value + "\"");
    return std::nullopt;
}

}  // namespace rw::cli
