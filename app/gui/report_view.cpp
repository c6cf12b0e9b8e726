#include "app/gui/report_view.h"

#include <algorithm>

#include <wx/sizer.h>
#include <wx/stattext.h>

#include "app/gui/wx_strings.h"

namespace rw::gui {

ReportView::ReportView(wxWindow* parent, const wxString& name) : wxPanel(parent, wxID_ANY) {
    SetName(name);
    m_notes = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, FromDIP(wxSize(-1, 84)),
                             wxTE_MULTILINE | wxTE_READONLY | wxTE_DONTWRAP);
    m_tables = new wxScrolledWindow(this, wxID_ANY);
    m_tables->SetScrollRate(0, FromDIP(12));
    m_tables->SetSizer(new wxBoxSizer(wxVERTICAL));
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(m_notes, 0, wxEXPAND | wxBOTTOM, FromDIP(4));
    sizer->Add(m_tables, 1, wxEXPAND);
    SetSizer(sizer);
}

void ReportView::showMessage(const wxString& message) {
    show(AnalysisReport{});
    m_notes->SetValue(message);
}

void ReportView::show(const ShownReport& shown) {
    if (!shown.message.empty())
        showMessage(wxs(shown.message));
    else
        show(shown.report, shown.rows);
}

void ReportView::show(const AnalysisReport& report, ReportRows rows) {
    m_report = report;
    m_rows = std::move(rows);
    wxString notes;
    for (const std::string& note : report.notes) notes += (notes.empty() ? "" : "\n") + wxs(note);
    m_notes->ChangeValue(notes);

    // Tables come and go with the request; rebuilding them is cheap next to the analysis.
    m_tables->Freeze();
    m_tables->DestroyChildren();
    m_lists.clear();
    wxSizer* sizer = m_tables->GetSizer();
    sizer->Clear();
    for (std::size_t t = 0; t < report.tables.size(); ++t) {
        const ReportTable& table = report.tables[t];
        auto* title = new wxStaticText(m_tables, wxID_ANY, wxs(table.title));
        title->SetFont(title->GetFont().Bold());
        // Measured in the bold font it is drawn in, or GTK cuts the end of the title off.
        title->SetMinSize(wxSize(title->GetTextExtent(title->GetLabel()).x + FromDIP(8), -1));
        sizer->Add(title, 0, wxTOP | wxBOTTOM, FromDIP(4));
        auto* list = new wxListCtrl(m_tables, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                    wxLC_REPORT | wxLC_SINGLE_SEL | wxLC_HRULES);
        list->SetName(wxString::Format("%s-table-%zu", GetName(), t));
        for (std::size_t c = 0; c < table.columns.size(); ++c)
            list->AppendColumn(wxs(table.columns[c]), wxLIST_FORMAT_LEFT);
        for (std::size_t r = 0; r < table.rows.size(); ++r) {
            const std::vector<std::string>& cells = table.rows[r];
            long item = list->InsertItem(static_cast<long>(r), cells.empty() ? wxString() : wxs(cells[0]));
            for (std::size_t c = 1; c < cells.size(); ++c) list->SetItem(item, static_cast<long>(c), wxs(cells[c]));
            if (t < m_rows.size() && r < m_rows[t].size() && m_rows[t][r].warn)
                list->SetItemTextColour(item, wxColour(0xb0, 0x30, 0x20));
        }
        for (std::size_t c = 0; c < table.columns.size(); ++c) {
            // The wider of the heading and the cells, within reason.
            list->SetColumnWidth(static_cast<int>(c), wxLIST_AUTOSIZE_USEHEADER);
            int header = list->GetColumnWidth(static_cast<int>(c));
            list->SetColumnWidth(static_cast<int>(c), table.rows.empty() ? header : wxLIST_AUTOSIZE);
            int width = std::max(header, list->GetColumnWidth(static_cast<int>(c)));
            list->SetColumnWidth(static_cast<int>(c), std::min(width, FromDIP(420)));
        }
        // Tall enough for every row up to a limit; the scrolled window takes the rest.
        int rowHeight = FromDIP(24);
        int visible = std::clamp(static_cast<int>(table.rows.size()), 1, 14);
        list->SetMinSize(wxSize(-1, rowHeight * (visible + 1) + FromDIP(8)));
        list->Bind(wxEVT_LIST_ITEM_SELECTED, [this, t](wxListEvent& event) { rowSelected(t, event.GetIndex()); });
        sizer->Add(list, 0, wxEXPAND);
        m_lists.push_back(list);
        if (!table.notes.empty()) {
            wxString tableNotes;
            for (const std::string& note : table.notes) tableNotes += (tableNotes.empty() ? "" : "\n") + wxs(note);
            auto* text = new wxStaticText(m_tables, wxID_ANY, tableNotes);
            text->SetForegroundColour(wxColour(0x55, 0x55, 0x55));
            sizer->Add(text, 0, wxTOP | wxBOTTOM, FromDIP(4));
        }
    }
    m_tables->FitInside();
    m_tables->Layout();
    m_tables->Thaw();
}

bool ReportView::selectRow(std::size_t table, long row) {
    wxListCtrl* target = list(table);
    if (!target || row < 0 || row >= target->GetItemCount()) return false;
    target->SetItemState(row, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED,
                         wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
    target->EnsureVisible(row);
    // The generic list may or may not send an event for a programmatic selection; the
    // highlight does nothing when it is already shown, so calling it again is harmless.
    rowSelected(table, row);
    return true;
}

void ReportView::rowSelected(std::size_t table, long row) {
    if (!m_rowSelected || table >= m_rows.size() || row < 0 || static_cast<std::size_t>(row) >= m_rows[table].size())
        return;
    const ReportRowInfo& info = m_rows[table][static_cast<std::size_t>(row)];
    if (!info.caseIds.empty()) m_rowSelected(info.caseIds);
}

}  // namespace rw::gui
