#pragma once
// The evidence matrix pane: nodes × cases with ✓ x ? in colour. A click on the current cell
// cycles its verdict; Y, N, ? and Delete set it; attribute cells are edited in place. Every
// change is a command on the session's undo stack.

#include <set>
#include <string>
#include <vector>

#include <wx/grid.h>
#include <wx/panel.h>

#include "app/document/editor_session.h"
#include "app/gui/document_layer.h"

namespace rw::gui {

class MatrixTable;

class MatrixPane : public wxPanel {
public:
    MatrixPane(wxWindow* parent, EditorSession& session);
    ~MatrixPane() override;

    // Sets the verdict of the current cell, if it is a node cell; returns false otherwise.
    bool setCurrentVerdict(VerdictValue value);
    // Moves the cursor to a case's verdict on a node; returns false when either is not shown.
    bool goToCell(const std::string& caseId, const std::string& nodeId);
    // Returns the grid position of a node cell, or (-1, -1).
    wxGridCellCoords cellOf(const std::string& caseId, const std::string& nodeId);
    // Applies a rebuild that is still waiting for the event loop, so the grid shows the project.
    void flushRebuild();

    wxGrid* grid() const { return m_grid; }
    // Returns the ids of the case columns marked as highlighted, in column order.
    std::vector<std::string> highlightedColumns() const;
    // How often the whole grid was rebuilt, and how many cells were updated in place, so far.
    int rebuildCount() const { return m_rebuilds; }
    int cellsUpdated() const { return m_cellsUpdated; }

private:
    // Updates the columns of the changed cases in place; returns false when that is not enough.
    bool updateChangedCases();
    void scheduleRebuild();
    void rebuild();
    void fitColumns();
    void showSelection(const Selection& selection);
    void onSelectCell(wxGridEvent& event);
    void onCellClick(wxGridEvent& event);
    void onLabelClick(wxGridEvent& event);
    void onChar(wxKeyEvent& event);
    void onKeyDown(wxKeyEvent& event);
    bool isNodeCell(int row, int col) const;
    void editAttribute(const std::string& caseId, const std::string& key, const std::string& value);

    EditorSession& m_session;
    wxGrid* m_grid;
    MatrixTable* m_table;  // owned by the grid
    int m_documentToken = 0;
    int m_selectionToken = 0;
    int m_highlightToken = 0;
    bool m_rebuildPending = false;
    bool m_columnsStale = false;  // column widths and label width need measuring again
    bool m_firstBuild = true;
    bool m_scrollToNodes = false;  // after a project was opened
    std::vector<std::string> m_measureRows;  // nodes whose label changed since the last rebuild
    bool m_rowsStale = false;  // something beyond ticks and quotes changed: rebuild every row
    std::set<std::string> m_changedCases;  // cases whose ticks or quotes changed since the last update
    int m_rebuilds = 0;
    int m_cellsUpdated = 0;
    bool m_syncing = false;  // true while we move the cursor to show the session's selection
};

}  // namespace rw::gui
