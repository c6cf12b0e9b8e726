// Whatever the reader accepts must save and load back to the same project, and saving it again
// must give the same bytes (the writer is canonical).

#include "model/format/xml_reader.h"
#include "tests/fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace rw;
    LoadResult loaded = readProject(fuzz::bytesOf(data, size), "fuzz.realist");
    if (loaded) fuzz::requireRoundTrip(*loaded.project, "a project that loaded");
    return 0;
}
