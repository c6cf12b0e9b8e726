#include "tests/hostile/bounded_run.h"

#include <fcntl.h>
#include <grp.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstring>
#include <fstream>
#include <sstream>

namespace rw::hostile {
namespace fs = std::filesystem;
namespace {

std::string slurp(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

void limit(int resource, rlim_t value) {
    rlimit bound{value, value};
    ::setrlimit(resource, &bound);
}

}  // namespace

std::string RunResult::describe() const {
    if (signal == 0) return "exit " + std::to_string(code);
    std::string name = signal == SIGXCPU ? "SIGXCPU (the CPU bound)"
                       : signal == SIGKILL ? "SIGKILL (the CPU bound's hard limit?)"
                       : signal == SIGABRT ? "SIGABRT (out of memory under the address-space bound, or a bug)"
                       : signal == SIGSEGV ? "SIGSEGV (a crash, or the stack under the address-space bound)"
                                           : std::string(::strsignal(signal));
    return "killed by " + name;
}

RunResult runBounded(const fs::path& cwd, const std::vector<std::string>& args, const Bounds& bounds,
                     const fs::path& logs, bool asNobody, const std::string& program) {
    fs::create_directories(logs);
    const fs::path outPath = logs / "out", errPath = logs / "err";
    std::vector<std::string> argv{program.empty() ? std::string(REALIST_CLI) : program};
    argv.insert(argv.end(), args.begin(), args.end());
    std::vector<char*> pointers;
    for (std::string& arg : argv) pointers.push_back(arg.data());
    pointers.push_back(nullptr);

    pid_t pid = ::fork();
    if (pid == 0) {
        int out = ::open(outPath.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
        int err = ::open(errPath.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
        if (out < 0 || err < 0 || ::dup2(out, 1) < 0 || ::dup2(err, 2) < 0 || ::chdir(cwd.c_str()) != 0) ::_exit(126);
        int none = ::open("/dev/null", O_RDONLY | O_CLOEXEC);  // nothing to read from the test's input
        if (none < 0 || ::dup2(none, 0) < 0) ::_exit(126);
        limit(RLIMIT_CPU, static_cast<rlim_t>(bounds.cpuSeconds));
        limit(RLIMIT_CORE, 0);
#ifndef REALIST_SANITIZE
        limit(RLIMIT_AS, static_cast<rlim_t>(bounds.addressSpaceMiB) << 20);
#endif
        if (asNobody && ::geteuid() == 0) {
            const gid_t nogroup = 65534;
            if (::setgroups(1, &nogroup) != 0 || ::setgid(65534) != 0 || ::setuid(65534) != 0) ::_exit(125);
        }
        ::execv(pointers[0], pointers.data());
        ::_exit(127);
    }
    int status = 0;
    ::waitpid(pid, &status, 0);
    RunResult result;
    if (WIFEXITED(status)) result.code = WEXITSTATUS(status);
    if (WIFSIGNALED(status)) result.signal = WTERMSIG(status);
    result.out = slurp(outPath);
    result.err = slurp(errPath);
    return result;
}

Snapshot snapshotOf(const fs::path& folder) {
    Snapshot snapshot;
    for (auto it = fs::recursive_directory_iterator(folder); it != fs::recursive_directory_iterator(); ++it) {
        struct stat info {};
        if (::lstat(it->path().c_str(), &info) != 0) continue;
        std::string what;
        if (S_ISLNK(info.st_mode)) what = "link to " + fs::read_symlink(it->path()).string();
        else if (S_ISDIR(info.st_mode)) what = "folder";
        else
            what = "file of " + std::to_string(info.st_size) + " bytes, changed " +
                   std::to_string(info.st_mtim.tv_sec) + "." + std::to_string(info.st_mtim.tv_nsec);
        snapshot[fs::relative(it->path(), folder).string()] = what;
    }
    return snapshot;
}

std::string differences(const Snapshot& before, const Snapshot& after) {
    std::string lines;
    for (const auto& [name, what] : after) {
        auto old = before.find(name);
        if (old == before.end()) lines += "+ " + name + " (" + what + ")\n";
        else if (old->second != what) lines += "~ " + name + " (" + old->second + " → " + what + ")\n";
    }
    for (const auto& [name, what] : before)
        if (!after.count(name)) lines += "- " + name + "\n";
    return lines;
}

}  // namespace rw::hostile
