#pragma once
// The outline: each theory's nodes grouped by kind and its links, then the cases and the
// sources. Selecting an item selects it everywhere.

#include <map>
#include <memory>
#include <string>

#include <wx/menu.h>
#include <wx/panel.h>
#include <wx/treectrl.h>

#include "app/document/editor_session.h"
#include "app/gui/document_layer.h"
#include "model/core/kinds.h"

namespace rw::gui {

class OutlinePane : public wxPanel {
public:
    OutlinePane(wxWindow* parent, EditorSession& session);
    ~OutlinePane() override;

    wxTreeCtrl* tree() const { return m_tree; }
    // Returns the tree item that shows `selection`, or an invalid id.
    wxTreeItemId itemFor(const Selection& selection) const;
    // Returns the context menu for an item (the caller owns it): new / duplicate / delete theory,
    // new / delete case, new / delete source, depending on what the item shows.
    wxMenu* contextMenuFor(const wxTreeItemId& item);

private:
    void scheduleRebuild();
    // Applies a one-node or one-link edit to the tree in place; false when only a rebuild will do.
    bool applyInPlace(const Change& change);
    void updateGroupLabel(const std::string& theoryId, NodeKind kind);
    void rebuild();
    wxTreeItemId addItem(wxTreeItemId parent, const wxString& text, const Selection& selection, int image);
    void showSelection(const Selection& selection);
    void onSelChanged(wxTreeEvent& event);
    void onItemMenu(wxTreeEvent& event);
    static std::string keyOf(const Selection& selection);

    EditorSession& m_session;
    wxTreeCtrl* m_tree;
    std::map<std::string, wxTreeItemId> m_items;  // by keyOf(selection)
    std::map<std::string, bool> m_collapsed;      // group headings the user folded
    std::map<std::string, wxTreeItemId> m_groups; // group headings by key ("theory/kind")
    int m_documentToken = 0;
    int m_selectionToken = 0;
    bool m_rebuildPending = false;
    bool m_syncing = false;
};

}  // namespace rw::gui
