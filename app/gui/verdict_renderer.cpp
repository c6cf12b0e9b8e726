#include "app/gui/verdict_renderer.h"

#include <wx/dc.h>
#include <wx/settings.h>

#include "app/gui/colours.h"
#include "app/gui/matrix_table.h"
#include "app/gui/wx_strings.h"

namespace rw::gui {

void VerdictRenderer::Draw(wxGrid& grid, wxGridCellAttr&, wxDC& dc, const wxRect& rect, int row, int col,
                           bool isSelected) {
    auto* table = dynamic_cast<MatrixTable*>(grid.GetTable());
    if (!table) return;
    const MatrixModel& model = table->model();
    VerdictValue value = model.verdict(row, col);
    bool assessed = value != VerdictValue::NotAssessed;

    dc.SetPen(*wxTRANSPARENT_PEN);
    dc.SetBrush(wxBrush(assessed ? verdictFillColour(value) : *wxWHITE));
    dc.DrawRectangle(rect);
    // The selection is a frame, not a fill, so the verdict's colour stays readable.
    if (isSelected) {
        dc.SetPen(wxPen(wxSystemSettings::GetColour(wxSYS_COLOUR_HIGHLIGHT), 2));
        dc.SetBrush(*wxTRANSPARENT_BRUSH);
        dc.DrawRectangle(wxRect(rect).Deflate(1));
    }

    if (assessed) {
        wxFont font = grid.GetDefaultCellFont().Bold();
        font.SetFractionalPointSize(font.GetFractionalPointSize() * 1.25);
        dc.SetFont(font);
        dc.SetTextForeground(verdictStrokeColour(value));
        wxString symbol = wxs(verdictSymbol(value));
        wxSize extent = dc.GetTextExtent(symbol);
        dc.DrawText(symbol, rect.x + (rect.width - extent.x) / 2, rect.y + (rect.height - extent.y) / 2);
    }

    int quotes = model.evidenceCount(row, col);
    if (quotes > 0) {
        wxFont small = grid.GetDefaultCellFont();
        small.SetFractionalPointSize(small.GetFractionalPointSize() * 0.7);
        dc.SetFont(small);
        dc.SetTextForeground(wxColour(0x55, 0x55, 0x55));
        wxString count = wxString::Format("%d", quotes);
        wxSize extent = dc.GetTextExtent(count);
        dc.DrawText(count, rect.GetRight() - extent.x - 2, rect.GetBottom() - extent.y);
    }
}

wxSize VerdictRenderer::GetBestSize(wxGrid& grid, wxGridCellAttr&, wxDC& dc, int, int) {
    dc.SetFont(grid.GetDefaultCellFont().Bold());
    wxSize extent = dc.GetTextExtent(wxString::FromUTF8("\u2713?"));
    return {extent.x + 24, extent.y + 8};
}

}  // namespace rw::gui
