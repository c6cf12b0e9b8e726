#pragma once
// The report a commission reads: one self-contained HTML file (inline SVG and CSS, nothing
// fetched) that prints on A4 — the headline diagram, the matrix, the findings, and per case its
// diagram and the quotes behind every tick, so any tick can be followed to its evidence.

#include <string>

#include "model/core/project.h"

namespace rw {

class SourceTexts;

struct ReportResult {
    std::string html;
    std::string error;  // empty on success
    explicit operator bool() const { return error.empty(); }
};

// Returns the report of `theoryId` (empty: the first theory). `generator` names the program
// and version in the footer. With `texts`, the findings include quotes that do not match them.
ReportResult renderReport(const Project& project, const std::string& theoryId, const std::string& generator,
                          const SourceTexts* texts = nullptr);

}  // namespace rw
