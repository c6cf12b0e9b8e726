// The project reader over any bytes, and what `realist check`, `stats` and `matrix` do with what
// it accepts: nothing may crash, hang or leak, and a refusal is one `file:line:col: why` line.

#include "model/checks/checks.h"
#include "model/checks/stats.h"
#include "model/format/xml_reader.h"
#include "model/output/matrix.h"
#include "tests/fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace rw;
    LoadResult loaded = readProject(fuzz::bytesOf(data, size), "fuzz.realist");
    if (!loaded) {
        std::string message = loaded.error.toString();
        if (loaded.error.message.empty() || message.find('\n') != std::string::npos)
            fuzz::fail("a refusal that is not one line with a reason: \"" + message + "\"");
        return 0;
    }
    runChecks(*loaded.project);
    for (const Theory& theory : loaded.project->theories) {
        computeStats(*loaded.project, theory);
        matrixToCsv(buildMatrix(*loaded.project, theory));
    }
    return 0;
}
