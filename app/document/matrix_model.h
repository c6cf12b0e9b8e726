#pragma once
// The rows and columns of the editor's evidence matrix: case attributes on top, then the
// theory's nodes grouped by kind, one column per case, k/n totals per row and per column.
// Rebuilt from the project after every edit; the grid only reads it.

#include <string>
#include <vector>

#include "model/core/project.h"

namespace rw::document {

struct MatrixModelRow {
    enum class Kind { Heading, Attribute, Node, Totals };
    Kind kind = Kind::Node;
    std::string id;     // attribute key or node id
    std::string label;  // first line of the label, or the heading
    NodeKind nodeKind = NodeKind::Mechanism;
    std::string total;  // node rows: "k/n" supported of assessed
    bool kindHeading = false;  // a heading of node kind `nodeKind` (not an attribute group)
};

class MatrixModel {
public:
    // Rebuilds every row and column; a null theory gives attribute rows only.
    void rebuild(const Project& project, const Theory* theory);
    // Updates one case's column after its ticks or quotes changed: its cells, its total and the
    // totals of the rows whose cell changed, which come back in `changedRows`. Returns false when
    // the case has no column (then rebuild).
    bool updateCase(const Case& c, std::vector<int>& changedRows);

    int rowCount() const { return static_cast<int>(m_rows.size()); }
    // The case columns; the totals column comes after them.
    int caseCount() const { return static_cast<int>(m_caseIds.size()); }
    const MatrixModelRow& row(int index) const { return m_rows[static_cast<std::size_t>(index)]; }
    const std::string& caseId(int column) const { return m_caseIds[static_cast<std::size_t>(column)]; }
    const std::string& caseHead(int column) const { return m_caseHeads[static_cast<std::size_t>(column)]; }

    // Returns the verdict in a node row, or NotAssessed for other rows and out-of-range cells.
    VerdictValue verdict(int row, int column) const;
    // Returns the number of evidence items behind a node cell.
    int evidenceCount(int row, int column) const;
    // Returns the text shown in a cell: a tick, an attribute value, or a total.
    std::string text(int row, int column) const;
    // Returns "k/n": nodes supported in the case out of those it assessed.
    const std::string& columnTotal(int column) const { return m_columnTotals[static_cast<std::size_t>(column)]; }

    // Returns the row of a node or attribute, or -1.
    int rowOf(MatrixModelRow::Kind kind, const std::string& id) const;
    // Returns the column of a case, or -1.
    int columnOf(const std::string& caseId) const;

    // Returns the group heading of a node kind ("Mechanisms"), untranslated.
    static std::string heading(NodeKind kind);

private:
    std::vector<MatrixModelRow> m_rows;
    std::vector<std::string> m_caseIds;
    std::vector<std::string> m_caseHeads;
    std::vector<std::string> m_columnTotals;
    // Per row, per case: the cell value (attributes) / verdict and evidence count (nodes).
    std::vector<std::vector<std::string>> m_values;
    std::vector<std::vector<VerdictValue>> m_verdicts;
    std::vector<std::vector<int>> m_evidence;
    std::vector<int> m_nodeRows;  // the rows of nodes, in order
};

// Returns the verdict that a click on a cell with `value` sets: blank → ✓ → x → ? → blank.
VerdictValue nextVerdict(VerdictValue value);

}  // namespace rw::document
