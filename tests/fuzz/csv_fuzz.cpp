// The CSV evidence-matrix importer over any bytes (ragged rows, NUL bytes, stray quotes), into
// the Rotterdam sample: the table reader and the import never crash, and an accepted matrix is
// an import that saves, loads back and undoes exactly.

#include "model/chat/text_input.h"
#include "plugins/csv-matrix/csv_table.h"
#include "plugins/csv-matrix/matrix_import.h"
#include "tests/fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace rw;
    const Project& sample = fuzz::sampleProject();
    // As the plugin reads a file: UTF-8 and characters XML can hold only, line ends made LF.
    std::string text(fuzz::bytesOf(data, size)), error;
    if (!normaliseTextInput("fuzz.csv", text, error)) return 0;
    csvmatrix::CsvTable table = csvmatrix::readCsv(text);
    ImportResult result = csvmatrix::importMatrix(table, sample, "fuzz.csv");
    fuzz::requireSoundImport(result, sample, "fuzz.csv");
    return 0;
}
