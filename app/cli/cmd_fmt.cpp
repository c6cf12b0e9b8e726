// realist fmt FILE [--check]

#include <iostream>

#include "app/cli/commands.h"
#include "model/format/atomic_file.h"
#include "model/format/xml_writer.h"

namespace rw::cli {

int runFmt(const Args& args) {
    Usage usage{"fmt", "fmt FILE [--check]",
                "Rewrites a project in the canonical form (stable order, 2-space indent) atomically, keeping\n"
                "the previous version as FILE~. With --check, writes nothing and exits 1 when FILE is not canonical."};
    po::options_description options("Options");
    options.add_options()("check", "only report whether the file is canonical");
    int exitCode = kOk;
    auto vm = parseArgs(args, usage, options, {"FILE"}, exitCode);
    if (!vm) return exitCode;
    std::string file = (*vm)["FILE"].as<std::string>();
    auto project = loadOrReport(file);
    if (!project) return kBadInput;
    std::string current;
    std::string why;
    readWholeFile(file, current, why);
    std::string canonical = writeProject(*project);
    if (canonical == current) {
        std::cout << file << ": already canonical\n";
        return kOk;
    }
    if (vm->count("check")) {
        std::cout << file << ": not canonical\n";
        return kFindings;
    }
    WriteResult written = writeFileAtomically(file, canonical, true);
    if (!written) return fail(written.error);
    std::cout << file << ": rewritten (previous version kept as " << file << "~)\n";
    return kOk;
}

}  // namespace rw::cli
