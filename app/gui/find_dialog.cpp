#include "app/gui/find_dialog.h"

#include <wx/intl.h>
#include <wx/sizer.h>

#include "app/gui/wx_strings.h"

namespace rw::gui {
namespace {

wxString fieldName(const std::string& field) {
    if (field == "label") return _("label");
    if (field == "description") return _("description");
    if (field == "assumption") return _("assumption");
    if (field == "quote") return _("quote");
    if (field == "note") return _("note");
    if (field == "name") return _("name");
    if (field == "title") return _("title");
    return wxs(field);
}

}  // namespace

FindDialog::FindDialog(wxWindow* parent, EditorSession& session)
    : wxDialog(parent, wxID_ANY, _("Find"), wxDefaultPosition, wxDefaultSize, wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      m_session(session) {
    SetName("find-dialog");
    m_query = new wxSearchCtrl(this, wxID_ANY);
    m_query->SetDescriptiveText(_("Labels, descriptions, quotes…"));
    m_results = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(620, 300)),
                               wxLC_REPORT | wxLC_SINGLE_SEL);
    m_results->AppendColumn(_("In"), wxLIST_FORMAT_LEFT, FromDIP(110));
    m_results->AppendColumn(_("Text"), wxLIST_FORMAT_LEFT, FromDIP(500));
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(m_query, 0, wxEXPAND | wxALL, FromDIP(8));
    sizer->Add(m_results, 1, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(8));
    SetSizerAndFit(sizer);

    m_query->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { search(m_query->GetValue()); });
    m_query->Bind(wxEVT_SEARCH, [this](wxCommandEvent&) {
        if (!m_hits.empty()) goTo(0);
    });
    m_results->Bind(wxEVT_LIST_ITEM_ACTIVATED, [this](wxListEvent& event) { goTo(event.GetIndex()); });
    m_results->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent& event) { goTo(event.GetIndex()); });
    m_documentToken = m_session.document().addListener([this](const Change&) {
        if (IsShown()) CallAfter([this] { search(m_query->GetValue()); });
    });
    m_query->SetFocus();
}

FindDialog::~FindDialog() { m_session.document().removeListener(m_documentToken); }

int FindDialog::search(const wxString& text) {
    m_hits = searchProject(m_session.project(), utf8(text));
    m_results->Freeze();
    m_results->DeleteAllItems();
    long row = 0;
    for (const SearchHit& hit : m_hits) {
        long item = m_results->InsertItem(row++, fieldName(hit.field));
        m_results->SetItem(item, 1, wxs(hit.excerpt));
    }
    m_results->Thaw();
    return static_cast<int>(m_hits.size());
}

void FindDialog::goTo(long index) {
    if (index < 0 || index >= static_cast<long>(m_hits.size())) return;
    const Selection& where = m_hits[static_cast<std::size_t>(index)].where;
    if (!where.theoryId.empty()) m_session.setTheory(where.theoryId);
    m_session.select(where);
}

}  // namespace rw::gui
