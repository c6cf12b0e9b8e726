#include "app/gui/outline_pane.h"

#include <wx/intl.h>
#include <wx/menu.h>
#include <wx/sizer.h>

#include "app/gui/command_ids.h"

#include "app/document/trace_timer.h"
#include "app/gui/document_layer.h"
#include "app/gui/swatches.h"
#include "app/gui/ui_text.h"
#include "app/gui/wx_strings.h"

namespace rw::gui {
namespace {

class ItemData : public wxTreeItemData {
public:
    ItemData(Selection what, std::string groupKey) : selection(std::move(what)), group(std::move(groupKey)) {}
    Selection selection;
    std::string group;  // non-empty for a group heading: remembers whether it was folded
};

constexpr NodeKind kKinds[] = {NodeKind::Intervention, NodeKind::Context, NodeKind::Mechanism, NodeKind::Outcome,
                               NodeKind::SideEffect};

std::string firstLine(const std::string& text) { return text.substr(0, text.find('\n')); }

wxString linkText(const Theory& theory, const Link& link) {
    const Node* from = theory.findNode(link.from);
    const Node* to = theory.findNode(link.to);
    wxString text = wxs(firstLine(from ? from->label : link.from)) + wxString::FromUTF8(" \u2192 ") +
                    wxs(firstLine(to ? to->label : link.to));
    if (link.kind != LinkKind::Causes) text += " (" + linkKindName(link.kind) + ")";
    return text;
}

}  // namespace

OutlinePane::OutlinePane(wxWindow* parent, EditorSession& session) : wxPanel(parent, wxID_ANY), m_session(session) {
    m_tree = new wxTreeCtrl(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                            wxTR_DEFAULT_STYLE | wxTR_HIDE_ROOT | wxTR_SINGLE | wxTR_FULL_ROW_HIGHLIGHT);
    m_tree->SetName("outline-tree");
    m_tree->AssignImageList(makeOutlineImages(FromDIP(16)));
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(m_tree, 1, wxEXPAND);
    SetSizer(sizer);

    m_tree->Bind(wxEVT_TREE_SEL_CHANGED, &OutlinePane::onSelChanged, this);
    m_tree->Bind(wxEVT_TREE_ITEM_MENU, &OutlinePane::onItemMenu, this);
    m_tree->Bind(wxEVT_TREE_KEY_DOWN, [this](wxTreeEvent& event) {
        int key = event.GetKeyCode();
        if (key != WXK_DELETE && key != WXK_NUMPAD_DELETE) {
            event.Skip();
            return;
        }
        // Edit ▸ Delete has no bare Delete accelerator (text fields need the key): ask it here.
        wxCommandEvent remove(wxEVT_MENU, wxID_DELETE);
        remove.SetEventObject(this);
        ProcessWindowEvent(remove);
    });
    auto remember = [this](wxTreeEvent& event, bool collapsed) {
        event.Skip();
        if (auto* data = dynamic_cast<ItemData*>(m_tree->GetItemData(event.GetItem())); data && !data->group.empty())
            m_collapsed[data->group] = collapsed;
    };
    m_tree->Bind(wxEVT_TREE_ITEM_COLLAPSED, [remember](wxTreeEvent& e) { remember(e, true); });
    m_tree->Bind(wxEVT_TREE_ITEM_EXPANDED, [remember](wxTreeEvent& e) { remember(e, false); });

    m_documentToken = m_session.document().addListener([this](const Change& change) {
        // Ticks and quotes do not show in the outline.
        if (change.scope == Change::Scope::Verdict || change.scope == Change::Scope::Evidence ||
            change.scope == Change::Scope::Attribute)
            return;
        // A big theory's tree takes a while to build: single edits are applied in place.
        if (!m_rebuildPending && applyInPlace(change)) return;
        scheduleRebuild();
    });
    m_selectionToken = m_session.addSelectionListener([this](const Selection& s) { showSelection(s); });
    rebuild();
}

OutlinePane::~OutlinePane() {
    m_session.document().removeListener(m_documentToken);
    m_session.removeSelectionListener(m_selectionToken);
}

std::string OutlinePane::keyOf(const Selection& s) {
    return std::to_string(static_cast<int>(s.kind)) + "\n" + s.theoryId + "\n" + s.id + "\n" + s.caseId;
}

void OutlinePane::scheduleRebuild() {
    if (m_rebuildPending) return;
    m_rebuildPending = true;
    CallAfter([this] {
        m_rebuildPending = false;
        rebuild();
    });
}

wxTreeItemId OutlinePane::addItem(wxTreeItemId parent, const wxString& text, const Selection& selection, int image) {
    wxTreeItemId item = m_tree->AppendItem(parent, text, image, image, new ItemData(selection, {}));
    if (selection.kind != Selection::Kind::None) m_items[keyOf(selection)] = item;
    return item;
}

void OutlinePane::rebuild() {
    TraceTimer trace("outline rebuild");
    const Project& project = m_session.project();
    m_syncing = true;
    m_tree->Freeze();
    m_tree->DeleteAllItems();
    m_items.clear();
    wxTreeItemId root = m_tree->AddRoot("project");
    std::vector<wxTreeItemId> toExpand;
    m_groups.clear();
    auto addGroup = [&](wxTreeItemId parent, const wxString& text, const std::string& key, int image) {
        wxTreeItemId item = m_tree->AppendItem(parent, text, image, image, new ItemData(Selection{}, key));
        m_groups[key] = item;
        if (!m_collapsed[key]) toExpand.push_back(item);
        return item;
    };

    for (const Theory& theory : project.theories) {
        Selection theorySelection{Selection::Kind::Theory, theory.id, theory.id, {}};
        wxTreeItemId theoryItem = addItem(root, wxs(theory.name.empty() ? theory.id : theory.name), theorySelection,
                                          kImageTheory);
        m_tree->SetItemBold(theoryItem, theory.id == m_session.theoryId());  // the one shown
        toExpand.push_back(theoryItem);
        for (NodeKind kind : kKinds) {
            int count = 0;
            for (const Node& node : theory.nodes) count += node.kind == kind;
            if (count == 0) continue;
            std::string key = theory.id + "/" + std::string(toString(kind));
            wxTreeItemId group = addGroup(theoryItem, wxString::Format("%s (%d)", kindHeading(kind), count), key,
                                          kImageFolder);
            for (const Node& node : theory.nodes)
                if (node.kind == kind)
                    addItem(group, wxs(firstLine(node.label)), Selection::node(theory.id, node.id),
                            static_cast<int>(kind));
        }
        if (!theory.links.empty()) {
            wxTreeItemId group = addGroup(theoryItem, wxString::Format(_("Links (%zu)"), theory.links.size()),
                                          theory.id + "/links", kImageFolder);
            for (const Link& link : theory.links) addItem(group, linkText(theory, link), Selection::link(theory.id, link.id), kImageLink);
        }
    }
    wxTreeItemId cases = addGroup(root, wxString::Format(_("Cases (%zu)"), project.cases.size()), "cases", kImageFolder);
    for (const Case& c : project.cases) {
        wxString text = wxs(c.displayName());
        if (!c.name.empty() && c.name != c.displayName()) text += wxString::FromUTF8(" \u2014 ") + wxs(c.name);
        addItem(cases, text, Selection::ofCase(c.id), kImageCase);
    }
    if (!project.sources.empty()) {
        wxTreeItemId sources =
            addGroup(root, wxString::Format(_("Sources (%zu)"), project.sources.size()), "sources", kImageFolder);
        for (const Source& source : project.sources)
            addItem(sources, wxs(firstLine(source.title.empty() ? source.id : source.title)), Selection::source(source.id),
                    kImageSource);
    }
    for (wxTreeItemId item : toExpand) m_tree->Expand(item);
    m_tree->Thaw();
    m_syncing = false;
    showSelection(m_session.selection());
}

void OutlinePane::updateGroupLabel(const std::string& theoryId, NodeKind kind) {
    const Theory* theory = m_session.project().findTheory(theoryId);
    auto group = m_groups.find(theoryId + "/" + std::string(toString(kind)));
    if (!theory || group == m_groups.end()) return;
    int count = 0;
    for (const Node& node : theory->nodes) count += node.kind == kind;
    m_tree->SetItemText(group->second, wxString::Format("%s (%d)", kindHeading(kind), count));
}

bool OutlinePane::applyInPlace(const Change& change) {
    const Theory* theory = m_session.project().findTheory(change.theoryId);
    if (!theory || change.itemId.empty()) return false;
    if (change.scope == Change::Scope::Node) {
        const Node* node = theory->findNode(change.itemId);
        Selection selection = Selection::node(theory->id, change.itemId);
        auto found = m_items.find(keyOf(selection));
        if (node && found != m_items.end()) {  // edited: label or kind
            if (m_tree->GetItemImage(found->second) != static_cast<int>(node->kind)) return false;
            m_tree->SetItemText(found->second, wxs(firstLine(node->label)));
            for (const Link& link : theory->links)  // links are named after their ends
                if (link.from == node->id || link.to == node->id)
                    if (auto item = m_items.find(keyOf(Selection::link(theory->id, link.id))); item != m_items.end())
                        m_tree->SetItemText(item->second, linkText(*theory, link));
            return true;
        }
        if (node) {  // added (or restored by an undo): at the end of its group, as in the theory
            auto group = m_groups.find(theory->id + "/" + std::string(toString(node->kind)));
            if (group == m_groups.end() || theory->nodes.back().id != node->id) return false;
            wxTreeItemId item = addItem(group->second, wxs(firstLine(node->label)), selection, static_cast<int>(node->kind));
            updateGroupLabel(theory->id, node->kind);
            m_syncing = true;
            m_tree->EnsureVisible(item);
            m_syncing = false;
            return true;
        }
        if (found != m_items.end()) {  // removed
            auto* data = dynamic_cast<ItemData*>(m_tree->GetItemData(found->second));
            int kind = m_tree->GetItemImage(found->second);
            if (!data) return false;
            m_syncing = true;
            m_tree->Delete(found->second);
            m_syncing = false;
            m_items.erase(found);
            updateGroupLabel(theory->id, static_cast<NodeKind>(kind));
            return true;
        }
        return false;
    }
    if (change.scope == Change::Scope::Link) {
        // Links show their ends' labels and kind; anything but a plain add or remove rebuilds.
        const Link* link = theory->findLink(change.itemId);
        Selection selection = Selection::link(theory->id, change.itemId);
        auto found = m_items.find(keyOf(selection));
        auto group = m_groups.find(theory->id + "/links");
        if (link && found == m_items.end() && group != m_groups.end() && theory->links.back().id == link->id) {
            addItem(group->second, linkText(*theory, *link), selection, kImageLink);
            m_tree->SetItemText(group->second, wxString::Format(_("Links (%zu)"), theory->links.size()));
            return true;
        }
        if (!link && found != m_items.end() && group != m_groups.end()) {
            m_syncing = true;
            m_tree->Delete(found->second);
            m_syncing = false;
            m_items.erase(found);
            m_tree->SetItemText(group->second, wxString::Format(_("Links (%zu)"), theory->links.size()));
            return true;
        }
        return false;
    }
    return false;
}

wxTreeItemId OutlinePane::itemFor(const Selection& selection) const {
    Selection s = selection;
    // A matrix cell shows as its node.
    if (s.kind == Selection::Kind::Cell) s = Selection::node(s.theoryId, s.id);
    if (s.kind == Selection::Kind::AttributeValue) s = Selection::ofCase(s.caseId);
    if ((s.kind == Selection::Kind::Node || s.kind == Selection::Kind::Link) && s.theoryId.empty())
        s.theoryId = m_session.theoryId();
    auto it = m_items.find(keyOf(s));
    return it == m_items.end() ? wxTreeItemId() : it->second;
}

void OutlinePane::showSelection(const Selection& selection) {
    wxTreeItemId item = itemFor(selection);
    m_syncing = true;
    if (item.IsOk()) {
        if (m_tree->GetSelection() != item) {
            m_tree->SelectItem(item);
            m_tree->EnsureVisible(item);
        }
    } else {
        m_tree->UnselectAll();
    }
    m_syncing = false;
}

wxMenu* OutlinePane::contextMenuFor(const wxTreeItemId& item) {
    auto* data = item.IsOk() ? dynamic_cast<ItemData*>(m_tree->GetItemData(item)) : nullptr;
    Selection::Kind kind = data ? data->selection.kind : Selection::Kind::None;
    std::string group = data ? data->group : std::string();
    auto* menu = new wxMenu;
    // The commands act on the session's selection; the frame handles them (events travel up).
    if (kind == Selection::Kind::Case || group == "cases") {
        menu->Append(kIdAddCase, _("New Case…"));
        if (kind == Selection::Kind::Case) menu->Append(kIdDeleteCase, _("Delete Case…"));
    } else if (kind == Selection::Kind::Source || group == "sources") {
        menu->Append(kIdAddSource, _("New Source…"));
        if (kind == Selection::Kind::Source) menu->Append(kIdDeleteSource, _("Delete Source…"));
    } else {
        if (kind == Selection::Kind::Theory) {
            menu->Append(kIdShowTheory, _("Show This Theory"));
            menu->AppendSeparator();
        }
        menu->Append(kIdAddTheory, _("New Theory…"));
        menu->Append(kIdDuplicateTheory, _("Duplicate Theory"));
        menu->Append(kIdDeleteTheory, _("Delete Theory…"));
        menu->Enable(kIdDeleteTheory, m_session.project().theories.size() > 1);
        if (kind == Selection::Kind::Node || kind == Selection::Kind::Link) {
            menu->AppendSeparator();
            menu->Append(wxID_DELETE, _("&Delete"));
        }
    }
    return menu;
}

void OutlinePane::onItemMenu(wxTreeEvent& event) {
    wxTreeItemId item = event.GetItem();
    // Right-click acts on the item clicked, so it becomes the selection first.
    if (item.IsOk() && m_tree->GetSelection() != item) m_tree->SelectItem(item);
    std::unique_ptr<wxMenu> menu(contextMenuFor(item));
    PopupMenu(menu.get());
}

void OutlinePane::onSelChanged(wxTreeEvent& event) {
    if (m_syncing) return;
    auto* data = dynamic_cast<ItemData*>(m_tree->GetItemData(event.GetItem()));
    if (!data || data->selection.kind == Selection::Kind::None) return;
    if (data->selection.kind == Selection::Kind::Theory) m_session.setTheory(data->selection.id);
    if (!data->selection.theoryId.empty() && data->selection.theoryId != m_session.theoryId())
        m_session.setTheory(data->selection.theoryId);
    m_session.select(data->selection);
}

}  // namespace rw::gui
