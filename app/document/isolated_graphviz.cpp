#include "app/document/isolated_graphviz.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <vector>

#include "app/document/graphviz_request.h"
#include "app/document/wire_format.h"
#include "model/checks/source_texts.h"
#include "model/format/xml_writer.h"

extern char** environ;

namespace rw::document {
namespace {

namespace fs = std::filesystem;
constexpr int kTimeoutMs = 60000;  // a layout that takes a minute is a hang

bool executable(const fs::path& path) {
    std::error_code error;
    return fs::is_regular_file(path, error) && ::access(path.c_str(), X_OK) == 0;
}

// Runs the helper with `arguments`, feeding `input` and collecting its output. Returns false
// with `why` when it cannot start, dies, hangs or fails.
bool runHelper(const std::string& helper, const std::vector<std::string>& arguments, const std::string& input,
               std::string& output, std::string& why) {
    // A helper that dies while we write would send SIGPIPE: on this thread it becomes EPIPE.
    sigset_t pipeSignal;
    sigemptyset(&pipeSignal);
    sigaddset(&pipeSignal, SIGPIPE);
    pthread_sigmask(SIG_BLOCK, &pipeSignal, nullptr);

    int toChild[2];
    int fromChild[2];
    if (::pipe2(toChild, O_CLOEXEC) != 0) {
        why = std::string("cannot start the Graphviz helper: ") + std::strerror(errno);
        return false;
    }
    if (::pipe2(fromChild, O_CLOEXEC) != 0) {
        why = std::string("cannot start the Graphviz helper: ") + std::strerror(errno);
        ::close(toChild[0]);
        ::close(toChild[1]);
        return false;
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, toChild[0], STDIN_FILENO);
    posix_spawn_file_actions_adddup2(&actions, fromChild[1], STDOUT_FILENO);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
    std::vector<char*> argv;
    argv.push_back(const_cast<char*>(helper.c_str()));
    for (const std::string& a : arguments) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    pid_t pid = 0;
    int spawned = posix_spawn(&pid, helper.c_str(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    ::close(toChild[0]);
    ::close(fromChild[1]);
    if (spawned != 0) {
        ::close(toChild[1]);
        ::close(fromChild[0]);
        why = std::string("cannot start the Graphviz helper: ") + std::strerror(spawned);
        return false;
    }

    // Write the project and read the result at the same time: either pipe may fill up.
    ::fcntl(toChild[1], F_SETFL, O_NONBLOCK);
    std::size_t written = 0;
    int writeFd = toChild[1];
    if (input.empty()) {
        ::close(writeFd);
        writeFd = -1;
    }
    output.clear();
    auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(kTimeoutMs);
    bool timedOut = false;
    for (;;) {
        pollfd fds[2] = {{fromChild[0], POLLIN, 0}, {writeFd, POLLOUT, 0}};
        int left = static_cast<int>(
            std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now()).count());
        if (left <= 0) {
            timedOut = true;
            break;
        }
        int ready = ::poll(fds, writeFd >= 0 ? 2 : 1, left);
        if (ready < 0 && errno == EINTR) continue;
        if (ready <= 0) continue;
        if (writeFd >= 0 && (fds[1].revents & (POLLOUT | POLLERR | POLLHUP))) {
            ssize_t n = ::write(writeFd, input.data() + written, input.size() - written);
            if (n > 0) written += static_cast<std::size_t>(n);
            if ((n < 0 && errno != EAGAIN && errno != EINTR) || written == input.size()) {
                ::close(writeFd);
                writeFd = -1;
            }
        }
        if (fds[0].revents & (POLLIN | POLLHUP | POLLERR)) {
            char buffer[65536];
            ssize_t n = ::read(fromChild[0], buffer, sizeof buffer);
            if (n > 0) output.append(buffer, static_cast<std::size_t>(n));
            else if (n == 0 || (errno != EINTR && errno != EAGAIN)) break;
        }
    }
    if (writeFd >= 0) ::close(writeFd);
    ::close(fromChild[0]);
    if (timedOut) ::kill(pid, SIGKILL);
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    // Drop a SIGPIPE left pending by a helper that died early; it must not fire later.
    timespec zero{0, 0};
    while (sigtimedwait(&pipeSignal, nullptr, &zero) > 0) {
    }
    if (timedOut) {
        why = "Graphviz took longer than a minute and was stopped; the project is unharmed";
        return false;
    }
    if (WIFSIGNALED(status)) {
        why = "Graphviz crashed while laying out this diagram (" + std::string(strsignal(WTERMSIG(status))) +
              "); the project is unharmed";
        return false;
    }
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        why = "the Graphviz helper failed (exit " + std::to_string(WIFEXITED(status) ? WEXITSTATUS(status) : -1) + ")";
        return false;
    }
    return true;
}

bool runRequest(const GraphvizRequest& request, const Project& project, std::string& output, std::string& why) {
    return runHelper(graphvizHelperPath(), toArguments(request), writeProject(project), output, why);
}

}  // namespace

std::string graphvizHelperPath() {
    if (const char* path = std::getenv("REALIST_GRAPHVIZ_HELPER"); path && executable(path)) return path;
    std::error_code error;
    fs::path self = fs::read_symlink("/proc/self/exe", error);
    std::vector<fs::path> candidates;
    if (!error) {
        candidates.push_back(self.parent_path() / "realist-graphviz-helper");
        candidates.push_back(self.parent_path() / "../libexec/realist/realist-graphviz-helper");
    }
    candidates.emplace_back(REALIST_INSTALL_LIBEXECDIR "/realist/realist-graphviz-helper");
    candidates.emplace_back(REALIST_BUILD_HELPER);
    for (const fs::path& candidate : candidates)
        if (executable(candidate)) return candidate.lexically_normal().string();
    return {};
}

std::optional<DiagramLayout> layoutIsolated(const Project& project, const DiagramOptions& options, std::string* error) {
    if (graphvizHelperPath().empty()) return layoutDiagram(project, options, error);  // no helper: in-process
    std::string output;
    std::string why;
    if (!runRequest({"layout", "", "", "", options}, project, output, why)) {
        if (error) *error = why;
        return std::nullopt;
    }
    WireReader in(output);
    std::optional<DiagramLayout> layout;
    std::string message;
    if (in.flag()) layout = in.layout();
    else message = in.text();
    if (!in.complete()) {
        if (error) *error = "the layout came back damaged";
        return std::nullopt;
    }
    if (!layout && error) *error = message;
    return layout;
}

RenderResult renderIsolated(const Project& project, const DiagramOptions& options, const std::string& format) {
    if (graphvizHelperPath().empty()) return renderDiagram(project, options, format);
    std::string output;
    RenderResult result;
    if (!runRequest({"render", format, "", "", options}, project, output, result.error)) return result;
    WireReader in(output);
    result.data = in.text();
    result.error = in.text();
    result.warnings = in.text();
    if (!in.complete()) result.error = "the rendering came back damaged";
    return result;
}

ReportResult reportIsolated(const Project& project, const std::string& theoryId, const std::string& generator,
                            const std::string& projectPath) {
    if (graphvizHelperPath().empty()) {
        SourceTexts texts(project, projectPath);
        return renderReport(project, theoryId, generator, &texts);
    }
    DiagramOptions options;
    options.theoryId = theoryId;
    std::string output;
    ReportResult result;
    if (!runRequest({"report", "", generator, projectPath, options}, project, output, result.error)) return result;
    WireReader in(output);
    result.html = in.text();
    result.error = in.text();
    if (!in.complete()) result.error = "the report came back damaged";
    return result;
}

}  // namespace rw::document
