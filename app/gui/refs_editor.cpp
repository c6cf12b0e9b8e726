#include "app/gui/refs_editor.h"

#include <wx/button.h>
#include <wx/intl.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "app/gui/wx_strings.h"
#include "model/core/location.h"

namespace rw::gui {
namespace {

std::string firstLine(const std::string& text) { return text.substr(0, text.find('\n')); }

}  // namespace

RefsEditor::RefsEditor(wxWindow* parent, const Project& project, std::vector<SourceRef> refs, const wxString& title)
    : wxDialog(parent, wxID_ANY, title, wxDefaultPosition, wxDefaultSize, wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      m_project(project),
      m_refs(std::move(refs)) {
    SetName("refs-editor");
    m_list = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(480, 150)), wxLC_REPORT | wxLC_SINGLE_SEL);
    m_list->AppendColumn(_("Source"), wxLIST_FORMAT_LEFT, FromDIP(280));
    m_list->AppendColumn(_("Lines"), wxLIST_FORMAT_LEFT, FromDIP(90));
    m_list->AppendColumn(_("Page"), wxLIST_FORMAT_LEFT, FromDIP(80));
    m_source = new wxChoice(this, wxID_ANY);
    for (const Source& source : project.sources)
        m_source->Append(wxs(firstLine(source.title.empty() ? source.id : source.title)));
    if (!project.sources.empty()) m_source->SetSelection(0);
    m_lines = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, FromDIP(wxSize(80, -1)));
    m_lines->SetHint(_("12-14"));
    m_page = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, FromDIP(wxSize(60, -1)));
    auto* add = new wxButton(this, wxID_ADD, _("&Add"));
    auto* remove = new wxButton(this, wxID_REMOVE, _("&Remove"));
    auto* row = new wxBoxSizer(wxHORIZONTAL);
    row->Add(m_source, 1, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(6));
    row->Add(new wxStaticText(this, wxID_ANY, _("Lines:")), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(4));
    row->Add(m_lines, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(6));
    row->Add(new wxStaticText(this, wxID_ANY, _("Page:")), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(4));
    row->Add(m_page, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(6));
    row->Add(add, 0, wxALIGN_CENTER_VERTICAL);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(m_list, 1, wxEXPAND | wxALL, FromDIP(8));
    sizer->Add(remove, 0, wxLEFT | wxRIGHT, FromDIP(8));
    sizer->Add(row, 0, wxEXPAND | wxALL, FromDIP(8));
    if (project.sources.empty())
        sizer->Add(new wxStaticText(this, wxID_ANY, _("The project has no sources yet: add one with Project ▸ New Source.")),
                   0, wxLEFT | wxRIGHT, FromDIP(8));
    sizer->Add(CreateStdDialogButtonSizer(wxOK | wxCANCEL), 0, wxEXPAND | wxALL, FromDIP(8));
    SetSizerAndFit(sizer);
    add->Enable(!project.sources.empty());

    add->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (!addRef(m_source->GetSelection(), m_lines->GetValue(), m_page->GetValue()))
            wxMessageBox(_("Lines are a number or a range such as 12-14."), GetTitle(), wxOK | wxICON_WARNING, this);
    });
    remove->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        removeRef(m_list->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED));
    });
    fill();
}

void RefsEditor::fill() {
    m_list->DeleteAllItems();
    for (const SourceRef& ref : m_refs) {
        const Source* source = m_project.findSource(ref.source);
        long item = m_list->InsertItem(m_list->GetItemCount(),
                                       wxs(source && !source->title.empty() ? firstLine(source->title) : ref.source));
        m_list->SetItem(item, 1, wxs(formatLines(ref.location)));
        m_list->SetItem(item, 2, wxs(ref.location.page));
    }
}

bool RefsEditor::addRef(int sourceIndex, const wxString& lines, const wxString& page) {
    if (sourceIndex < 0 || sourceIndex >= static_cast<int>(m_project.sources.size())) return false;
    SourceRef ref;
    ref.source = m_project.sources[static_cast<std::size_t>(sourceIndex)].id;
    std::string range = utf8(lines.Strip(wxString::both));
    if (!range.empty()) {
        auto parsed = parseRange(range);
        if (!parsed || parsed->first < 1) return false;
        ref.location.lineBegin = static_cast<int>(parsed->first);
        ref.location.lineEnd = static_cast<int>(parsed->second);
    }
    ref.location.page = utf8(page.Strip(wxString::both));
    m_refs.push_back(ref);
    fill();
    m_lines->Clear();
    m_page->Clear();
    return true;
}

void RefsEditor::removeRef(long row) {
    if (row < 0 || row >= static_cast<long>(m_refs.size())) return;
    m_refs.erase(m_refs.begin() + row);
    fill();
}

}  // namespace rw::gui
