#pragma once
// The REFI-QDA exporter: one theory of a project, with its cases, sources, quotes and codings,
// as a .qdpx archive that NVivo, ATLAS.ti, MAXQDA and our own importer open. What becomes what
// is written down in docs/refi-qda.md.

#include <string>
#include <vector>

#include "model/plugins/plugin_api.h"
#include "plugins/refi-qda/zip_writer.h"

namespace rw::qda {

// The parts of a .qdpx before they are zipped.
struct QdpxPackage {
    std::string qde;                  // project.qde
    std::vector<ZipEntry> texts;      // sources/<GUID>.txt, one per source with text
    std::vector<std::string> notes;   // a first line counting what was exported, then one warning per thing left out
    std::string error;                // set when nothing can be exported (an unknown theory)
};

// Builds the package for the theory `request.theoryId` (empty: the first). Texts not embedded in
// a source are read next to `request.projectPath`; a source without text is exported without
// it and a quote that cannot be placed in its source's text is left out, each with a warning.
QdpxPackage buildQdpx(const Project& project, const ExportRequest& request);

// Returns the zipped package (project.qde first, then sources/), or the error.
ExportResult exportQdpx(const Project& project, const ExportRequest& request);

}  // namespace rw::qda
