#include "app/gui/matrix_table.h"

#include <wx/intl.h>
#include <wx/settings.h>

#include "app/gui/matrix_header_renderer.h"
#include "app/gui/ui_text.h"
#include "app/gui/verdict_renderer.h"
#include "app/gui/wx_strings.h"

namespace rw::gui {

MatrixTable::MatrixTable(AttributeEdit onAttributeEdit)
    : m_onAttributeEdit(std::move(onAttributeEdit)),
      m_headingAttr(new wxGridCellAttr),
      m_attributeAttr(new wxGridCellAttr),
      m_verdictAttr(new wxGridCellAttr),
      m_totalAttr(new wxGridCellAttr),
      m_highlightHeadingAttr(nullptr),
      m_highlightAttributeAttr(nullptr) {
    wxFont bold = wxSystemSettings::GetFont(wxSYS_DEFAULT_GUI_FONT).Bold();
    m_headingAttr->SetReadOnly();
    m_headingAttr->SetBackgroundColour(wxColour(0xe4, 0xe7, 0xeb));
    m_headingAttr->SetFont(bold);
    m_attributeAttr->SetAlignment(wxALIGN_CENTRE, wxALIGN_CENTRE);
    m_attributeAttr->SetTextColour(wxColour(0x33, 0x33, 0x33));
    m_verdictAttr->SetReadOnly();  // verdicts change by click and keys, through commands
    m_verdictAttr->SetRenderer(new VerdictRenderer);
    m_totalAttr->SetReadOnly();
    m_totalAttr->SetAlignment(wxALIGN_CENTRE, wxALIGN_CENTRE);
    m_totalAttr->SetFont(bold);
    m_totalAttr->SetBackgroundColour(wxColour(0xf4, 0xf5, 0xf7));
    // Highlighted case columns: the same cells on amber, so the ticks keep their own colours.
    m_highlightHeadingAttr = m_headingAttr->Clone();
    m_highlightHeadingAttr->SetBackgroundColour(wxColour(0xff, 0xd8, 0x6b));
    m_highlightAttributeAttr = m_attributeAttr->Clone();
    m_highlightAttributeAttr->SetBackgroundColour(wxColour(0xff, 0xec, 0xb3));
    SetAttrProvider(new MatrixAttrProvider(*this));
}

MatrixTable::~MatrixTable() {
    m_headingAttr->DecRef();
    m_attributeAttr->DecRef();
    m_verdictAttr->DecRef();
    m_totalAttr->DecRef();
    m_highlightHeadingAttr->DecRef();
    m_highlightAttributeAttr->DecRef();
}

void MatrixTable::setHighlightedCases(const std::vector<std::string>& caseIds) {
    m_highlighted = std::set<std::string>(caseIds.begin(), caseIds.end());
}

bool MatrixTable::isHighlighted(int col) const {
    return col >= 0 && col < m_model.caseCount() && m_highlighted.count(m_model.caseId(col)) > 0;
}

void MatrixTable::rebuild(const Project& project, const Theory* theory) {
    int oldRows = GetNumberRows();
    int oldCols = GetNumberCols();
    m_model.rebuild(project, theory);
    notifyGrid(oldRows, oldCols);
}

void MatrixTable::notifyGrid(int oldRows, int oldCols) {
    wxGrid* grid = GetView();
    if (!grid) return;
    int rows = GetNumberRows();
    int cols = GetNumberCols();
    if (rows > oldRows) {
        wxGridTableMessage message(this, wxGRIDTABLE_NOTIFY_ROWS_APPENDED, rows - oldRows);
        grid->ProcessTableMessage(message);
    } else if (rows < oldRows) {
        wxGridTableMessage message(this, wxGRIDTABLE_NOTIFY_ROWS_DELETED, rows, oldRows - rows);
        grid->ProcessTableMessage(message);
    }
    if (cols > oldCols) {
        wxGridTableMessage message(this, wxGRIDTABLE_NOTIFY_COLS_APPENDED, cols - oldCols);
        grid->ProcessTableMessage(message);
    } else if (cols < oldCols) {
        wxGridTableMessage message(this, wxGRIDTABLE_NOTIFY_COLS_DELETED, cols, oldCols - cols);
        grid->ProcessTableMessage(message);
    }
}

wxString MatrixTable::GetValue(int row, int col) { return wxs(m_model.text(row, col)); }

void MatrixTable::SetValue(int row, int col, const wxString& value) {
    if (row < 0 || row >= m_model.rowCount() || col < 0 || col >= m_model.caseCount()) return;
    const MatrixModelRow& r = m_model.row(row);
    if (r.kind != MatrixModelRow::Kind::Attribute) return;
    std::string text = utf8(value.Strip(wxString::both));
    if (text == m_model.text(row, col)) return;
    if (m_onAttributeEdit) m_onAttributeEdit(m_model.caseId(col), r.id, text);
}

wxString MatrixTable::GetRowLabelValue(int row) {
    if (row < 0 || row >= m_model.rowCount()) return {};
    const MatrixModelRow& r = m_model.row(row);
    switch (r.kind) {
        case MatrixModelRow::Kind::Heading:
            // Node kinds are ours to translate; attribute groups are the user's own words.
            return r.kindHeading ? kindHeading(r.nodeKind) : wxs(r.label);
        case MatrixModelRow::Kind::Attribute:
        case MatrixModelRow::Kind::Node: return "   " + wxs(r.label);
        case MatrixModelRow::Kind::Totals: return _("Supported of assessed");
    }
    return {};
}

wxString MatrixTable::GetColLabelValue(int col) {
    if (col == m_model.caseCount()) return _("k/n");
    if (col < 0 || col > m_model.caseCount()) return {};
    // A mark in the label as well as the colour: readable in greyscale and by screen readers.
    return (isHighlighted(col) ? wxString::FromUTF8("\u25B6 ") : wxString()) + wxs(m_model.caseHead(col));
}

wxGridCellAttr* MatrixTable::GetAttr(int row, int col, wxGridCellAttr::wxAttrKind) {
    if (row < 0 || row >= m_model.rowCount()) return nullptr;
    wxGridCellAttr* attr = nullptr;
    bool totalsColumn = col == m_model.caseCount();
    switch (m_model.row(row).kind) {
        case MatrixModelRow::Kind::Heading: attr = isHighlighted(col) ? m_highlightHeadingAttr : m_headingAttr; break;
        case MatrixModelRow::Kind::Attribute:
            attr = totalsColumn ? m_totalAttr : isHighlighted(col) ? m_highlightAttributeAttr : m_attributeAttr;
            break;
        case MatrixModelRow::Kind::Node: attr = totalsColumn ? m_totalAttr : m_verdictAttr; break;
        case MatrixModelRow::Kind::Totals: attr = m_totalAttr; break;
    }
    attr->IncRef();
    return attr;
}

}  // namespace rw::gui
