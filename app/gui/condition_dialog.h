#pragma once
// Adds or edits one condition of the cross-case analysis: a case attribute compared with a value
// (the value offered from the scale for ordinals), or a node's verdict, with what a case without
// a value (or with a ? verdict) counts as. It refuses what the file would refuse, saying why,
// and only collects: the caller turns the result into a command (model/edit/edits_conditions.h).

#include <string>
#include <vector>

#include <wx/choice.h>
#include <wx/combobox.h>
#include <wx/dialog.h>
#include <wx/radiobut.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "model/core/project.h"

namespace rw::gui {

class ConditionDialog : public wxDialog {
public:
    // `replacing` is the id of the condition being edited, "" for a new one (then `condition`
    // is the starting point, usually empty).
    ConditionDialog(wxWindow* parent, const Project& project, const Condition& condition, const std::string& replacing);

    // Returns the condition as entered (valid once TransferDataFromWindow returned true).
    const Condition& condition() const { return m_condition; }
    // Puts a condition into the fields (what a user would type; used by tests too).
    void setCondition(const Condition& condition);
    // Returns the reason shown for refusing the fields, or "".
    wxString refusal() const { return m_error->GetLabel(); }

    // Reads the fields; a new condition without an id gets one from its label. Returns false and
    // shows why when the project would refuse the condition.
    bool TransferDataFromWindow() override;

private:
    Condition read() const;
    void updateEnabled();
    void fillValues();

    const Project& m_project;
    std::string m_replacing;
    Condition m_condition;
    std::vector<std::string> m_attributeKeys;  // parallel to m_attribute
    std::vector<std::string> m_nodeIds;        // parallel to m_node
    wxTextCtrl* m_id;
    wxTextCtrl* m_label;
    wxTextCtrl* m_description;
    wxRadioButton* m_byAttribute;
    wxRadioButton* m_byNode;
    wxChoice* m_attribute;
    wxChoice* m_op;
    wxComboBox* m_value;
    wxChoice* m_node;
    wxChoice* m_missing;
    wxChoice* m_mixed;
    wxStaticText* m_error;
};

}  // namespace rw::gui
