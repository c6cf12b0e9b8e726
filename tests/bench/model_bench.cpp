// How the model's own work compares with the work it cannot avoid, on generated projects of
// NODES × CASES (tests/gui/large_project.h: four fifths ticked, 1–3 quotes of 100–400 characters):
//   load  ÷ a bare pugixml parse of the same file (time, and peak memory in a child process each)
//   save  ÷ load
//   check: a full runChecks, in milliseconds beyond the load
//   tick:  one verdict changed and checked again, in milliseconds: by a full runChecks, and by a
//          CheckSession that rechecks the one case (the ratio of the two is the gain)
//   copy:  a copy of the loaded project and its release (what the editor's snapshot costs)
// Each pair runs alternately REPEATS times in this process and the medians are compared, so the
// ratios hold on a busy machine; absolute times do not.
//
// Usage: model_bench [--nodes N] [--cases C] [--repeat R]
//        model_bench --nodes N --cases C --write FILE   (only writes the generated project)
//        model_bench --peak parse|load|check FILE   (one step, for the peak-memory child or a profiler)

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include <pugixml.hpp>

#include "model/checks/checks.h"
#include "model/format/atomic_file.h"
#include "model/format/xml_reader.h"
#include "model/format/xml_writer.h"
#include "tests/gui/large_project.h"

namespace {

using Clock = std::chrono::steady_clock;

double millisecondsOf(const std::function<void()>& work) {
    auto start = Clock::now();
    work();
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

// The baseline: the file read and parsed by pugixml with its defaults, nothing else.
bool bareParse(const std::string& path) {
    pugi::xml_document document;
    return static_cast<bool>(document.load_file(path.c_str()));
}

bool load(const std::string& path) { return static_cast<bool>(rw::loadProject(path)); }

// Runs this program again for one step and returns the child's peak resident memory in MiB. The
// child reports its own VmHWM: a fork's ru_maxrss would count this process's memory too.
double peakMebibytes(const char* self, const char* step, const std::string& path) {
    std::string command = std::string("'") + self + "' --peak " + step + " '" + path + "'";
    FILE* child = ::popen(command.c_str(), "r");
    if (!child) return -1;
    double kibibytes = -1;
    if (std::fscanf(child, "%lf", &kibibytes) != 1) kibibytes = -1;
    return ::pclose(child) == 0 ? kibibytes / 1024.0 : -1;
}

// Prints this process's peak resident memory in KiB (VmHWM).
void printPeak() {
    FILE* status = std::fopen("/proc/self/status", "r");
    char line[256];
    while (status && std::fgets(line, sizeof line, status))
        if (std::string(line).rfind("VmHWM:", 0) == 0) std::printf("%ld\n", std::atol(line + 6));
    if (status) std::fclose(status);
}

int argument(int argc, char** argv, const std::string& name, int fallback) {
    for (int i = 1; i + 1 < argc; ++i)
        if (argv[i] == name) return std::atoi(argv[i + 1]);
    return fallback;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc == 4 && std::string(argv[1]) == "--peak") {
        std::string step = argv[2];
        if (step == "check") {  // for profiling: a load, then the checks ten times
            rw::LoadResult loaded = rw::loadProject(argv[3]);
            for (int i = 0; loaded && i < 10; ++i) (void)rw::runChecks(*loaded.project);
            return loaded ? 0 : 1;
        }
        if (!(step == "parse" ? bareParse(argv[3]) : load(argv[3]))) return 1;
        printPeak();
        return 0;
    }
    int nodes = argument(argc, argv, "--nodes", 300);
    int cases = argument(argc, argv, "--cases", 30);
    int repeat = std::max(1, argument(argc, argv, "--repeat", 5));

    rw::Project project = rw::gui::test::largeProject(nodes, cases);
    for (int i = 1; i + 1 < argc; ++i)
        if (std::string(argv[i]) == "--write") return rw::saveProject(project, argv[i + 1]) ? 0 : 1;
    auto folder = std::filesystem::temp_directory_path() / ("model_bench_" + std::to_string(::getpid()));
    std::filesystem::create_directories(folder);
    std::string path = (folder / "generated.realist").string();
    std::string saved = (folder / "saved.realist").string();
    if (!rw::saveProject(project, path)) {
        std::fprintf(stderr, "model_bench: cannot write %s\n", path.c_str());
        return 1;
    }
    rw::LoadResult loaded = rw::loadProject(path);
    if (!loaded) {
        std::fprintf(stderr, "model_bench: %s\n", loaded.error.toString().c_str());
        return 1;
    }
    const rw::Project& theProject = *loaded.project;
    std::size_t findingCount = 0;
    rw::Project ticked = theProject;
    rw::Case& firstCase = ticked.cases.front();
    const std::string& tickNode = ticked.theories.front().nodes[static_cast<std::size_t>(nodes / 2)].id;

    rw::CheckSession session(ticked, {});
    std::vector<double> parse, loading, saving, check, tick, recheck, copy, release;
    for (int r = 0; r < repeat; ++r) {
        parse.push_back(millisecondsOf([&] { bareParse(path); }));
        rw::LoadResult kept;  // freed after the clock stops: a caller keeps what it loads
        loading.push_back(millisecondsOf([&] { kept = rw::loadProject(path); }));
        saving.push_back(millisecondsOf([&] { (void)rw::saveProject(theProject, saved); }));
        check.push_back(millisecondsOf([&] { findingCount = rw::runChecks(theProject).size(); }));
        std::optional<rw::Project> snapshot;
        copy.push_back(millisecondsOf([&] { snapshot.emplace(theProject); }));
        release.push_back(millisecondsOf([&] { snapshot.reset(); }));
        auto flipTick = [&] {
            rw::Verdict* verdict = firstCase.findVerdict(tickNode);
            if (verdict) verdict->value = verdict->value == rw::VerdictValue::Supported ? rw::VerdictValue::Refuted
                                                                                      : rw::VerdictValue::Supported;
        };
        tick.push_back(millisecondsOf([&] {
            flipTick();
            (void)rw::runChecks(ticked);
        }));
        recheck.push_back(millisecondsOf([&] {
            flipTick();
            session.recheckCases({firstCase.id});
            (void)session.findings();  // gathered, as the editor's list needs them
        }));
        if (session.findings().size() != rw::runChecks(ticked).size()) {
            std::fprintf(stderr, "model_bench: the session and a full check disagree\n");
            return 1;
        }
    }
    double parsePeak = peakMebibytes(argv[0], "parse", path);
    double loadPeak = peakMebibytes(argv[0], "load", path);
    auto bytes = std::filesystem::file_size(path);

    std::printf("%d nodes x %d cases: %.1f MB, %zu findings; medians of %d alternating runs\n", nodes, cases,
                static_cast<double>(bytes) / 1e6, findingCount, repeat);
    std::printf("  bare parse  %9.1f ms   peak %7.0f MiB\n", median(parse), parsePeak);
    std::printf("  load        %9.1f ms   peak %7.0f MiB   load / parse %.2fx (goal <= 2), peak %.2fx (goal <= 1.5)\n",
                median(loading), loadPeak, median(loading) / median(parse), loadPeak / parsePeak);
    std::printf("  save        %9.1f ms   save / load %.2fx (goal <= 1.5)\n", median(saving),
                median(saving) / median(loading));
    std::printf("  check       %9.1f ms   (goal < 50 at 2,000 x 500)\n", median(check));
    std::printf("  tick+check  %9.1f ms   a full runChecks\n", median(tick));
    std::printf("  tick+recheck%9.1f ms   (goal < 2) the one case by a CheckSession: %.3fx the full check\n",
                median(recheck), median(recheck) / median(tick));
    std::printf("  copy        %9.1f ms   free %.1f ms (the editor's snapshot for its background jobs)\n", median(copy),
                median(release));
    std::filesystem::remove_all(folder);
    return 0;
}
