#pragma once
// The evidence matrix as an HTML table and as an SVG picture, in the style of a study's summary
// table: cases as columns, attribute rows on top, node rows grouped by kind, coloured ticks and
// a k/n total per row.

#include <pugixml.hpp>

#include <string>

#include "model/output/matrix.h"

namespace rw {

// Appends a <table class="matrix"> under `parent`. With `linkTicks`, every tick links to the
// anchor "#tick-CASE-NODE" where the report lists its evidence.
void appendMatrixTable(pugi::xml_node parent, const EvidenceMatrix& matrix, bool linkTicks);

// Returns the CSS that styles the table (shared by the matrix page and the report).
const char* matrixCss();

// Returns a complete, self-contained HTML page with the matrix and `title`.
std::string matrixToHtml(const EvidenceMatrix& matrix, const std::string& title);

// Returns the matrix drawn as a standalone SVG.
std::string matrixToSvg(const EvidenceMatrix& matrix, const std::string& title);

}  // namespace rw
