#pragma once
// The evidence matrix as a wxGrid table: reads a MatrixModel, and turns an edited attribute
// cell into a request (the pane makes it a command); it never changes the project itself.

#include <functional>
#include <set>
#include <string>
#include <vector>

#include <wx/grid.h>

#include "app/document/matrix_model.h"
#include "app/gui/document_layer.h"

namespace rw::gui {

class MatrixTable : public wxGridTableBase {
public:
    using AttributeEdit = std::function<void(const std::string& caseId, const std::string& key,
                                             const std::string& value)>;

    explicit MatrixTable(AttributeEdit onAttributeEdit);
    ~MatrixTable() override;

    // Rebuilds from the project and tells the grid how many rows and columns came or went.
    void rebuild(const Project& project, const Theory* theory);
    // Updates one case's column in place (MatrixModel::updateCase); the rows and columns stay.
    bool updateCase(const Case& c, std::vector<int>& changedRows) { return m_model.updateCase(c, changedRows); }
    const MatrixModel& model() const { return m_model; }
    // Marks the columns of these cases (the analysis pane's highlighted cases); the grid must be
    // refreshed afterwards.
    void setHighlightedCases(const std::vector<std::string>& caseIds);
    // Returns true when column `col` is a highlighted case.
    bool isHighlighted(int col) const;

    int GetNumberRows() override { return m_model.rowCount(); }
    int GetNumberCols() override { return m_model.caseCount() + 1; }
    wxString GetValue(int row, int col) override;
    void SetValue(int row, int col, const wxString& value) override;
    wxString GetRowLabelValue(int row) override;
    wxString GetColLabelValue(int col) override;
    wxGridCellAttr* GetAttr(int row, int col, wxGridCellAttr::wxAttrKind kind) override;

private:
    void notifyGrid(int oldRows, int oldCols);

    MatrixModel m_model;
    AttributeEdit m_onAttributeEdit;
    wxGridCellAttr* m_headingAttr;
    wxGridCellAttr* m_attributeAttr;
    wxGridCellAttr* m_verdictAttr;
    wxGridCellAttr* m_totalAttr;
    wxGridCellAttr* m_highlightHeadingAttr;
    wxGridCellAttr* m_highlightAttributeAttr;
    std::set<std::string> m_highlighted;
};

}  // namespace rw::gui
