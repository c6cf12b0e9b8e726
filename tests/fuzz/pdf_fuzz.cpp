// The PDF text reader (poppler) over any bytes, through the document importer as `realist import
// document x.pdf` calls it. Poppler itself is not instrumented for coverage; what is fuzzed is
// how we take its pages, labels and complaints.

#include "plugins/documents/document_import.h"
#include "tests/fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace rw;
    const Project& sample = fuzz::sampleProject();
    std::string path = fuzz::writeInput(fuzz::bytesOf(data, size), "report.pdf");
    ImportRequest request{path, "", {}, {}};
    fuzz::requireSoundImport(documents::importDocument(request, sample), sample, path);
    return 0;
}
