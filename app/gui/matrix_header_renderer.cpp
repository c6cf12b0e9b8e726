#include "app/gui/matrix_header_renderer.h"

#include <wx/dc.h>

#include "app/gui/matrix_table.h"

namespace rw::gui {
namespace {

class HeadingRenderer : public wxGridRowHeaderRendererDefault {
public:
    void DrawLabel(const wxGrid& grid, wxDC& dc, const wxString& value, const wxRect& rect, int horizAlign,
                   int vertAlign, int textOrientation) const override {
        dc.SetBrush(wxBrush(wxColour(0xe4, 0xe7, 0xeb)));
        dc.SetPen(*wxTRANSPARENT_PEN);
        dc.DrawRectangle(rect);
        dc.SetFont(grid.GetLabelFont().Bold());
        wxGridRowHeaderRendererDefault::DrawLabel(grid, dc, value, rect, horizAlign, vertAlign, textOrientation);
    }
};

}  // namespace

const wxGridRowHeaderRenderer& MatrixAttrProvider::GetRowHeaderRenderer(int row) {
    static HeadingRenderer heading;
    static wxGridRowHeaderRendererDefault normal;
    const MatrixModel& model = m_table.model();
    bool isHeading = row >= 0 && row < model.rowCount() &&
                     (model.row(row).kind == MatrixModelRow::Kind::Heading ||
                      model.row(row).kind == MatrixModelRow::Kind::Totals);
    return isHeading ? static_cast<const wxGridRowHeaderRenderer&>(heading) : normal;
}

}  // namespace rw::gui
