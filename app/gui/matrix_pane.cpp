#include "app/gui/matrix_pane.h"

#include <algorithm>

#include <wx/dcclient.h>
#include <wx/intl.h>
#include <wx/sizer.h>

#include "app/document/trace_timer.h"
#include "app/gui/document_layer.h"
#include "app/gui/matrix_table.h"
#include "app/gui/wx_strings.h"
#include "model/core/values.h"
#include "model/edit/edits.h"

namespace rw::gui {

MatrixPane::MatrixPane(wxWindow* parent, EditorSession& session)
    : wxPanel(parent, wxID_ANY), m_session(session) {
    m_grid = new wxGrid(this, wxID_ANY);
    m_grid->SetName("matrix-grid");
    m_table = new MatrixTable([this](const std::string& caseId, const std::string& key, const std::string& value) {
        editAttribute(caseId, key, value);
    });
    m_grid->SetTable(m_table, true);
    m_grid->SetDefaultColSize(FromDIP(54));
    m_grid->SetDefaultRowSize(FromDIP(24));
    m_grid->SetColLabelSize(FromDIP(26));
    m_grid->SetRowLabelAlignment(wxALIGN_LEFT, wxALIGN_CENTRE);
    m_grid->SetLabelFont(m_grid->GetDefaultCellFont());  // headings are bold through their renderer
    m_grid->SetCellHighlightPenWidth(2);
    m_grid->EnableDragRowSize(false);
    m_grid->DisableDragGridSize();
    m_grid->SetTabBehaviour(wxGrid::Tab_Wrap);

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(m_grid, 1, wxEXPAND);
    SetSizer(sizer);

    m_grid->Bind(wxEVT_GRID_SELECT_CELL, &MatrixPane::onSelectCell, this);
    m_grid->Bind(wxEVT_GRID_CELL_LEFT_CLICK, &MatrixPane::onCellClick, this);
    m_grid->Bind(wxEVT_GRID_LABEL_LEFT_CLICK, &MatrixPane::onLabelClick, this);
    m_grid->Bind(wxEVT_CHAR, &MatrixPane::onChar, this);
    m_grid->Bind(wxEVT_KEY_DOWN, &MatrixPane::onKeyDown, this);

    m_documentToken = m_session.document().addListener([this](const Change& change) {
        // A tick or a quote changes only its cell and totals, a link nothing shown here, a node
        // its own row label; cases, attributes and whole projects change the columns.
        if (change.scope == Change::Scope::Project) m_scrollToNodes = true;  // another project
        if (change.scope == Change::Scope::Link) return;
        if (change.scope == Change::Scope::Verdict || change.scope == Change::Scope::Evidence) {
            if (change.caseId.empty()) m_rowsStale = true;
            else m_changedCases.insert(change.caseId);
        } else {
            m_rowsStale = true;
            if (change.scope == Change::Scope::Node) m_measureRows.push_back(change.itemId);
            else m_columnsStale = true;
        }
        scheduleRebuild();
    });
    m_selectionToken = m_session.addSelectionListener([this](const Selection& s) { showSelection(s); });
    m_highlightToken = m_session.addHighlightListener([this](const std::vector<std::string>& caseIds) {
        m_table->setHighlightedCases(caseIds);
        m_grid->ForceRefresh();
        // Bring the first highlighted case into view, on the row the user is looking at.
        int col = caseIds.empty() ? -1 : m_table->model().columnOf(caseIds.front());
        if (col >= 0) m_grid->MakeCellVisible(std::max(0, m_grid->GetGridCursorRow()), col);
    });
    rebuild();
}

MatrixPane::~MatrixPane() {
    m_session.document().removeListener(m_documentToken);
    m_session.removeSelectionListener(m_selectionToken);
    m_session.removeHighlightListener(m_highlightToken);
}

std::vector<std::string> MatrixPane::highlightedColumns() const {
    std::vector<std::string> ids;
    const MatrixModel& model = m_table->model();
    for (int col = 0; col < model.caseCount(); ++col)
        if (m_table->isHighlighted(col)) ids.push_back(model.caseId(col));
    return ids;
}

void MatrixPane::scheduleRebuild() {
    // Many edits in one step (a paste, a macro) rebuild once.
    if (m_rebuildPending) return;
    m_rebuildPending = true;
    CallAfter([this] { flushRebuild(); });
}

void MatrixPane::flushRebuild() {
    if (!m_rebuildPending) return;
    m_rebuildPending = false;
    if (!m_rowsStale && updateChangedCases()) return;
    rebuild();
}

// A tick or a quote changes one case's column: its cells, its total and the totals of the rows
// whose cell changed are repainted, nothing else; the cursor and the scroll stay.
bool MatrixPane::updateChangedCases() {
    TraceTimer trace("matrix update cells");
    std::vector<std::pair<int, int>> cells;  // (row, column) to repaint
    for (const std::string& caseId : m_changedCases) {
        const Case* c = m_session.project().findCase(caseId);
        std::vector<int> rows;
        if (!c || !m_table->updateCase(*c, rows)) return false;
        int column = m_table->model().columnOf(caseId);
        for (int row : rows) {
            cells.emplace_back(row, column);
            cells.emplace_back(row, m_table->model().caseCount());  // the row's total
        }
        cells.emplace_back(m_table->model().rowCount() - 1, column);  // the column's total
    }
    m_changedCases.clear();
    for (auto [row, column] : cells) m_grid->RefreshBlock(row, column, row, column);
    m_cellsUpdated += static_cast<int>(cells.size());
    return true;
}

void MatrixPane::rebuild() {
    TraceTimer trace("matrix rebuild");
    ++m_rebuilds;
    m_rowsStale = false;
    m_changedCases.clear();
    int row = m_grid->GetGridCursorRow();
    int col = m_grid->GetGridCursorCol();
    std::string rowId;
    MatrixModelRow::Kind rowKind = MatrixModelRow::Kind::Node;
    std::string caseId;
    const MatrixModel& before = m_table->model();
    if (row >= 0 && row < before.rowCount()) {
        rowId = before.row(row).id;
        rowKind = before.row(row).kind;
    }
    if (col >= 0 && col < before.caseCount()) caseId = before.caseId(col);

    m_grid->BeginBatch();
    m_table->rebuild(m_session.project(), m_session.theory());
    if (m_columnsStale || m_firstBuild) {
        fitColumns();
    } else if (!m_measureRows.empty()) {
        wxClientDC dc(m_grid);
        dc.SetFont(m_grid->GetLabelFont());
        int width = m_grid->GetRowLabelSize();
        for (const std::string& id : m_measureRows) {
            int changed = m_table->model().rowOf(MatrixModelRow::Kind::Node, id);
            if (changed >= 0) width = std::max(width, dc.GetTextExtent(m_table->GetRowLabelValue(changed)).x + FromDIP(16));
        }
        m_grid->SetRowLabelSize(std::min(width, FromDIP(290)));
    }
    m_measureRows.clear();
    m_columnsStale = false;
    m_firstBuild = false;
    m_grid->EndBatch();

    // Keep the cursor on the same node and case even when rows moved around it.
    const MatrixModel& after = m_table->model();
    int newRow = rowId.empty() ? -1 : after.rowOf(rowKind, rowId);
    int newCol = caseId.empty() ? -1 : after.columnOf(caseId);
    if (newRow >= 0 && newCol >= 0 && (newRow != row || newCol != col)) {
        m_syncing = true;
        m_grid->SetGridCursor(newRow, newCol);
        m_syncing = false;
    }
    if (m_scrollToNodes) {
        // A project opens on its ticks: the first node heading at the top, attributes above it.
        m_scrollToNodes = false;
        for (int r = 0; r < after.rowCount(); ++r)
            if (after.row(r).kindHeading) {
                int unitX = 1, unitY = 1;
                m_grid->GetScrollPixelsPerUnit(&unitX, &unitY);
                m_grid->Scroll(0, m_grid->CellToRect(r, 0).y / std::max(1, unitY));
                break;
            }
    }
    m_grid->ForceRefresh();
}

void MatrixPane::fitColumns() {
    const MatrixModel& model = m_table->model();
    wxClientDC dc(m_grid);
    dc.SetFont(m_grid->GetLabelFont());
    int labelWidth = FromDIP(120);
    for (int r = 0; r < model.rowCount(); ++r)
        labelWidth = std::max(labelWidth, dc.GetTextExtent(m_table->GetRowLabelValue(r)).x + FromDIP(16));
    m_grid->SetRowLabelSize(std::min(labelWidth, FromDIP(290)));

    // Case columns fit their heading and attribute values, within reason; ticks need little.
    dc.SetFont(m_grid->GetDefaultCellFont());
    for (int c = 0; c <= model.caseCount(); ++c) {
        int width = dc.GetTextExtent(m_table->GetColLabelValue(c)).x + FromDIP(14);
        for (int r = 0; r < model.rowCount(); ++r)
            if (model.row(r).kind == MatrixModelRow::Kind::Attribute)
                width = std::max(width, dc.GetTextExtent(m_table->GetValue(r, c)).x + FromDIP(12));
        m_grid->SetColSize(c, std::clamp(width, FromDIP(44), FromDIP(120)));
    }
}

bool MatrixPane::isNodeCell(int row, int col) const {
    const MatrixModel& model = m_table->model();
    return row >= 0 && row < model.rowCount() && col >= 0 && col < model.caseCount() &&
           model.row(row).kind == MatrixModelRow::Kind::Node;
}

bool MatrixPane::setCurrentVerdict(VerdictValue value) {
    flushRebuild();
    int row = m_grid->GetGridCursorRow();
    int col = m_grid->GetGridCursorCol();
    if (!isNodeCell(row, col)) return false;
    const MatrixModel& model = m_table->model();
    if (model.verdict(row, col) == value) return true;
    return m_session.push(edits::setVerdict(m_session.project(), model.caseId(col), model.row(row).id, value),
                          utf8(_("This verdict cannot be set.")));
}

wxGridCellCoords MatrixPane::cellOf(const std::string& caseId, const std::string& nodeId) {
    flushRebuild();
    const MatrixModel& model = m_table->model();
    int row = model.rowOf(MatrixModelRow::Kind::Node, nodeId);
    int col = model.columnOf(caseId);
    if (row < 0 || col < 0) return {-1, -1};
    return {row, col};
}

bool MatrixPane::goToCell(const std::string& caseId, const std::string& nodeId) {
    wxGridCellCoords cell = cellOf(caseId, nodeId);
    if (cell.GetRow() < 0) return false;
    m_grid->SetGridCursor(cell.GetRow(), cell.GetCol());
    m_grid->MakeCellVisible(cell.GetRow(), cell.GetCol());
    return true;
}

void MatrixPane::editAttribute(const std::string& caseId, const std::string& key, const std::string& value) {
    const Project& project = m_session.project();
    std::string why;
    if (const AttributeDef* attribute = project.findAttribute(key); attribute && !value.empty())
        why = whyValueDoesNotFit(*attribute, value);
    wxString message = why.empty() ? _("This value cannot be set.")
                                   : wxString::Format(_("“%s” does not fit: %s"), wxs(value), wxs(why));
    m_session.push(edits::setAttributeValue(project, caseId, key, value), utf8(message));
}

void MatrixPane::showSelection(const Selection& s) {
    const MatrixModel& model = m_table->model();
    m_syncing = true;
    switch (s.kind) {
        case Selection::Kind::Cell: {
            wxGridCellCoords cell = cellOf(s.caseId, s.id);
            if (cell.GetRow() >= 0 &&
                (cell.GetRow() != m_grid->GetGridCursorRow() || cell.GetCol() != m_grid->GetGridCursorCol())) {
                m_grid->SetGridCursor(cell.GetRow(), cell.GetCol());
                m_grid->MakeCellVisible(cell.GetRow(), cell.GetCol());
            }
            break;
        }
        case Selection::Kind::AttributeValue: {
            int row = model.rowOf(MatrixModelRow::Kind::Attribute, s.id);
            int col = model.columnOf(s.caseId);
            if (row >= 0 && col >= 0) m_grid->GoToCell(row, col);
            break;
        }
        case Selection::Kind::Node: {
            int row = model.rowOf(MatrixModelRow::Kind::Node, s.id);
            if (row >= 0) {
                m_grid->SelectRow(row);
                m_grid->MakeCellVisible(row, std::max(0, m_grid->GetGridCursorCol()));
            }
            break;
        }
        case Selection::Kind::Case: {
            int col = model.columnOf(s.caseId);
            if (col >= 0) {
                m_grid->SelectCol(col);
                m_grid->MakeCellVisible(std::max(0, m_grid->GetGridCursorRow()), col);
            }
            break;
        }
        default: m_grid->ClearSelection(); break;
    }
    m_syncing = false;
}

void MatrixPane::onSelectCell(wxGridEvent& event) {
    event.Skip();
    if (m_syncing) return;
    const MatrixModel& model = m_table->model();
    int row = event.GetRow();
    int col = event.GetCol();
    if (row < 0 || row >= model.rowCount()) return;
    const MatrixModelRow& r = model.row(row);
    bool caseColumn = col >= 0 && col < model.caseCount();
    Selection next;
    if (r.kind == MatrixModelRow::Kind::Node)
        next = caseColumn ? Selection::cell(m_session.theoryId(), model.caseId(col), r.id)
                          : Selection::node(m_session.theoryId(), r.id);
    else if (r.kind == MatrixModelRow::Kind::Attribute && caseColumn)
        next = Selection{Selection::Kind::AttributeValue, {}, r.id, model.caseId(col)};
    else if (caseColumn)
        next = Selection::ofCase(model.caseId(col));
    m_session.select(next);
}

void MatrixPane::onCellClick(wxGridEvent& event) {
    event.Skip();
    int row = event.GetRow();
    int col = event.GetCol();
    // The first click selects; a click on the cell that is already current cycles its verdict,
    // so looking at a cell's evidence never changes it by accident.
    if (row == m_grid->GetGridCursorRow() && col == m_grid->GetGridCursorCol() && isNodeCell(row, col) &&
        !event.ShiftDown() && !event.ControlDown())
        setCurrentVerdict(nextVerdict(m_table->model().verdict(row, col)));
}

void MatrixPane::onLabelClick(wxGridEvent& event) {
    const MatrixModel& model = m_table->model();
    if (event.GetCol() >= 0 && event.GetCol() < model.caseCount()) {
        m_session.select(Selection::ofCase(model.caseId(event.GetCol())));
        showSelection(m_session.selection());
        return;
    }
    if (event.GetRow() >= 0 && event.GetRow() < model.rowCount() &&
        model.row(event.GetRow()).kind == MatrixModelRow::Kind::Node) {
        m_session.select(Selection::node(m_session.theoryId(), model.row(event.GetRow()).id));
        showSelection(m_session.selection());
        return;
    }
    event.Skip();
}

void MatrixPane::onChar(wxKeyEvent& event) {
    if (!isNodeCell(m_grid->GetGridCursorRow(), m_grid->GetGridCursorCol()) || event.HasAnyModifiers()) {
        event.Skip();
        return;
    }
    switch (event.GetUnicodeKey()) {
        case 'y': case 'Y': case 'j': case 'J': case '+': setCurrentVerdict(VerdictValue::Supported); return;
        case 'n': case 'N': case 'x': case 'X': case '-': setCurrentVerdict(VerdictValue::Refuted); return;
        case '?': case 'm': case 'M': setCurrentVerdict(VerdictValue::Mixed); return;
        case ' ':
            setCurrentVerdict(nextVerdict(m_table->model().verdict(m_grid->GetGridCursorRow(), m_grid->GetGridCursorCol())));
            return;
        default: event.Skip();
    }
}

void MatrixPane::onKeyDown(wxKeyEvent& event) {
    int key = event.GetKeyCode();
    if ((key == WXK_DELETE || key == WXK_BACK || key == WXK_NUMPAD_DELETE) &&
        isNodeCell(m_grid->GetGridCursorRow(), m_grid->GetGridCursorCol())) {
        setCurrentVerdict(VerdictValue::NotAssessed);
        return;
    }
    event.Skip();
}

}  // namespace rw::gui
