#pragma once
// What the libFuzzer targets share: a scratch folder for inputs that must be files, the sample
// project to import into, and the oracles that turn a silent wrong result into a crash.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "model/core/project.h"
#include "model/plugins/plugin_api.h"

namespace rw::fuzz {

// Returns the bytes as a string.
inline std::string_view bytesOf(const std::uint8_t* data, std::size_t size) {
    return {reinterpret_cast<const char*>(data), size};
}

// Writes `bytes` to the file `name` in this process's own empty scratch folder (removed at
// exit) and returns its path. The folder holds nothing else, so an input that names files
// beside it finds none.
std::string writeInput(std::string_view bytes, const std::string& name);

// Returns the Rotterdam sample, loaded once.
const Project& sampleProject();

// Prints `what` and aborts, so that libFuzzer keeps the input as a crash.
[[noreturn]] void fail(const std::string& what);

// Checks that `project` saves and loads back equal, and that saving the loaded one gives the
// same bytes; a project that cannot be written at all fails too, naming `context`.
void requireRoundTrip(const Project& project, const std::string& context);

// Checks an import: an error is one line naming the file; a step applies to a copy of
// `before`, round-trips, and undoes back to exactly `before`.
void requireSoundImport(const ImportResult& result, const Project& before, const std::string& path);

}  // namespace rw::fuzz
