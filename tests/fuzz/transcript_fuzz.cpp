// The transcript importer (reading, checking and normalising the text, finding the speakers)
// over any bytes, through the built-in importer as `realist import transcript` calls it.

#include "model/plugins/plugin_manager.h"
#include "tests/fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace rw;
    static const PluginManager manager;  // the built-in importers only
    static const Importer* importer = manager.registry().importer("transcript");
    if (!importer) fuzz::fail("no built-in transcript importer");
    const Project& sample = fuzz::sampleProject();
    std::string path = fuzz::writeInput(fuzz::bytesOf(data, size), "interview.txt");
    ImportRequest request{path, "BBO", {}, {}};
    fuzz::requireSoundImport(importer->import(request, sample), sample, path);
    return 0;
}
