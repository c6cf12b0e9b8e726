#pragma once
// The evidence matrix, like the study's final summary table: case attributes on top, then one
// row per node grouped by kind, one column per case, and a k/n total per node row.

#include <string>
#include <vector>

#include "model/core/project.h"

namespace rw {

struct MatrixRow {
    enum class Kind { Attribute, Node };
    Kind kind = Kind::Node;
    std::string group;  // row group: the attribute's group, or the node kind in the project language
    std::string id;     // attribute key or node id
    std::string label;
    std::vector<std::string> cells;  // one per case: the value, or ✓ x ? (ja/nee for side effects)
    std::vector<VerdictValue> verdicts;  // node rows: one per case
    std::string total;  // node rows: "k/n" supported of assessed
};

struct EvidenceMatrix {
    std::string corner;               // heading of the label column ("Casestudy")
    std::vector<std::string> caseIds;
    std::vector<std::string> caseHeads;  // short names
    std::vector<MatrixRow> rows;
};

// Returns the matrix of `theory` over all cases. Interventions and contexts get a row only when
// some case assessed them.
EvidenceMatrix buildMatrix(const Project& project, const Theory& theory);

// Returns the matrix as CSV (RFC 4180: commas, CRLF-free, fields quoted when needed).
std::string matrixToCsv(const EvidenceMatrix& matrix);
// Returns the matrix as a GitHub-flavoured Markdown table.
std::string matrixToMarkdown(const EvidenceMatrix& matrix);

}  // namespace rw
