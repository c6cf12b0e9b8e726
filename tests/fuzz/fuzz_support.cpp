#include "tests/fuzz/fuzz_support.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "model/format/xml_reader.h"
#include "model/format/xml_writer.h"

namespace rw::fuzz {
namespace fs = std::filesystem;
namespace {

fs::path scratchFolder() {
    static const fs::path folder = [] {
        fs::path made = fs::temp_directory_path() / ("rw-fuzz-" + std::to_string(::getpid()));
        fs::remove_all(made);
        fs::create_directories(made);
        std::atexit([] {
            std::error_code ignored;
            fs::remove_all(fs::temp_directory_path() / ("rw-fuzz-" + std::to_string(::getpid())), ignored);
        });
        return made;
    }();
    return folder;
}

std::size_t firstDifference(std::string_view a, std::string_view b) {
    std::size_t at = 0;
    while (at < a.size() && at < b.size() && a[at] == b[at]) ++at;
    return at;
}

std::string around(std::string_view text, std::size_t at) {
    std::size_t from = at < 80 ? 0 : at - 80;
    return std::string(text.substr(from, 160));
}

}  // namespace

std::string writeInput(std::string_view bytes, const std::string& name) {
    fs::path path = scratchFolder() / name;
    std::ofstream(path, std::ios::binary | std::ios::trunc).write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    return path.string();
}

const Project& sampleProject() {
    static const Project sample = [] {
        LoadResult loaded = loadProject(REALIST_SOURCE_DIR "/samples/rotterdam-digitale-buurtpreventie.realist");
        if (!loaded) fail("the sample does not load: " + loaded.error.toString());
        return *loaded.project;
    }();
    return sample;
}

void fail(const std::string& what) {
    std::fprintf(stderr, "\n*** fuzz oracle: %s\n", what.c_str());
    std::abort();
}

void requireRoundTrip(const Project& project, const std::string& context) {
    std::string unwritable;
    std::string first = writeProject(project, unwritable);
    if (!unwritable.empty()) fail(context + ": the project cannot be saved: " + unwritable);
    LoadResult loaded = readProject(first, "round-trip.realist");
    if (!loaded) fail(context + ": what was saved does not load: " + loaded.error.toString());
    std::string second = writeProject(*loaded.project);
    if (second != first) {
        std::size_t at = firstDifference(first, second);
        fail(context + ": saving the reloaded project gives other bytes at " + std::to_string(at) + ":\n" +
             around(first, at) + "\n---\n" + around(second, at));
    }
    if (!(*loaded.project == project))
        fail(context + ": the reloaded project differs from the saved one, though both write the same bytes");
}

void requireSoundImport(const ImportResult& result, const Project& before, const std::string& path) {
    if (!result) {
        if (result.error.empty()) fail(path + ": an import failed without saying why");
        if (result.error.find('\n') != std::string::npos) fail("an error of more than one line: " + result.error);
        if (result.error.rfind(path, 0) != 0) fail("an error that does not name the file: " + result.error);
        return;
    }
    Project project = before;
    result.command->redo(project);
    requireRoundTrip(project, "after importing " + path);
    result.command->undo(project);
    if (!(project == before)) fail("undoing the import of " + path + " does not give back the project before");
}

}  // namespace rw::fuzz
