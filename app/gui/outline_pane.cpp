#include "app/gui/outline_pane.h"

#include <wx/intl.h>
#include <wx/sizer.h>

#include "app/gui/swatches.h"
#include "app/gui/ui_text.h"
#include "app/gui/wx_strings.h"
#include "app/gui/document/trace_timer.h"

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
    auto remember = [this](wxTreeEvent& event, bool collapsed) {
        event.Skip();
        if (auto* data = dynamic_cast<ItemData*>(m_tree->GetItemData(event.GetItem())); data && !data->group.empty())
            m_collapsed[data->group] = collapsed;
    };
    m_tree->Bind(wxEVT_TREE_ITEM_COLLAPSED, [remember](wxTreeEvent& e) { remember(e, true); });
    m_tree->Bind(wxEVT_TREE_ITEM_EXPANDED, [remember](wxTreeEvent& e) { remember(e, false); });

    m_documentToken = m_session.document().addListener([this](const Change& change) {
        // Ticks and quotes do not show in the outline.
        if (change.scope != Change::Scope::Verdict && change.scope != Change::Scope::Evidence &&
            change.scope != Change::Scope::Attribute)
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
    auto addGroup = [&](wxTreeItemId parent, const wxString& text, const std::string& key, int image) {
        wxTreeItemId item = m_tree->AppendItem(parent, text, image, image, new ItemData(Selection{}, key));
        if (!m_collapsed[key]) toExpand.push_back(item);
        return item;
    };

    for (const Theory& theory : project.theories) {
        Selection theorySelection{Selection::Kind::Theory, theory.id, theory.id, {}};
        wxTreeItemId theoryItem = addItem(root, wxs(theory.name.empty() ? theory.id : theory.name), theorySelection,
                                          kImageTheory);
        m_tree->SetItemBold(theoryItem);
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
            for (const Link& link : theory.links) {
                const Node* from = theory.findNode(link.from);
                const Node* to = theory.findNode(link.to);
                wxString text = wxs(firstLine(from ? from->label : link.from)) + wxString::FromUTF8(" \u2192 ") +
                                wxs(firstLine(to ? to->label : link.to));
                if (link.kind != LinkKind::Causes) text += " (" + linkKindName(link.kind) + ")";
                addItem(group, text, Selection::link(theory.id, link.id), kImageLink);
            }
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
