#include "app/gui/findings_list.h"

#include <wx/artprov.h>
#include <wx/imaglist.h>
#include <wx/intl.h>

#include "app/gui/ui_text.h"
#include "app/gui/wx_strings.h"

namespace rw::gui {

FindingsList::FindingsList(wxWindow* parent)
    : wxListCtrl(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT | wxLC_SINGLE_SEL | wxLC_VIRTUAL) {
    SetName("findings-list");
    wxSize iconSize = FromDIP(wxSize(16, 16));
    auto* images = new wxImageList(iconSize.x, iconSize.y, true);
    images->Add(wxArtProvider::GetBitmap(wxART_INFORMATION, wxART_LIST, iconSize));  // Severity::Info
    images->Add(wxArtProvider::GetBitmap(wxART_WARNING, wxART_LIST, iconSize));      // Severity::Warning
    images->Add(wxArtProvider::GetBitmap(wxART_ERROR, wxART_LIST, iconSize));        // Severity::Error
    AssignImageList(images, wxIMAGE_LIST_SMALL);
    // The sentence first: it is what a reviewer reads; the icon gives the severity.
    AppendColumn(_("Finding"), wxLIST_FORMAT_LEFT, FromDIP(1100));
    AppendColumn(_("Code"), wxLIST_FORMAT_LEFT, FromDIP(230));
    AppendColumn(_("Severity"), wxLIST_FORMAT_LEFT, FromDIP(90));
}

void FindingsList::setFindings(FindingList findings) {
    m_findings = std::move(findings);
    SetItemCount(static_cast<long>(m_findings.size()));
    Refresh();
}

wxString FindingsList::OnGetItemText(long item, long column) const {
    if (item < 0 || item >= static_cast<long>(m_findings.size())) return {};
    const Finding& finding = m_findings[static_cast<std::size_t>(item)];
    switch (column) {
        case 0: return wxs(finding.message);
        case 1: return wxs(finding.code);
        case 2: return severityName(finding.severity);
        default: return {};
    }
}

int FindingsList::OnGetItemColumnImage(long item, long column) const {
    if (column != 0 || item < 0 || item >= static_cast<long>(m_findings.size())) return -1;
    return static_cast<int>(m_findings[static_cast<std::size_t>(item)].severity);
}

}  // namespace rw::gui
