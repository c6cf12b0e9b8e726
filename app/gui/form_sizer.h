#pragma once
// The two-column form every dialog uses: a label, then a control that takes the rest of the width.

#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/window.h>

namespace rw::gui {

class FormSizer : public wxFlexGridSizer {
public:
    enum class Label { Centred, Top };  // Top for multi-line controls

    // `owner` holds the labels (the dialog, or the static box the form sits in).
    FormSizer(wxWindow* owner, int vgap, int hgap) : wxFlexGridSizer(2, vgap, hgap), m_owner(owner) {
        AddGrowableCol(1);
    }

    void addRow(const wxString& label, wxWindow* control, Label where = Label::Centred) {
        auto* text = new wxStaticText(m_owner, wxID_ANY, label);
        if (where == Label::Top) Add(text, 0, wxALIGN_TOP | wxTOP, m_owner->FromDIP(4));
        else Add(text, 0, wxALIGN_CENTER_VERTICAL);
        Add(control, 1, wxEXPAND);
    }

private:
    wxWindow* m_owner;
};

}  // namespace rw::gui
