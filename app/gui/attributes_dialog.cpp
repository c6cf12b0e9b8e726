#include "app/gui/attributes_dialog.h"

#include <wx/button.h>
#include <wx/intl.h>
#include <wx/sizer.h>
#include <wx/statbox.h>
#include <wx/stattext.h>
#include <wx/textdlg.h>
#include <wx/tokenzr.h>

#include "app/gui/form_sizer.h"
#include "app/gui/wx_strings.h"
#include "model/edit/edits_project.h"

namespace rw::gui {
namespace {

constexpr AttributeType kTypes[] = {AttributeType::Text, AttributeType::Number, AttributeType::Ordinal,
                                    AttributeType::Flag, AttributeType::Date};

wxString typeName(AttributeType type) {
    switch (type) {
        case AttributeType::Text: return _("Text");
        case AttributeType::Number: return _("Number");
        case AttributeType::Ordinal: return _("Ordinal (levels)");
        case AttributeType::Flag: return _("Yes / no");
        case AttributeType::Date: return _("Date");
    }
    return {};
}

long selectedRow(const wxListCtrl* list) { return list->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED); }

}  // namespace

AttributesDialog::AttributesDialog(wxWindow* parent, EditorSession& session)
    : wxDialog(parent, wxID_ANY, _("Case attributes and message categories"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      m_session(session) {
    SetName("attributes-dialog");
    // Attribute definitions: the list, then the fields of the selected one.
    auto* attributeBox = new wxStaticBoxSizer(wxVERTICAL, this, _("Case attributes"));
    wxWindow* box = attributeBox->GetStaticBox();
    m_attributes = new wxListCtrl(box, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(520, 200)),
                                  wxLC_REPORT | wxLC_SINGLE_SEL);
    m_attributes->SetName("attribute-list");
    m_attributes->AppendColumn(_("Key"), wxLIST_FORMAT_LEFT, FromDIP(110));
    m_attributes->AppendColumn(_("Label"), wxLIST_FORMAT_LEFT, FromDIP(170));
    m_attributes->AppendColumn(_("Type"), wxLIST_FORMAT_LEFT, FromDIP(110));
    m_attributes->AppendColumn(_("Group"), wxLIST_FORMAT_LEFT, FromDIP(110));
    m_label = new wxTextCtrl(box, wxID_ANY);
    m_type = new wxChoice(box, wxID_ANY);
    for (AttributeType type : kTypes) m_type->Append(typeName(type));
    m_group = new wxTextCtrl(box, wxID_ANY);
    m_unit = new wxTextCtrl(box, wxID_ANY);
    m_scale = new wxTextCtrl(box, wxID_ANY, wxString(), wxDefaultPosition, FromDIP(wxSize(-1, 60)), wxTE_MULTILINE);
    m_scale->SetToolTip(_("For an ordinal attribute: its levels, one per line, from low to high."));
    auto* fields = new FormSizer(box, FromDIP(4), FromDIP(8));
    auto row = [&](const wxString& label, wxWindow* field) { fields->addRow(label, field); };
    row(_("Label:"), m_label);
    row(_("Type:"), m_type);
    row(_("Group:"), m_group);
    row(_("Unit:"), m_unit);
    row(_("Levels:"), m_scale);
    auto* add = new wxButton(box, wxID_ANY, _("&Add…"));
    auto* apply = new wxButton(box, wxID_ANY, _("A&pply"));
    auto* remove = new wxButton(box, wxID_ANY, _("&Remove"));
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    buttons->Add(add, 0, wxRIGHT, FromDIP(4));
    buttons->Add(apply, 0, wxRIGHT, FromDIP(4));
    buttons->Add(remove);
    attributeBox->Add(m_attributes, 1, wxEXPAND | wxALL, FromDIP(4));
    attributeBox->Add(fields, 0, wxEXPAND | wxALL, FromDIP(4));
    attributeBox->Add(buttons, 0, wxALL, FromDIP(4));

    // Message categories: label and whether they count as safety messages.
    auto* categoryBox = new wxStaticBoxSizer(wxVERTICAL, this, _("Message categories"));
    wxWindow* cbox = categoryBox->GetStaticBox();
    m_categories = new wxListCtrl(cbox, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(520, 120)),
                                  wxLC_REPORT | wxLC_SINGLE_SEL);
    m_categories->SetName("category-list");
    m_categories->AppendColumn(_("Id"), wxLIST_FORMAT_LEFT, FromDIP(110));
    m_categories->AppendColumn(_("Label"), wxLIST_FORMAT_LEFT, FromDIP(250));
    m_categories->AppendColumn(_("Safety"), wxLIST_FORMAT_LEFT, FromDIP(80));
    m_categoryLabel = new wxTextCtrl(cbox, wxID_ANY);
    m_safety = new wxCheckBox(cbox, wxID_ANY, _("Counts as a safety message"));
    auto* categoryFields = new wxBoxSizer(wxHORIZONTAL);
    categoryFields->Add(new wxStaticText(cbox, wxID_ANY, _("Label:")), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(8));
    categoryFields->Add(m_categoryLabel, 1, wxRIGHT, FromDIP(8));
    categoryFields->Add(m_safety, 0, wxALIGN_CENTER_VERTICAL);
    auto* addCategoryButton = new wxButton(cbox, wxID_ANY, _("A&dd…"));
    auto* applyCategoryButton = new wxButton(cbox, wxID_ANY, _("Appl&y"));
    auto* removeCategoryButton = new wxButton(cbox, wxID_ANY, _("Re&move"));
    auto* categoryButtons = new wxBoxSizer(wxHORIZONTAL);
    categoryButtons->Add(addCategoryButton, 0, wxRIGHT, FromDIP(4));
    categoryButtons->Add(applyCategoryButton, 0, wxRIGHT, FromDIP(4));
    categoryButtons->Add(removeCategoryButton);
    categoryBox->Add(m_categories, 1, wxEXPAND | wxALL, FromDIP(4));
    categoryBox->Add(categoryFields, 0, wxEXPAND | wxALL, FromDIP(4));
    categoryBox->Add(categoryButtons, 0, wxALL, FromDIP(4));

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(attributeBox, 2, wxEXPAND | wxALL, FromDIP(8));
    sizer->Add(categoryBox, 1, wxEXPAND | wxLEFT | wxRIGHT, FromDIP(8));
    sizer->Add(new wxStaticText(this, wxID_ANY, _("Every change is applied at once and can be undone with Edit ▸ Undo.")),
               0, wxALL, FromDIP(8));
    sizer->Add(CreateStdDialogButtonSizer(wxCLOSE), 0, wxEXPAND | wxALL, FromDIP(8));
    SetSizerAndFit(sizer);
    SetEscapeId(wxID_CLOSE);

    add->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { askAndAddAttribute(); });
    apply->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { applyAttribute(); });
    remove->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { removeAttribute(); });
    addCategoryButton->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { askAndAddCategory(); });
    applyCategoryButton->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { applyCategory(); });
    removeCategoryButton->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { removeCategory(); });
    m_attributes->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent&) { showAttribute(); });
    m_categories->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent&) { showCategory(); });
    m_documentToken = m_session.document().addListener([this](const Change&) { fill(); });
    fill();
}

AttributesDialog::~AttributesDialog() { m_session.document().removeListener(m_documentToken); }

void AttributesDialog::fill() {
    const Project& project = m_session.project();
    std::string key = selectedKey();
    std::string category = selectedCategory();
    m_attributes->DeleteAllItems();
    m_keys.clear();
    for (const AttributeDef& attribute : project.attributes) {
        long item = m_attributes->InsertItem(m_attributes->GetItemCount(), wxs(attribute.key));
        m_attributes->SetItem(item, 1, wxs(attribute.label));
        m_attributes->SetItem(item, 2, typeName(attribute.type));
        m_attributes->SetItem(item, 3, wxs(attribute.group));
        m_keys.push_back(attribute.key);
    }
    m_categories->DeleteAllItems();
    m_categoryIds.clear();
    for (const Category& c : project.categories) {
        long item = m_categories->InsertItem(m_categories->GetItemCount(), wxs(c.id));
        m_categories->SetItem(item, 1, wxs(c.label));
        m_categories->SetItem(item, 2, c.safety ? _("yes") : wxString());
        m_categoryIds.push_back(c.id);
    }
    selectAttribute(key);
    for (std::size_t i = 0; i < m_categoryIds.size(); ++i)
        if (m_categoryIds[i] == category)
            m_categories->SetItemState(static_cast<long>(i), wxLIST_STATE_SELECTED, wxLIST_STATE_SELECTED);
    showAttribute();
    showCategory();
}

std::string AttributesDialog::selectedKey() const {
    long row = selectedRow(m_attributes);
    return row < 0 || row >= static_cast<long>(m_keys.size()) ? std::string() : m_keys[static_cast<std::size_t>(row)];
}

std::string AttributesDialog::selectedCategory() const {
    long row = selectedRow(m_categories);
    return row < 0 || row >= static_cast<long>(m_categoryIds.size()) ? std::string()
                                                                      : m_categoryIds[static_cast<std::size_t>(row)];
}

void AttributesDialog::selectAttribute(const std::string& key) {
    for (std::size_t i = 0; i < m_keys.size(); ++i)
        if (m_keys[i] == key) {
            m_attributes->SetItemState(static_cast<long>(i), wxLIST_STATE_SELECTED, wxLIST_STATE_SELECTED);
            m_attributes->EnsureVisible(static_cast<long>(i));
        }
    showAttribute();
}

void AttributesDialog::showAttribute() {
    const AttributeDef* attribute = m_session.project().findAttribute(selectedKey());
    for (wxWindow* field : std::initializer_list<wxWindow*>{m_label, m_type, m_group, m_unit, m_scale})
        field->Enable(attribute != nullptr);
    if (!attribute) {
        m_label->ChangeValue(wxString());
        m_group->ChangeValue(wxString());
        m_unit->ChangeValue(wxString());
        m_scale->ChangeValue(wxString());
        m_type->SetSelection(wxNOT_FOUND);
        return;
    }
    m_label->ChangeValue(wxs(attribute->label));
    m_type->SetSelection(static_cast<int>(attribute->type));
    m_group->ChangeValue(wxs(attribute->group));
    m_unit->ChangeValue(wxs(attribute->unit));
    wxString levels;
    for (const std::string& level : attribute->scale) levels += (levels.empty() ? "" : "\n") + wxs(level);
    m_scale->ChangeValue(levels);
}

void AttributesDialog::showCategory() {
    const Category* category = m_session.project().findCategory(selectedCategory());
    m_categoryLabel->Enable(category != nullptr);
    m_safety->Enable(category != nullptr);
    m_categoryLabel->ChangeValue(category ? wxs(category->label) : wxString());
    m_safety->SetValue(category && category->safety);
}

std::string AttributesDialog::addAttribute(const std::string& label, AttributeType type) {
    AttributeDef attribute;
    attribute.label = label;
    attribute.type = type;
    if (!m_session.push(edits::addAttribute(m_session.project(), attribute), utf8(_("The attribute cannot be added."))))
        return {};
    std::string key = m_session.project().attributes.back().key;
    selectAttribute(key);
    return key;
}

bool AttributesDialog::applyAttribute() {
    const AttributeDef* attribute = m_session.project().findAttribute(selectedKey());
    if (!attribute || m_type->GetSelection() == wxNOT_FOUND) return false;
    AttributeDef updated = *attribute;
    updated.label = utf8(m_label->GetValue().Strip(wxString::both));
    updated.type = kTypes[m_type->GetSelection()];
    updated.group = utf8(m_group->GetValue().Strip(wxString::both));
    updated.unit = utf8(m_unit->GetValue().Strip(wxString::both));
    updated.scale.clear();
    if (updated.type == AttributeType::Ordinal)
        for (const wxString& level : wxStringTokenize(m_scale->GetValue(), "\n"))
            if (!level.Strip(wxString::both).empty()) updated.scale.push_back(utf8(level.Strip(wxString::both)));
    if (updated == *attribute) return true;
    return m_session.push(edits::changeAttribute(m_session.project(), updated),
                          utf8(_("The attribute cannot be changed.")));
}

bool AttributesDialog::removeAttribute() {
    std::string key = selectedKey();
    if (key.empty()) return false;
    return m_session.push(edits::removeAttribute(m_session.project(), key), utf8(_("The attribute cannot be removed.")));
}

std::string AttributesDialog::addCategory(const std::string& label, bool safety) {
    Category category;
    category.label = label;
    category.safety = safety;
    edits::Edit edit = edits::addCategory(m_session.project(), category);
    std::string id = edit.newId();
    if (!m_session.push(std::move(edit), utf8(_("The category cannot be added.")))) return {};
    long row = static_cast<long>(m_categoryIds.size()) - 1;
    if (row >= 0) m_categories->SetItemState(row, wxLIST_STATE_SELECTED, wxLIST_STATE_SELECTED);
    showCategory();
    return id;
}

bool AttributesDialog::applyCategory() {
    const Category* category = m_session.project().findCategory(selectedCategory());
    if (!category) return false;
    Category updated = *category;
    updated.label = utf8(m_categoryLabel->GetValue().Strip(wxString::both));
    updated.safety = m_safety->GetValue();
    if (updated == *category) return true;
    return m_session.push(edits::changeCategory(m_session.project(), updated), utf8(_("The category cannot be changed.")));
}

bool AttributesDialog::removeCategory() {
    std::string id = selectedCategory();
    if (id.empty()) return false;
    return m_session.push(edits::removeCategory(m_session.project(), id), utf8(_("The category cannot be removed.")));
}

void AttributesDialog::askAndAddAttribute() {
    wxTextEntryDialog ask(this, _("Label of the attribute:"), _("Add attribute"));
    if (ask.ShowModal() != wxID_OK) return;
    std::string label = utf8(ask.GetValue().Strip(wxString::both));
    if (!label.empty()) addAttribute(label, AttributeType::Text);
    m_label->SetFocus();
}

void AttributesDialog::askAndAddCategory() {
    wxTextEntryDialog ask(this, _("Label of the message category:"), _("Add message category"));
    if (ask.ShowModal() != wxID_OK) return;
    std::string label = utf8(ask.GetValue().Strip(wxString::both));
    if (!label.empty()) addCategory(label, false);
}

}  // namespace rw::gui
