#pragma once
// Row headers of the evidence matrix: group headings bold on grey, node and attribute rows in
// the normal font, so that the labels read like the study's summary table.

#include <wx/grid.h>

namespace rw::gui {

class MatrixTable;

class MatrixAttrProvider : public wxGridCellAttrProvider {
public:
    explicit MatrixAttrProvider(const MatrixTable& table) : m_table(table) {}
    const wxGridRowHeaderRenderer& GetRowHeaderRenderer(int row) override;

private:
    const MatrixTable& m_table;
};

}  // namespace rw::gui
