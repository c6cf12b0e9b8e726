#pragma once
// Shows an AnalysisReport (model/analysis/analysis_report.h) as the CLI prints it: its notes, then each
// table as a list with its title and notes. Rows may carry the cases they stand for, so that
// selecting a row can highlight those cases elsewhere.

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include <wx/listctrl.h>
#include <wx/panel.h>
#include <wx/scrolwin.h>
#include <wx/textctrl.h>

#include "app/document/analysis_jobs.h"
#include "app/gui/document_layer.h"
#include "model/analysis/analysis_report.h"

namespace rw::gui {

class ReportView : public wxPanel {
public:
    using RowSelected = std::function<void(const std::vector<std::string>& caseIds)>;

    ReportView(wxWindow* parent, const wxString& name);

    // Shows the report, or its message when it has one. Nothing is redrawn when it is what the
    // view already shows; a deferred view only keeps it until it is drawn.
    void show(const ShownReport& shown);
    // Shows a message instead of a report (nothing to analyse yet, or why it cannot run).
    void showMessage(const wxString& message);
    // A deferred view (a tab in the back) draws what it was given only when it is no longer
    // deferred or when someone reads it, so that edits on a big project fill no unseen lists.
    void setDeferred(bool deferred);
    // Called with a row's cases when the user selects a row that has any.
    void onRowSelected(RowSelected callback) { m_rowSelected = std::move(callback); }

    // These read what is shown, drawing first what is still pending.
    const AnalysisReport& report();
    std::size_t tableCount();
    wxListCtrl* list(std::size_t table);
    // Returns the notes as shown, one per line.
    wxString notesText();
    // Selects row `row` of table `table` as a click does. Returns false when there is no such row.
    bool selectRow(std::size_t table, long row);

private:
    void draw();  // draws m_shown
    void rowSelected(std::size_t table, long row);

    wxTextCtrl* m_notes;
    wxScrolledWindow* m_tables;
    std::vector<wxListCtrl*> m_lists;
    ShownReport m_shown;        // what the view shows, or will show once drawn
    AnalysisReport m_drawnReport;  // what the lists were last drawn from
    bool m_drawn = true;        // m_shown is on screen
    bool m_deferred = false;
    RowSelected m_rowSelected;
};

}  // namespace rw::gui
