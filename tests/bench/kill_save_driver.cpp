// Crash-safe saving, proven by force: starts kill_save_writer, which saves two large projects
// to one file in turn, kills it with SIGKILL after a random delay, and checks what is left:
//   - the file is byte for byte one of the two versions, and loads;
//   - a backup PATH~, if there, is one of the two versions too, and loads;
//   - nothing else is in the folder but hidden temporary files of the killed writer
//     (".NAME.tmp-PID-…"), and the next save removes those.
// Prints one line per failure and a summary; exits 1 when any trial failed.
// Usage: kill_save_driver --writer PATH [--trials N] [--nodes N] [--cases N] [--seed N]

#include <dirent.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "model/format/xml_reader.h"
#include "model/format/xml_writer.h"
#include "tests/gui/large_project.h"

namespace fs = std::filesystem;

namespace {

struct Settings {
    std::string writer;
    int trials = 100;
    int nodes = 1500;
    int cases = 60;
    unsigned seed = 1;
};

std::string slurp(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

std::vector<std::string> entriesOf(const fs::path& folder) {
    std::vector<std::string> names;
    for (const fs::directory_entry& entry : fs::directory_iterator(folder)) names.push_back(entry.path().filename());
    return names;
}

// Starts the writer with its stdout on a pipe and waits for its "ready"; returns its pid.
pid_t startWriter(const Settings& settings, const fs::path& file) {
    int channel[2];
    if (::pipe(channel) != 0) return -1;
    pid_t pid = ::fork();
    if (pid == 0) {
        ::dup2(channel[1], STDOUT_FILENO);
        ::close(channel[0]);
        ::close(channel[1]);
        std::string nodes = std::to_string(settings.nodes), cases = std::to_string(settings.cases);
        ::execl(settings.writer.c_str(), settings.writer.c_str(), file.c_str(), nodes.c_str(), cases.c_str(), nullptr);
        ::_exit(127);
    }
    ::close(channel[1]);
    char ready[6] = {};
    std::size_t got = 0;
    while (got < 5) {
        ssize_t n = ::read(channel[0], ready + got, 5 - got);
        if (n <= 0) break;
        got += static_cast<std::size_t>(n);
    }
    ::close(channel[0]);
    return got == 5 && std::strncmp(ready, "ready", 5) == 0 ? pid : -1;
}

struct Tally {
    int trials = 0, failures = 0, oldVersion = 0, newVersion = 0, backups = 0, leftovers = 0;
};

// Returns which version `bytes` is (0 or 1), or -1.
int versionOf(const std::string& bytes, const std::string (&versions)[2]) {
    return bytes == versions[0] ? 0 : bytes == versions[1] ? 1 : -1;
}

}  // namespace

int main(int argc, char** argv) {
    Settings settings;
    for (int i = 1; i + 1 < argc; i += 2) {
        std::string option = argv[i];
        if (option == "--writer") settings.writer = argv[i + 1];
        else if (option == "--trials") settings.trials = std::atoi(argv[i + 1]);
        else if (option == "--nodes") settings.nodes = std::atoi(argv[i + 1]);
        else if (option == "--cases") settings.cases = std::atoi(argv[i + 1]);
        else if (option == "--seed") settings.seed = static_cast<unsigned>(std::atoi(argv[i + 1]));
    }
    if (settings.writer.empty()) {
        std::fprintf(stderr, "usage: kill_save_driver --writer PATH [--trials N] [--nodes N] [--cases N] [--seed N]\n");
        return 2;
    }
    const rw::Project projects[2] = {rw::gui::test::largeProject(settings.nodes, settings.cases, 1),
                                     rw::gui::test::largeProject(settings.nodes, settings.cases, 2)};
    const std::string versions[2] = {rw::writeProject(projects[0]), rw::writeProject(projects[1])};

    const fs::path folder = fs::temp_directory_path() / ("rw-kill-save-" + std::to_string(::getpid()));
    fs::remove_all(folder);
    fs::create_directories(folder);
    const fs::path file = folder / "study.realist";
    const std::string name = file.filename();
    const std::string hiddenPrefix = "." + name + ".tmp-";

    // How long one save takes here: the kills are spread over a few saves' time.
    auto started = std::chrono::steady_clock::now();
    for (int i = 0; i < 3; ++i) rw::saveProject(projects[i % 2], file.string());
    auto perSave = (std::chrono::steady_clock::now() - started) / 3;
    long spreadMicros = std::max<long>(1000, 3 * std::chrono::duration_cast<std::chrono::microseconds>(perSave).count());
    std::printf("kill_save: %d trials, project of %d nodes and %d cases (%zu and %zu bytes), one save %.1f ms, "
                "kills spread over 0-%.1f ms\n",
                settings.trials, settings.nodes, settings.cases, versions[0].size(), versions[1].size(),
                std::chrono::duration<double, std::milli>(perSave).count(), spreadMicros / 1000.0);

    std::mt19937 random(settings.seed);
    Tally tally;
    for (int trial = 1; trial <= settings.trials; ++trial) {
        ++tally.trials;
        auto failed = [&](const std::string& why) {
            std::printf("trial %d: %s\n", trial, why.c_str());
            ++tally.failures;
        };
        fs::remove(folder / (name + "~"));
        rw::saveProject(projects[0], file.string());  // the old version, and no backup yet
        pid_t writer = startWriter(settings, file);
        if (writer < 0) {
            failed("the writer did not start");
            break;
        }
        long delay = std::uniform_int_distribution<long>(0, spreadMicros)(random);
        std::this_thread::sleep_for(std::chrono::microseconds(delay));
        ::kill(writer, SIGKILL);
        int status = 0;
        ::waitpid(writer, &status, 0);
        if (!WIFSIGNALED(status)) failed("the writer ended before it was killed");

        int version = versionOf(slurp(file), versions);
        if (version < 0) failed("the file is neither version (" + std::to_string(fs::file_size(file)) + " bytes)");
        else if (rw::LoadResult loaded = rw::loadProject(file.string()); !loaded)
            failed("the file does not load: " + loaded.error.toString());
        else if (rw::writeProject(*loaded.project) != versions[version])
            failed("the file does not load back as the version it holds");
        (version == 0 ? tally.oldVersion : tally.newVersion) += version >= 0;
        if (fs::exists(folder / (name + "~"))) {
            ++tally.backups;
            int backup = versionOf(slurp(folder / (name + "~")), versions);
            if (backup < 0 || !rw::loadProject((folder / (name + "~")).string()))
                failed("the backup is not a complete earlier version");
        }
        bool hidden = false;
        for (const std::string& entry : entriesOf(folder)) {
            if (entry == name || entry == name + "~") continue;
            if (entry.rfind(hiddenPrefix, 0) == 0) hidden = true;
            else failed("a stray file a user would see: " + entry);
        }
        tally.leftovers += hidden;
        // The next save clears what the killed writer left.
        if (rw::WriteResult saved = rw::saveProject(projects[1], file.string()); !saved) failed(saved.error);
        for (const std::string& entry : entriesOf(folder))
            if (entry != name && entry != name + "~") failed("left after the next save: " + entry);
    }
    fs::remove_all(folder);
    std::printf("kill_save: %d trials, %d corrupt or stray (%d left the old version, %d the new one; %d with a backup; "
                "%d with hidden leftovers, all removed by the next save)\n",
                tally.trials, tally.failures, tally.oldVersion, tally.newVersion, tally.backups, tally.leftovers);
    return tally.failures == 0 ? 0 : 1;
}
