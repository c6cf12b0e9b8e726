#pragma once
// Runs the `realist` binary on hostile input under kernel limits — CPU seconds and address
// space (setrlimit) — so that a run that would take too long or too much memory is stopped by
// the kernel and fails its row, without any stopwatch in the test.

#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace rw::hostile {

// The most a run may use. The address-space bound is not applied in the sanitizer build, whose
// shadow memory needs terabytes of address space; the CPU bound is.
struct Bounds {
    int cpuSeconds = 20;
    std::uint64_t addressSpaceMiB = 1024;
};

struct RunResult {
    int code = -1;    // the exit code, or -1 when killed
    int signal = 0;   // the signal that killed it, or 0
    std::string out;
    std::string err;
    // Returns "exit 2", or "killed by SIGXCPU (the CPU bound)".
    std::string describe() const;
};

// Runs `program` (REALIST_CLI when empty) with `args` in folder `cwd` under `bounds`, its output
// kept in `logs`; with `asNobody`, as the user nobody when the test runs as root (root ignores
// permissions) — then `program` must be a copy nobody can reach, since a build tree below a
// private folder (mktemp -d) is not.
RunResult runBounded(const std::filesystem::path& cwd, const std::vector<std::string>& args, const Bounds& bounds,
                     const std::filesystem::path& logs, bool asNobody = false, const std::string& program = {});

// What is in a folder, recursively: path → type, size and modification time (files) or target
// (links). Equal snapshots mean nothing was written, created or removed.
using Snapshot = std::map<std::string, std::string>;
Snapshot snapshotOf(const std::filesystem::path& folder);

// Returns the entries that differ between two snapshots, one per line ("+ new", "- gone", "~ changed").
std::string differences(const Snapshot& before, const Snapshot& after);

}  // namespace rw::hostile
