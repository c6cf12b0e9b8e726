#include "app/gui/report_view.h"

#include <algorithm>

#include <wx/sizer.h>
#include <wx/stattext.h>

#include "app/gui/wx_strings.h"

namespace rw::gui {
namespace {

// A virtual list over one table: it asks for the text of the rows it draws, so a table of a
// thousand rows costs no more to show than one of ten.
class ReportList : public wxListCtrl {
public:
    ReportList(wxWindow* parent, const ReportTable& table, std::vector<bool> warn)
        : wxListCtrl(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                     wxLC_REPORT | wxLC_VIRTUAL | wxLC_SINGLE_SEL | wxLC_HRULES),
          m_rows(table.rows), m_warn(std::move(warn)) {
        m_warnAttr.SetTextColour(wxColour(0xb0, 0x30, 0x20));
        for (std::size_t c = 0; c < table.columns.size(); ++c) {
            AppendColumn(wxs(table.columns[c]), wxLIST_FORMAT_LEFT);
            SetColumnWidth(static_cast<int>(c), columnWidth(table, c));
        }
        SetItemCount(static_cast<long>(m_rows.size()));
    }

    // Shows other rows under the same columns (an edit changed the counts, not the table).
    void setRows(const ReportTable& table, std::vector<bool> warn) {
        m_rows = table.rows;
        m_warn = std::move(warn);
        SetItemCount(static_cast<long>(m_rows.size()));
        Refresh();
    }

    wxString OnGetItemText(long item, long column) const override {
        const std::vector<std::string>& cells = m_rows[static_cast<std::size_t>(item)];
        return static_cast<std::size_t>(column) < cells.size() ? wxs(cells[static_cast<std::size_t>(column)]) : wxString();
    }

    wxItemAttr* OnGetItemAttr(long item) const override {
        return m_warn[static_cast<std::size_t>(item)] ? &m_warnAttr : nullptr;
    }

private:
    // The wider of the heading and the first rows' cells, within reason.
    int columnWidth(const ReportTable& table, std::size_t column) const {
        const int padding = FromDIP(16);
        int width = GetTextExtent(wxs(table.columns[column])).x + padding;
        const std::size_t sampled = std::min<std::size_t>(table.rows.size(), 60);
        for (std::size_t r = 0; r < sampled; ++r)
            if (column < table.rows[r].size())
                width = std::max(width, GetTextExtent(wxs(table.rows[r][column])).x + padding);
        return std::min(width, FromDIP(420));
    }

    std::vector<std::vector<std::string>> m_rows;
    std::vector<bool> m_warn;
    mutable wxItemAttr m_warnAttr;
};

// True when the two reports have the same tables (titles, columns, notes), whatever their rows.
bool sameTables(const AnalysisReport& a, const AnalysisReport& b) {
    if (a.tables.size() != b.tables.size()) return false;
    for (std::size_t t = 0; t < a.tables.size(); ++t) {
        const ReportTable& x = a.tables[t];
        const ReportTable& y = b.tables[t];
        if (x.title != y.title || x.columns != y.columns || x.notes != y.notes) return false;
    }
    return true;
}

}  // namespace

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

void ReportView::showMessage(const wxString& message) { show(ShownReport{{}, {}, utf8(message)}); }

void ReportView::show(const ShownReport& shown) {
    if (shown == m_shown) return;  // an edit that changes nothing here redraws nothing
    m_shown = shown;
    m_drawn = false;
    if (!m_deferred) draw();
}

void ReportView::setDeferred(bool deferred) {
    m_deferred = deferred;
    if (!deferred && !m_drawn) draw();
}

const AnalysisReport& ReportView::report() {
    if (!m_drawn) draw();
    return m_shown.report;
}

std::size_t ReportView::tableCount() {
    if (!m_drawn) draw();
    return m_lists.size();
}

wxListCtrl* ReportView::list(std::size_t table) {
    if (!m_drawn) draw();
    return table < m_lists.size() ? m_lists[table] : nullptr;
}

wxString ReportView::notesText() {
    if (!m_drawn) draw();
    return m_notes->GetValue();
}

void ReportView::draw() {
    m_drawn = true;
    const AnalysisReport& report = m_shown.report;
    wxString notes;
    if (!m_shown.message.empty()) notes = wxs(m_shown.message);
    for (const std::string& note : report.notes) notes += (notes.empty() ? "" : "\n") + wxs(note);
    m_notes->ChangeValue(notes);

    auto warnings = [this](std::size_t t, const ReportTable& table) {
        std::vector<bool> warn(table.rows.size(), false);
        if (t < m_shown.rows.size())
            for (std::size_t r = 0; r < table.rows.size() && r < m_shown.rows[t].size(); ++r) warn[r] = m_shown.rows[t][r].warn;
        return warn;
    };
    // After most edits only the numbers change: the same tables get new rows, in place.
    if (sameTables(report, m_drawnReport)) {
        for (std::size_t t = 0; t < report.tables.size(); ++t) {
            const ReportTable& table = report.tables[t];
            static_cast<ReportList*>(m_lists[t])->setRows(table, warnings(t, table));
            if (table.rows.size() != m_drawnReport.tables[t].rows.size()) {
                int visible = std::clamp(static_cast<int>(table.rows.size()), 1, 14);
                m_lists[t]->SetMinSize(wxSize(-1, FromDIP(24) * (visible + 1) + FromDIP(8)));
                m_tables->FitInside();
                m_tables->Layout();
            }
        }
        m_drawnReport = report;
        return;
    }
    m_drawnReport = report;

    // Otherwise the tables are made again.
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
        auto* list = new ReportList(m_tables, table, warnings(t, table));
        list->SetName(wxString::Format("%s-table-%zu", GetName(), t));
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
    const ReportRows& rows = m_shown.rows;
    if (!m_rowSelected || table >= rows.size() || row < 0 || static_cast<std::size_t>(row) >= rows[table].size())
        return;
    const ReportRowInfo& info = rows[table][static_cast<std::size_t>(row)];
    if (!info.caseIds.empty()) m_rowSelected(info.caseIds);
}

}  // namespace rw::gui
