#pragma once
// Draws a verdict cell of the evidence matrix: the tick in the palette's colours (the same as
// the diagrams and exports), and the number of quotes behind it in a corner.

#include <wx/grid.h>

namespace rw::gui {

class VerdictRenderer : public wxGridCellRenderer {
public:
    void Draw(wxGrid& grid, wxGridCellAttr& attr, wxDC& dc, const wxRect& rect, int row, int col,
              bool isSelected) override;
    wxSize GetBestSize(wxGrid& grid, wxGridCellAttr& attr, wxDC& dc, int row, int col) override;
    wxGridCellRenderer* Clone() const override { return new VerdictRenderer; }
};

}  // namespace rw::gui
