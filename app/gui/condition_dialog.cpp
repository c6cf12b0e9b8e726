#include "app/gui/condition_dialog.h"

#include <algorithm>
#include <set>

#include <wx/intl.h>
#include <wx/sizer.h>

#include "app/gui/form_sizer.h"
#include "app/gui/wx_strings.h"
#include "model/core/conditions.h"
#include "model/core/ids.h"
#include "model/edit/edits_conditions.h"

namespace rw::gui {
namespace {

// The operators in the order of ConditionOp, as a reader sees them.
constexpr ConditionOp kOps[] = {ConditionOp::Equal,   ConditionOp::NotEqual, ConditionOp::Contains, ConditionOp::AtLeast,
                                ConditionOp::AtMost, ConditionOp::Greater,  ConditionOp::Less};
constexpr MissingPolicy kPolicies[] = {MissingPolicy::Exclude, MissingPolicy::CountFalse, MissingPolicy::CountTrue};

int indexOf(ConditionOp op) { return static_cast<int>(std::find(std::begin(kOps), std::end(kOps), op) - std::begin(kOps)); }
int indexOf(MissingPolicy policy) {
    return static_cast<int>(std::find(std::begin(kPolicies), std::end(kPolicies), policy) - std::begin(kPolicies));
}

wxString firstLine(const std::string& text) { return wxs(text.substr(0, text.find('\n'))); }

}  // namespace

ConditionDialog::ConditionDialog(wxWindow* parent, const Project& project, const Condition& condition,
                                 const std::string& replacing)
    : wxDialog(parent, wxID_ANY, replacing.empty() ? _("New condition") : _("Edit condition"), wxDefaultPosition,
               wxDefaultSize, wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      m_project(project),
      m_replacing(replacing),
      m_condition(condition) {
    m_id = new wxTextCtrl(this, wxID_ANY);
    m_id->SetHint(_("made from the label"));
    m_label = new wxTextCtrl(this, wxID_ANY);
    m_description = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, FromDIP(wxSize(-1, 56)), wxTE_MULTILINE);
    m_byAttribute = new wxRadioButton(this, wxID_ANY, _("Case attribute"), wxDefaultPosition, wxDefaultSize, wxRB_GROUP);
    m_byNode = new wxRadioButton(this, wxID_ANY, _("Verdict on a node"));
    m_attribute = new wxChoice(this, wxID_ANY);
    for (const AttributeDef& attribute : project.attributes) {
        m_attribute->Append(wxs(attribute.label.empty() ? attribute.key : attribute.label) + " (" + wxs(attribute.key) + ")");
        m_attributeKeys.push_back(attribute.key);
    }
    m_op = new wxChoice(this, wxID_ANY);
    m_op->Append(_("equals (==)"));
    m_op->Append(_("differs from (!=)"));
    m_op->Append(_("contains (text)"));
    m_op->Append(_("at least (>=)"));
    m_op->Append(_("at most (<=)"));
    m_op->Append(_("more than (>)"));
    m_op->Append(_("less than (<)"));
    m_value = new wxComboBox(this, wxID_ANY);
    m_node = new wxChoice(this, wxID_ANY);
    std::set<std::string> seen;
    for (const Theory& theory : project.theories)
        for (const Node& node : theory.nodes)
            if (seen.insert(node.id).second) {
                m_node->Append(firstLine(node.label));
                m_nodeIds.push_back(node.id);
            }
    wxArrayString policies;
    policies.Add(_("leave the case out"));
    policies.Add(_("count as false"));
    policies.Add(_("count as true"));
    m_missing = new wxChoice(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, policies);
    m_mixed = new wxChoice(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, policies);
    m_error = new wxStaticText(this, wxID_ANY, wxString());
    m_error->SetForegroundColour(wxColour(0xb0, 0x30, 0x20));

    auto* grid = new FormSizer(this, FromDIP(6), FromDIP(8));
    auto row = [&](const wxString& label, wxWindow* control) { grid->addRow(label, control); };
    row(_("Label:"), m_label);
    row(_("Id:"), m_id);
    row(_("Description:"), m_description);
    auto hint = [this](const wxString& text) {
        auto* label = new wxStaticText(this, wxID_ANY, text);
        label->SetForegroundColour(wxColour(0x66, 0x66, 0x66));
        return label;
    };
    grid->Add(m_byAttribute, 0, wxALIGN_CENTER_VERTICAL | wxTOP, FromDIP(6));
    grid->Add(hint(_("true when the case's value passes the comparison")), 0, wxALIGN_CENTER_VERTICAL | wxTOP, FromDIP(6));
    row(_("Attribute:"), m_attribute);
    row(_("Operator:"), m_op);
    row(_("Value:"), m_value);
    grid->Add(m_byNode, 0, wxALIGN_CENTER_VERTICAL | wxTOP, FromDIP(6));
    grid->Add(hint(_("supported = true, refuted = false")), 0, wxALIGN_CENTER_VERTICAL | wxTOP, FromDIP(6));
    row(_("Node:"), m_node);
    row(_("No value / not assessed:"), m_missing);
    row(_("A ? verdict:"), m_mixed);

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(grid, 1, wxEXPAND | wxALL, FromDIP(12));
    sizer->Add(m_error, 0, wxEXPAND | wxLEFT | wxRIGHT, FromDIP(12));
    sizer->Add(CreateSeparatedButtonSizer(wxOK | wxCANCEL), 0, wxEXPAND | wxALL, FromDIP(12));
    SetSizerAndFit(sizer);
    SetSize(wxSize(std::max(GetSize().x, FromDIP(520)), GetSize().y));

    m_byAttribute->Bind(wxEVT_RADIOBUTTON, [this](wxCommandEvent&) { updateEnabled(); });
    m_byNode->Bind(wxEVT_RADIOBUTTON, [this](wxCommandEvent&) { updateEnabled(); });
    m_attribute->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { fillValues(); });
    setCondition(condition);
}

void ConditionDialog::setCondition(const Condition& condition) {
    m_id->ChangeValue(wxs(condition.id));
    m_label->ChangeValue(wxs(condition.label));
    m_description->ChangeValue(wxs(condition.description));
    bool byNode = !condition.node.empty();
    m_byNode->SetValue(byNode);
    m_byAttribute->SetValue(!byNode);
    auto key = std::find(m_attributeKeys.begin(), m_attributeKeys.end(), condition.attribute);
    m_attribute->SetSelection(key == m_attributeKeys.end() ? (m_attributeKeys.empty() ? wxNOT_FOUND : 0)
                                                           : static_cast<int>(key - m_attributeKeys.begin()));
    fillValues();
    m_op->SetSelection(indexOf(condition.op));
    m_value->SetValue(wxs(condition.value));
    auto node = std::find(m_nodeIds.begin(), m_nodeIds.end(), condition.node);
    m_node->SetSelection(node == m_nodeIds.end() ? (m_nodeIds.empty() ? wxNOT_FOUND : 0)
                                                 : static_cast<int>(node - m_nodeIds.begin()));
    m_missing->SetSelection(indexOf(condition.missing));
    m_mixed->SetSelection(indexOf(condition.mixed));
    m_error->SetLabel(wxString());
    updateEnabled();
}

void ConditionDialog::fillValues() {
    // Offer what fits: the scale of an ordinal, true/false for a flag, the values the cases have.
    wxString typed = m_value->GetValue();
    m_value->Clear();
    int index = m_attribute->GetSelection();
    if (index == wxNOT_FOUND || index >= static_cast<int>(m_attributeKeys.size())) return;
    const AttributeDef* attribute = m_project.findAttribute(m_attributeKeys[static_cast<std::size_t>(index)]);
    if (!attribute) return;
    std::vector<std::string> values;
    if (attribute->type == AttributeType::Ordinal) {
        values = attribute->scale;
    } else if (attribute->type == AttributeType::Flag) {
        values = {"true", "false"};
    } else {
        std::set<std::string> seen;
        for (const Case& c : m_project.cases)
            if (const AttributeValue* value = c.findValue(attribute->key); value && seen.insert(value->value).second)
                values.push_back(value->value);
    }
    for (const std::string& value : values) m_value->Append(wxs(value));
    m_value->SetValue(typed);
}

void ConditionDialog::updateEnabled() {
    bool byNode = m_byNode->GetValue();
    m_attribute->Enable(!byNode);
    m_op->Enable(!byNode);
    m_value->Enable(!byNode);
    m_node->Enable(byNode);
    m_mixed->Enable(byNode);  // only a verdict can be ?
}

Condition ConditionDialog::read() const {
    Condition c;
    c.id = utf8(m_id->GetValue().Strip(wxString::both));
    c.label = utf8(m_label->GetValue().Strip(wxString::both));
    c.description = utf8(m_description->GetValue().Strip(wxString::both));
    int policy = m_missing->GetSelection();
    c.missing = policy == wxNOT_FOUND ? MissingPolicy::Exclude : kPolicies[policy];
    if (m_byNode->GetValue()) {
        int node = m_node->GetSelection();
        if (node != wxNOT_FOUND) c.node = m_nodeIds[static_cast<std::size_t>(node)];
        int mixed = m_mixed->GetSelection();
        c.mixed = mixed == wxNOT_FOUND ? MissingPolicy::Exclude : kPolicies[mixed];
    } else {
        int attribute = m_attribute->GetSelection();
        if (attribute != wxNOT_FOUND) c.attribute = m_attributeKeys[static_cast<std::size_t>(attribute)];
        int op = m_op->GetSelection();
        c.op = op == wxNOT_FOUND ? ConditionOp::Equal : kOps[op];
        c.value = utf8(m_value->GetValue().Strip(wxString::both));
    }
    return c;
}

bool ConditionDialog::TransferDataFromWindow() {
    Condition c = read();
    if (c.attribute.empty() && c.node.empty()) {
        m_error->SetLabel(_("Choose an attribute or a node."));
        return false;
    }
    if (c.id.empty()) {
        // The id the command would make, shown so that the user sees what splits will call it.
        std::string base = slugify(c.label.empty() ? describeRule(c) : c.label);
        c.id = uniqueId(base, [this](const std::string& id) {
            return (id != m_replacing && findCondition(m_project, id)) || m_project.findAttribute(id);
        });
        m_id->ChangeValue(wxs(c.id));
    }
    std::string why = edits::whyConditionRefused(m_project, c, m_replacing);
    if (!why.empty()) {
        m_error->SetLabel(wxs(why));
        Layout();
        return false;
    }
    m_condition = std::move(c);
    return true;
}

}  // namespace rw::gui
