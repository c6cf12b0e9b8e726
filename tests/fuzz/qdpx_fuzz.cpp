// The REFI-QDA importer over any bytes: a zip (starting "PK") as a .qdpx, anything else as a bare
// .qde, alone in an empty folder, into the Rotterdam sample. An accepted project is an import
// that saves, loads back and undoes exactly.

#include <cstring>

#include "plugins/refi-qda/qdpx_import.h"
#include "tests/fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace rw;
    const Project& sample = fuzz::sampleProject();
    bool zip = size >= 2 && std::memcmp(data, "PK", 2) == 0;
    std::string path = fuzz::writeInput(fuzz::bytesOf(data, size), zip ? "export.qdpx" : "project.qde");
    ImportRequest request{path, "", {}, {}};
    fuzz::requireSoundImport(qda::importQdpx(request, sample), sample, path);
    return 0;
}
