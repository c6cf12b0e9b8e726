// The Word (.docx) reader over any bytes, through the document importer as `realist import
// document x.docx` calls it: zip bombs, odd members and malformed XML are refused in one line; an
// accepted document is an import that saves, loads back and undoes exactly.

#include "plugins/documents/document_import.h"
#include "tests/fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace rw;
    const Project& sample = fuzz::sampleProject();
    std::string path = fuzz::writeInput(fuzz::bytesOf(data, size), "report.docx");
    ImportRequest request{path, "", {}, {}};
    fuzz::requireSoundImport(documents::importDocument(request, sample), sample, path);
    return 0;
}
