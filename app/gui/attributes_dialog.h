#pragma once
// Project ▸ Case Attributes: the attribute definitions the cases are described by (label, type,
// group, unit, ordinal scale) and the categories their chat messages are counted in. Every
// button is one undoable edit, applied at once; the dialog follows undo and redo while open.

#include <string>
#include <vector>

#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/dialog.h>
#include <wx/listctrl.h>
#include <wx/textctrl.h>

#include "app/document/editor_session.h"
#include "app/gui/document_layer.h"

namespace rw::gui {

class AttributesDialog : public wxDialog {
public:
    AttributesDialog(wxWindow* parent, EditorSession& session);
    ~AttributesDialog() override;

    wxListCtrl* attributeList() const { return m_attributes; }
    wxListCtrl* categoryList() const { return m_categories; }

    // Adds an attribute definition and selects it; returns its key, or "" when refused.
    std::string addAttribute(const std::string& label, AttributeType type);
    // Applies the fields to the selected definition; false (reported) when refused.
    bool applyAttribute();
    // Removes the selected definition with its values in every case.
    bool removeAttribute();
    // Selects the definition with this key in the list (and shows it in the fields).
    void selectAttribute(const std::string& key);
    // The fields of the selected definition, for tests and for applyAttribute.
    wxTextCtrl* labelField() const { return m_label; }
    wxChoice* typeField() const { return m_type; }
    wxTextCtrl* scaleField() const { return m_scale; }

    // Adds a message category and selects it; returns its id, or "" when refused.
    std::string addCategory(const std::string& label, bool safety);
    bool applyCategory();
    bool removeCategory();

private:
    void fill();
    void showAttribute();
    void showCategory();
    std::string selectedKey() const;
    std::string selectedCategory() const;
    void askAndAddAttribute();
    void askAndAddCategory();

    EditorSession& m_session;
    wxListCtrl* m_attributes;
    wxTextCtrl* m_label;
    wxChoice* m_type;
    wxTextCtrl* m_group;
    wxTextCtrl* m_unit;
    wxTextCtrl* m_scale;
    wxListCtrl* m_categories;
    wxTextCtrl* m_categoryLabel;
    wxCheckBox* m_safety;
    std::vector<std::string> m_keys;        // parallel to m_attributes' rows
    std::vector<std::string> m_categoryIds;  // parallel to m_categories' rows
    int m_documentToken = 0;
};

}  // namespace rw::gui
