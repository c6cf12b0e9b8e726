#pragma once
// Shows an AnalysisReport (model/analysis_report.h) as the CLI prints it: its notes, then each
// table as a list with its title and notes. Rows may carry the cases they stand for, so that
// selecting a row can highlight those cases elsewhere.

#include <functional>
#include <string>
#include <vector>

#include <wx/listctrl.h>
#include <wx/panel.h>
#include <wx/scrolwin.h>
#include <wx/textctrl.h>

#include "app/gui/document/analysis_jobs.h"
#include "model/analysis_report.h"

namespace rw::gui {

class ReportView : public wxPanel {
public:
    using RowSelected = std::function<void(const std::vector<std::string>& caseIds)>;

    ReportView(wxWindow* parent, const wxString& name);

    // Shows the report; `rows[t][r]` describes row r of table t (missing entries describe nothing).
    void show(const AnalysisReport& report, ReportRows rows = {});
    // Shows the report, or its message when it has one.
    void show(const ShownReport& shown);
    // Shows a message instead of a report (nothing to analyse yet, or why it cannot run).
    void showMessage(const wxString& message);
    // Called with a row's cases when the user selects a row that has any.
    void onRowSelected(RowSelected callback) { m_rowSelected = std::move(callback); }

    const AnalysisReport& report() const { return m_report; }
    std::size_t tableCount() const { return m_lists.size(); }
    wxListCtrl* list(std::size_t table) const { return table < m_lists.size() ? m_lists[table] : nullptr; }
    // Returns the notes as shown, one per line.
    wxString notesText() const { return m_notes->GetValue(); }
    // Selects row `row` of table `table` as a click does. Returns false when there is no such row.
    bool selectRow(std::size_t table, long row);

private:
    void rowSelected(std::size_t table, long row);

    wxTextCtrl* m_notes;
    wxScrolledWindow* m_tables;
    std::vector<wxListCtrl*> m_lists;
    AnalysisReport m_report;
    ReportRows m_rows;
    RowSelected m_rowSelected;
};

}  // namespace rw::gui
