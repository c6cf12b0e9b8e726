#include "app/gui/inspector_pane.h"

#include <wx/intl.h>
#include <wx/msgdlg.h>
#include <wx/propgrid/advprops.h>
#include <wx/propgrid/props.h>
#include <wx/sizer.h>
#include <wx/textdlg.h>

#include "app/document/trace_timer.h"
#include "app/gui/document_layer.h"
#include "app/gui/evidence_dialog.h"
#include "app/gui/refs_editor.h"
#include "app/gui/ui_text.h"
#include "app/gui/wx_strings.h"
#include "model/checks/stats.h"
#include "model/core/ids.h"
#include "model/core/location.h"
#include "model/core/values.h"
#include "model/edit/edits.h"
#include "model/edit/edits_project.h"

namespace rw::gui {
namespace {

constexpr NodeKind kKinds[] = {NodeKind::Intervention, NodeKind::Context, NodeKind::Mechanism, NodeKind::Outcome,
                               NodeKind::SideEffect};
constexpr LinkKind kLinkKinds[] = {LinkKind::Causes, LinkKind::Enables, LinkKind::Prevents};
constexpr SourceKind kSourceKinds[] = {SourceKind::Document, SourceKind::Interview, SourceKind::FocusGroup,
                                       SourceKind::ChatHistory, SourceKind::Literature};
constexpr VerdictValue kVerdicts[] = {VerdictValue::NotAssessed, VerdictValue::Supported, VerdictValue::Refuted,
                                      VerdictValue::Mixed};

std::string firstLine(const std::string& text) { return text.substr(0, text.find('\n')); }

wxString refsText(const Project& project, const std::vector<SourceRef>& refs) {
    wxString text;
    for (const SourceRef& ref : refs) {
        const Source* source = project.findSource(ref.source);
        wxString one = wxs(source && !source->title.empty() ? firstLine(source->title) : ref.source);
        std::string where = describe(ref.location);
        if (!where.empty()) one += " (" + wxs(where) + ")";
        text += (text.empty() ? "" : "; ") + one;
    }
    return text;
}

wxPGProperty* readOnly(wxPropertyGrid* grid, wxPGProperty* property) {
    grid->Append(property);
    property->ChangeFlag(wxPG_PROP_READONLY, true);
    return property;
}

}  // namespace

InspectorPane::InspectorPane(wxWindow* parent, EditorSession& session) : wxPanel(parent, wxID_ANY), m_session(session) {
    m_title = new wxStaticText(this, wxID_ANY, wxString());
    m_title->SetFont(m_title->GetFont().Bold());
    m_grid = new wxPropertyGrid(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                wxPG_DEFAULT_STYLE);
    m_grid->SetName("inspector-properties");
    m_grid->SetExtraStyle(wxPG_EX_HELP_AS_TOOLTIPS);

    m_evidencePanel = new wxPanel(this, wxID_ANY);
    m_evidence = new wxListCtrl(m_evidencePanel, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                wxLC_REPORT | wxLC_SINGLE_SEL);
    m_evidence->SetName("evidence-list");
    m_evidence->AppendColumn(_("Quote"), wxLIST_FORMAT_LEFT, FromDIP(300));
    m_evidence->AppendColumn(_("Stance"), wxLIST_FORMAT_LEFT, FromDIP(90));
    m_evidence->AppendColumn(_("Source"), wxLIST_FORMAT_LEFT, FromDIP(160));
    m_evidence->AppendColumn(_("Informant"), wxLIST_FORMAT_LEFT, FromDIP(140));
    m_evidence->AppendColumn(_("Note"), wxLIST_FORMAT_LEFT, FromDIP(160));
    m_add = new wxButton(m_evidencePanel, wxID_ANY, _("&Add quote…"));
    m_edit = new wxButton(m_evidencePanel, wxID_ANY, _("&Edit…"));
    m_remove = new wxButton(m_evidencePanel, wxID_ANY, _("&Remove"));
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    buttons->Add(m_add, 0, wxRIGHT, FromDIP(4));
    buttons->Add(m_edit, 0, wxRIGHT, FromDIP(4));
    buttons->Add(m_remove);
    // The hook into the Sources pane: the selected quote where it stands in its source.
    auto* showInSource = new wxButton(m_evidencePanel, wxID_ANY, _("Sho&w"));
    showInSource->SetName("show-in-source");
    showInSource->SetToolTip(_("Show this quote where it stands in its source"));
    buttons->Add(showInSource, 0, wxLEFT, FromDIP(4));
    showInSource->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        m_session.showEvidence(m_session.selection().caseId, selectedEvidenceId());
    });
    showInSource->Bind(wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& event) { event.Enable(!selectedEvidenceId().empty()); });
    auto* evidenceSizer = new wxBoxSizer(wxVERTICAL);
    evidenceSizer->Add(new wxStaticText(m_evidencePanel, wxID_ANY, _("Evidence behind this verdict")), 0,
                       wxTOP | wxBOTTOM, FromDIP(4));
    evidenceSizer->Add(m_evidence, 1, wxEXPAND);
    // The whole quote of the selected line, as the reviewer needs to read it.
    m_quote = new wxTextCtrl(m_evidencePanel, wxID_ANY, wxString(), wxDefaultPosition, FromDIP(wxSize(-1, 90)),
                             wxTE_MULTILINE | wxTE_READONLY | wxTE_WORDWRAP | wxBORDER_NONE);
    m_quote->SetName("quote-preview");
    m_quote->SetBackgroundColour(wxColour(0xfa, 0xfa, 0xf5));
    evidenceSizer->Add(m_quote, 0, wxEXPAND | wxTOP, FromDIP(4));
    evidenceSizer->Add(buttons, 0, wxTOP, FromDIP(4));
    m_evidencePanel->SetSizer(evidenceSizer);

    // Sources of a node or link: a list of references edited in a small dialog.
    m_refsButton = new wxButton(this, wxID_ANY, _("Edit &sources…"));
    m_refsButton->SetName("edit-refs");
    m_refsButton->SetToolTip(_("Which sources state this, and where (lines, page)"));

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(m_title, 0, wxALL | wxEXPAND, FromDIP(4));
    sizer->Add(m_grid, 1, wxEXPAND);
    // A case's informants: added here (a role, never a name), removed while no quote cites them.
    m_addInformant = new wxButton(this, wxID_ANY, _("Add &informant…"));
    m_removeInformant = new wxButton(this, wxID_ANY, _("Remove informa&nt"));
    m_removeInformant->SetToolTip(_("Removes the informant whose row is selected above"));
    auto* actions = new wxBoxSizer(wxHORIZONTAL);
    actions->Add(m_refsButton, 0, wxRIGHT, FromDIP(4));
    actions->Add(m_addInformant, 0, wxRIGHT, FromDIP(4));
    actions->Add(m_removeInformant);
    sizer->Add(actions, 0, wxALL, FromDIP(4));
    sizer->Add(m_evidencePanel, 1, wxEXPAND | wxALL, FromDIP(4));
    SetSizer(sizer);

    m_grid->Bind(wxEVT_PG_CHANGED, &InspectorPane::onPropertyChanged, this);
    m_refsButton->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { editRefs(); });
    m_addInformant->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        wxTextEntryDialog ask(this, _("Role of the informant (e.g. beheerder, deelnemer, wijkagent):"), _("Add informant"));
        if (ask.ShowModal() == wxID_OK && !ask.GetValue().Strip(wxString::both).empty())
            addInformant(utf8(ask.GetValue().Strip(wxString::both)));
    });
    m_removeInformant->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { removeInformant(selectedInformantId()); });
    m_removeInformant->Bind(wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& event) { event.Enable(!selectedInformantId().empty()); });
    m_add->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { addEvidence(); });
    m_edit->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { editEvidence(); });
    m_remove->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { removeEvidence(); });
    m_evidence->Bind(wxEVT_LIST_ITEM_ACTIVATED, [this](wxListEvent&) { editEvidence(); });
    m_evidence->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent&) {
        updateButtons();
        showQuote();
    });
    m_evidence->Bind(wxEVT_LIST_ITEM_DESELECTED, [this](wxListEvent&) { updateButtons(); });

    m_documentToken = m_session.document().addListener([this](const Change&) { scheduleRebuild(); });
    m_selectionToken = m_session.addSelectionListener([this](const Selection&) { scheduleRebuild(); });
    rebuild();
}

InspectorPane::~InspectorPane() {
    m_session.document().removeListener(m_documentToken);
    m_session.removeSelectionListener(m_selectionToken);
}

void InspectorPane::scheduleRebuild() {
    // Never rebuild inside a property grid event: the property being edited would vanish.
    if (m_rebuildPending) return;
    m_rebuildPending = true;
    CallAfter([this] {
        m_rebuildPending = false;
        rebuild();
    });
}

void InspectorPane::rebuild() {
    TraceTimer trace("inspector rebuild");
    const Project& project = m_session.project();
    const Selection& s = m_session.selection();
    const Theory* theory = s.theoryId.empty() ? m_session.theory() : project.findTheory(s.theoryId);
    Freeze();
    m_grid->Clear();
    m_evidence->DeleteAllItems();
    m_evidenceIds.clear();
    bool showEvidence = false;
    m_title->SetLabel(_("Nothing selected"));
    switch (s.kind) {
        case Selection::Kind::Node:
            if (const Node* node = theory ? theory->findNode(s.id) : nullptr) showNode(*node);
            break;
        case Selection::Kind::Link:
            if (const Link* link = theory ? theory->findLink(s.id) : nullptr) showLink(*theory, *link);
            break;
        case Selection::Kind::Case:
        case Selection::Kind::AttributeValue:
            if (const Case* c = project.findCase(s.caseId)) showCase(*c);
            break;
        case Selection::Kind::Cell: {
            const Case* c = project.findCase(s.caseId);
            const Node* node = theory ? theory->findNode(s.id) : nullptr;
            if (c && node) {
                showCell(*theory, *c, *node);
                showEvidence = true;
            }
            break;
        }
        case Selection::Kind::Source:
            if (const Source* source = project.findSource(s.id)) showSource(*source);
            break;
        case Selection::Kind::Theory:
            if (const Theory* t = project.findTheory(s.id)) showTheory(*t);
            break;
        case Selection::Kind::None: showProject(); break;
    }
    if (s.kind == Selection::Kind::AttributeValue)
        if (wxPGProperty* property = m_grid->GetPropertyByName("attr:" + wxs(s.id))) m_grid->SelectProperty(property);
    if (showEvidence) showQuote();
    m_evidencePanel->Show(showEvidence);
    m_refsButton->Show(s.kind == Selection::Kind::Node || s.kind == Selection::Kind::Link);
    bool onCase = (s.kind == Selection::Kind::Case || s.kind == Selection::Kind::AttributeValue) &&
                  project.findCase(s.caseId);
    m_addInformant->Show(onCase);
    m_removeInformant->Show(onCase);
    // A cell has few properties and maybe many quotes: the quotes get the room.
    if (wxSizerItem* item = GetSizer()->GetItem(m_grid)) {
        int rows = static_cast<int>(m_grid->GetRoot()->GetChildCount()) + 1;
        item->SetProportion(showEvidence ? 0 : 1);
        m_grid->SetMinSize(wxSize(-1, showEvidence ? rows * m_grid->GetRowHeight() + FromDIP(6) : -1));
    }
    m_grid->SetSplitterLeft(true);  // labels as wide as they need, the rest for the values
    updateButtons();
    Layout();
    Thaw();
}

void InspectorPane::showNode(const Node& node) {
    m_title->SetLabel(wxString::Format(_("%s: %s"), kindName(node.kind), wxs(firstLine(node.label))));
    readOnly(m_grid, new wxStringProperty(_("Id"), "id", wxs(node.id)));
    wxArrayString kinds;
    wxArrayInt values;
    for (NodeKind kind : kKinds) {
        kinds.Add(kindName(kind));
        values.Add(static_cast<int>(kind));
    }
    m_grid->Append(new wxEnumProperty(_("Kind"), "kind", kinds, values, static_cast<int>(node.kind)));
    if (node.kind == NodeKind::Outcome) {
        wxArrayString levels;
        levels.Add(levelName(OutcomeLevel::Intermediate));
        levels.Add(levelName(OutcomeLevel::Final));
        m_grid->Append(new wxEnumProperty(_("Level"), "level", levels, wxArrayInt(), static_cast<int>(node.level)));
    }
    m_grid->Append(new wxLongStringProperty(_("Label"), "label", wxs(node.label)));
    m_grid->Append(new wxLongStringProperty(_("Description"), "description", wxs(node.description)));
    m_grid->Append(new wxLongStringProperty(_("Assumption"), "assumption", wxs(node.assumption)));
    readOnly(m_grid, new wxStringProperty(_("Sources"), "refs", refsText(m_session.project(), node.refs)));
    NodeSupport support = nodeSupport(m_session.project(), node);
    readOnly(m_grid, new wxStringProperty(_("Supported in"), "support",
                                          wxString::Format(_("%d of %d assessed cases"), support.supported,
                                                           support.assessed)));
}

void InspectorPane::showLink(const Theory& theory, const Link& link) {
    const Node* from = theory.findNode(link.from);
    const Node* to = theory.findNode(link.to);
    m_title->SetLabel(wxString::Format(_("Link: %s %s %s"), wxs(firstLine(from ? from->label : link.from)),
                                       wxString::FromUTF8("\u2192"), wxs(firstLine(to ? to->label : link.to))));
    readOnly(m_grid, new wxStringProperty(_("Id"), "id", wxs(link.id)));
    wxArrayString labels;
    m_nodeChoices.clear();
    int fromIndex = 0;
    int toIndex = 0;
    for (const Node& node : theory.nodes) {
        if (node.id == link.from) fromIndex = static_cast<int>(m_nodeChoices.size());
        if (node.id == link.to) toIndex = static_cast<int>(m_nodeChoices.size());
        m_nodeChoices.push_back(node.id);
        labels.Add(wxs(firstLine(node.label)));
    }
    m_grid->Append(new wxEnumProperty(_("From"), "from", labels, wxArrayInt(), fromIndex));
    m_grid->Append(new wxEnumProperty(_("To"), "to", labels, wxArrayInt(), toIndex));
    wxArrayString kinds;
    wxArrayInt values;
    for (LinkKind kind : kLinkKinds) {
        kinds.Add(linkKindName(kind));
        values.Add(static_cast<int>(kind));
    }
    m_grid->Append(new wxEnumProperty(_("Kind"), "linkkind", kinds, values, static_cast<int>(link.kind)));
    m_grid->Append(new wxLongStringProperty(_("Label"), "label", wxs(link.label)));
    m_grid->Append(new wxLongStringProperty(_("Description"), "description", wxs(link.description)));
    m_grid->Append(new wxLongStringProperty(_("Assumption"), "assumption", wxs(link.assumption)));
    readOnly(m_grid, new wxStringProperty(_("Sources"), "refs", refsText(m_session.project(), link.refs)));
    LinkHolds holds = linkHolds(m_session.project(), theory, link);
    readOnly(m_grid, new wxStringProperty(_("Holds in"), "holds",
                                          wxString::Format(_("%d of the %d cases where its source is supported"),
                                                           holds.holds, holds.sourceSupported)));
}

void InspectorPane::addCaseAttributes(const Case& c) {
    const Project& project = m_session.project();
    std::string group = "\x01";
    for (const AttributeDef& attribute : project.attributes) {
        if (attribute.group != group) {
            group = attribute.group;
            m_grid->Append(new wxPropertyCategory(group.empty() ? _("Attributes") : wxs(group)));
        }
        const AttributeValue* value = c.findValue(attribute.key);
        wxString current = value ? wxs(value->value) : wxString();
        wxString label = wxs(attribute.label.empty() ? attribute.key : attribute.label);
        wxString name = "attr:" + wxs(attribute.key);
        wxPGProperty* property = nullptr;
        if (attribute.type == AttributeType::Ordinal || attribute.type == AttributeType::Flag) {
            wxArrayString choices;
            choices.Add(wxString());
            if (attribute.type == AttributeType::Flag) {
                choices.Add("true");
                choices.Add("false");
            } else {
                for (const std::string& level : attribute.scale) choices.Add(wxs(level));
            }
            int index = choices.Index(current);
            property = new wxEnumProperty(label, name, choices, wxArrayInt(), index < 0 ? 0 : index);
        } else {
            property = new wxStringProperty(label, name, current);
        }
        if (!attribute.unit.empty()) property->SetHelpString(wxs(attribute.unit));
        m_grid->Append(property);
    }
}

void InspectorPane::showCase(const Case& c) {
    m_title->SetLabel(wxString::Format(_("Case: %s"), wxs(c.name.empty() ? c.displayName() : c.name)));
    readOnly(m_grid, new wxStringProperty(_("Id"), "id", wxs(c.id)));
    m_grid->Append(new wxStringProperty(_("Short name"), "short", wxs(c.shortName)));
    m_grid->Append(new wxStringProperty(_("Name"), "name", wxs(c.name)));
    m_grid->Append(new wxLongStringProperty(_("Description"), "description", wxs(c.description)));
    addCaseAttributes(c);
    addCaseInformants(c);
}

void InspectorPane::addCaseInformants(const Case& c) {
    bool any = false;
    for (const Informant& informant : m_session.project().informants) {
        if (informant.caseId != c.id) continue;
        if (!any) m_grid->Append(new wxPropertyCategory(_("Informants")));
        any = true;
        // Two rows per informant: the role under its pseudonymous id, then a note.
        wxPGProperty* role = m_grid->Append(new wxStringProperty(wxs(informant.id), "informant-role:" + wxs(informant.id),
                                                                 wxs(informant.role)));
        role->SetHelpString(_("Role of this informant (never a real name)"));
        m_grid->Append(new wxLongStringProperty(wxString::Format(_("Note on %s"), wxs(informant.id)),
                                                "informant-note:" + wxs(informant.id), wxs(informant.note)));
    }
}

void InspectorPane::showCell(const Theory&, const Case& c, const Node& node) {
    m_title->SetLabel(wxString::Format(_("%s in %s"), wxs(firstLine(node.label)), wxs(c.displayName())));
    readOnly(m_grid, new wxStringProperty(_("Case"), "case", wxs(c.name.empty() ? c.displayName() : c.name)));
    readOnly(m_grid, new wxStringProperty(kindName(node.kind), "node", wxs(firstLine(node.label))));
    wxArrayString verdicts;
    wxArrayInt values;
    for (VerdictValue value : kVerdicts) {
        verdicts.Add(verdictName(value));
        values.Add(static_cast<int>(value));
    }
    const Verdict* verdict = c.findVerdict(node.id);
    VerdictValue value = verdict ? verdict->value : VerdictValue::NotAssessed;
    m_grid->Append(new wxEnumProperty(_("Verdict"), "verdict", verdicts, values, static_cast<int>(value)));
    m_grid->Append(new wxLongStringProperty(_("Note"), "note", verdict ? wxs(verdict->note) : wxString()));
    fillEvidence(c, node);
}

void InspectorPane::fillEvidence(const Case& c, const Node& node) {
    const Verdict* verdict = c.findVerdict(node.id);
    if (!verdict) return;
    const Project& project = m_session.project();
    long row = 0;
    for (const Evidence& e : verdict->evidence) {
        wxString quote = wxs(e.quote);
        quote.Replace("\n", " ");
        long item = m_evidence->InsertItem(row++, quote);
        m_evidence->SetItem(item, 1, stanceName(e.stance));
        std::vector<SourceRef> refs;
        if (!e.ref.source.empty()) refs.push_back(e.ref);
        wxString where = refsText(project, refs);
        if (e.ref.source.empty() && !describe(e.ref.location).empty()) where = wxs(describe(e.ref.location));
        m_evidence->SetItem(item, 2, where);
        wxString who = wxs(e.role);
        if (!e.informant.empty()) who += " (" + wxs(e.informant) + ")";
        m_evidence->SetItem(item, 3, who);
        m_evidence->SetItem(item, 4, wxs(e.note));
        if (e.stance == Stance::Contradicts) m_evidence->SetItemTextColour(item, wxColour(0xb2, 0x18, 0x2b));
        m_evidenceIds.push_back(e.id);
    }
}

void InspectorPane::showSource(const Source& source) {
    m_title->SetLabel(wxString::Format(_("Source: %s"), wxs(firstLine(source.title))));
    readOnly(m_grid, new wxStringProperty(_("Id"), "id", wxs(source.id)));
    wxArrayString kinds;
    wxArrayInt values;
    for (SourceKind kind : kSourceKinds) {
        kinds.Add(sourceKindName(kind));
        values.Add(static_cast<int>(kind));
    }
    m_grid->Append(new wxEnumProperty(_("Kind"), "kind", kinds, values, static_cast<int>(source.kind)));
    m_grid->Append(new wxLongStringProperty(_("Title"), "title", wxs(source.title)));
    m_grid->Append(new wxStringProperty(_("File"), "file", wxs(source.file)));
    m_grid->Append(new wxStringProperty(_("Date"), "date", wxs(source.date)))->SetHelpString(_("YYYY, YYYY-MM or YYYY-MM-DD"));
    readOnly(m_grid, new wxStringProperty(_("SHA-256"), "sha256", wxs(source.sha256)));
    m_grid->Append(new wxLongStringProperty(_("Text"), "text", wxs(source.text)))
        ->SetHelpString(_("The source's text, embedded in the project, so quotes can be found in it"));
}

void InspectorPane::showTheory(const Theory& theory) {
    m_title->SetLabel(wxString::Format(_("Theory: %s"), wxs(theory.name)));
    readOnly(m_grid, new wxStringProperty(_("Id"), "id", wxs(theory.id)));
    m_grid->Append(new wxStringProperty(_("Name"), "name", wxs(theory.name)));
    m_grid->Append(new wxLongStringProperty(_("Description"), "description", wxs(theory.description)));
    readOnly(m_grid, new wxStringProperty(_("Nodes"), "nodes", wxString::Format("%zu", theory.nodes.size())));
    readOnly(m_grid, new wxStringProperty(_("Links"), "links", wxString::Format("%zu", theory.links.size())));
}

void InspectorPane::showProject() {
    const Project& project = m_session.project();
    m_title->SetLabel(_("Project: select a node, link, case or matrix cell to see its properties"));
    m_title->Wrap(GetClientSize().x > 50 ? GetClientSize().x - 10 : -1);
    m_grid->Append(new wxLongStringProperty(_("Title"), "title", wxs(project.meta.title)));
    wxString authors;
    for (const std::string& author : project.meta.authors) authors += (authors.empty() ? "" : "; ") + wxs(author);
    m_grid->Append(new wxStringProperty(_("Authors"), "authors", authors))->SetHelpString(_("Separated by semicolons"));
    m_grid->Append(new wxLongStringProperty(_("Description"), "description", wxs(project.meta.description)));
    readOnly(m_grid, new wxStringProperty(_("Language"), "language", wxs(project.language)));
    readOnly(m_grid, new wxStringProperty(_("Created"), "created", wxs(project.meta.created)));
    std::size_t nodes = 0, links = 0, quotes = 0, ticks = 0;
    for (const Theory& theory : project.theories) {
        nodes += theory.nodes.size();
        links += theory.links.size();
    }
    for (const Case& c : project.cases)
        for (const Verdict& verdict : c.verdicts) {
            quotes += verdict.evidence.size();
            ticks += verdict.value != VerdictValue::NotAssessed;
        }
    m_grid->Append(new wxPropertyCategory(_("Contents")));
    readOnly(m_grid, new wxStringProperty(_("Theories"), "theories", wxString::Format("%zu", project.theories.size())));
    readOnly(m_grid, new wxStringProperty(_("Nodes"), "nodes", wxString::Format("%zu", nodes)));
    readOnly(m_grid, new wxStringProperty(_("Links"), "links", wxString::Format("%zu", links)));
    readOnly(m_grid, new wxStringProperty(_("Cases"), "cases", wxString::Format("%zu", project.cases.size())));
    readOnly(m_grid, new wxStringProperty(_("Verdicts"), "verdicts", wxString::Format("%zu", ticks)));
    readOnly(m_grid, new wxStringProperty(_("Quotes"), "quotes", wxString::Format("%zu", quotes)));
    readOnly(m_grid, new wxStringProperty(_("Sources"), "sources", wxString::Format("%zu", project.sources.size())));
    readOnly(m_grid, new wxStringProperty(_("Informants"), "informants", wxString::Format("%zu", project.informants.size())));
}

void InspectorPane::onPropertyChanged(wxPropertyGridEvent& event) {
    wxPGProperty* property = event.GetProperty();
    if (!property) return;
    std::string name = utf8(property->GetName());
    wxVariant value = property->GetValue();
    const Project& project = m_session.project();
    const Selection s = m_session.selection();
    std::string theoryId = s.theoryId.empty() ? m_session.theoryId() : s.theoryId;
    const Theory* theory = project.findTheory(theoryId);
    std::string whyNot = utf8(_("This change is not possible."));
    if (s.kind == Selection::Kind::Source && name == "date")
        whyNot = utf8(_("A date is written YYYY, YYYY-MM or YYYY-MM-DD."));
    edits::CommandPtr command;

    if (name.starts_with("attr:")) {
        std::string key = name.substr(5);
        std::string text = utf8(property->GetValueAsString());
        if (const AttributeDef* attribute = project.findAttribute(key); attribute && !text.empty()) {
            std::string why = whyValueDoesNotFit(*attribute, text);
            if (!why.empty()) whyNot = utf8(wxString::Format(_("“%s” does not fit: %s"), wxs(text), wxs(why)));
        }
        command = edits::setAttributeValue(project, s.caseId, key, text);
    } else if (s.kind == Selection::Kind::Node && theory) {
        const Node* node = theory->findNode(s.id);
        if (!node) return;
        Node updated = *node;
        if (name == "label") command = edits::setNodeText(project, theoryId, node->id, edits::NodeField::Label, utf8(value.GetString()));
        if (name == "description")
            command = edits::setNodeText(project, theoryId, node->id, edits::NodeField::Description, utf8(value.GetString()));
        if (name == "assumption")
            command = edits::setNodeText(project, theoryId, node->id, edits::NodeField::Assumption, utf8(value.GetString()));
        if (name == "kind") {
            updated.kind = static_cast<NodeKind>(value.GetLong());
            command = edits::changeNode(project, theoryId, updated, edits::NodeField::Kind);
        }
        if (name == "level") {
            updated.level = value.GetLong() == 0 ? OutcomeLevel::Intermediate : OutcomeLevel::Final;
            command = edits::changeNode(project, theoryId, updated, edits::NodeField::Level);
        }
    } else if (s.kind == Selection::Kind::Link && theory) {
        const Link* link = theory->findLink(s.id);
        if (!link) return;
        Link updated = *link;
        edits::LinkField field = edits::LinkField::Label;
        if (name == "label") updated.label = utf8(value.GetString());
        if (name == "description") {
            updated.description = utf8(value.GetString());
            field = edits::LinkField::Description;
        }
        if (name == "assumption") {
            updated.assumption = utf8(value.GetString());
            field = edits::LinkField::Assumption;
        }
        if (name == "linkkind") {
            updated.kind = static_cast<LinkKind>(value.GetLong());
            field = edits::LinkField::Kind;
        }
        if (name == "from" || name == "to") {
            auto index = static_cast<std::size_t>(value.GetLong());
            if (index >= m_nodeChoices.size()) return;
            (name == "from" ? updated.from : updated.to) = m_nodeChoices[index];
            field = edits::LinkField::Ends;
        }
        command = edits::changeLink(project, theoryId, updated, field);
    } else if (s.kind == Selection::Kind::Cell && name == "verdict") {
        command = edits::setVerdict(project, s.caseId, s.id, static_cast<VerdictValue>(value.GetLong()));
    } else if (s.kind == Selection::Kind::Cell && name == "note") {
        command = edits::setVerdictNote(project, s.caseId, s.id, utf8(value.GetString()));
    } else if (s.kind == Selection::Kind::Case || s.kind == Selection::Kind::AttributeValue) {
        command = caseCommand(property, s.caseId);
    } else if (s.kind == Selection::Kind::Source) {
        command = sourceCommand(name, value, s.id);
    } else if (s.kind == Selection::Kind::Theory) {
        if (name == "name") command = edits::setTheoryText(project, s.id, edits::TheoryField::Name, utf8(value.GetString()));
        if (name == "description")
            command = edits::setTheoryText(project, s.id, edits::TheoryField::Description, utf8(value.GetString()));
    } else if (s.kind == Selection::Kind::None) {
        command = metaCommand(name, utf8(value.GetString()));
    }
    m_session.push(std::move(command), whyNot);
    scheduleRebuild();  // shows the project's value again when the edit was refused
}

edits::CommandPtr InspectorPane::caseCommand(wxPGProperty* property, const std::string& caseId) {
    const Project& project = m_session.project();
    std::string name = utf8(property->GetName());
    std::string text = utf8(property->GetValueAsString());
    if (name == "short") return edits::setCaseText(project, caseId, edits::CaseField::ShortName, text);
    if (name == "name") return edits::setCaseText(project, caseId, edits::CaseField::Name, text);
    if (name == "description") return edits::setCaseText(project, caseId, edits::CaseField::Description, text);
    // An informant shows as two rows, "informant-role:ID" and "informant-note:ID".
    bool isRole = name.starts_with("informant-role:");
    if (!isRole && !name.starts_with("informant-note:")) return {};  // not an edit
    const Informant* informant = project.findInformant(name.substr(15));
    if (!informant) return {};  // not an edit
    Informant updated = *informant;
    (isRole ? updated.role : updated.note) = text;
    return edits::changeInformant(project, updated, isRole ? edits::InformantField::Role : edits::InformantField::Note);
}

edits::CommandPtr InspectorPane::sourceCommand(const std::string& name, const wxVariant& value,
                                               const std::string& sourceId) {
    const Project& project = m_session.project();
    const Source* source = project.findSource(sourceId);
    if (!source) return {};  // not an edit
    Source updated = *source;
    edits::SourceField field = edits::SourceField::Title;
    if (name == "kind") {
        updated.kind = static_cast<SourceKind>(value.GetLong());
        field = edits::SourceField::Kind;
    } else if (name == "title") {
        updated.title = utf8(value.GetString());
    } else if (name == "file") {
        updated.file = utf8(value.GetString());
        field = edits::SourceField::File;
    } else if (name == "date") {
        updated.date = utf8(value.GetString());
        if (!updated.date.empty() && !isIsoDate(updated.date)) return {};  // onPropertyChanged says why
        field = edits::SourceField::Date;
    } else if (name == "text") {
        updated.text = utf8(value.GetString());
        field = edits::SourceField::Text;
    } else {
        return {};  // not an edit
    }
    return edits::changeSource(project, updated, field);
}

edits::CommandPtr InspectorPane::metaCommand(const std::string& name, const std::string& text) {
    const Project& project = m_session.project();
    Meta meta = project.meta;
    if (name == "title") {
        meta.title = text;
        return edits::changeMeta(project, meta, edits::MetaField::Title);
    }
    if (name == "description") {
        meta.description = text;
        return edits::changeMeta(project, meta, edits::MetaField::Description);
    }
    if (name == "authors") {
        meta.authors.clear();
        for (const wxString& author : wxSplit(wxs(text), ';', '\0'))
            if (!author.Strip(wxString::both).empty()) meta.authors.push_back(utf8(author.Strip(wxString::both)));
        return edits::changeMeta(project, meta, edits::MetaField::Authors);
    }
    return {};  // not an edit
}

std::string InspectorPane::addInformant(const std::string& role) {
    const Project& project = m_session.project();
    const std::string caseId = m_session.selection().caseId;
    if (!project.findCase(caseId)) return {};
    Informant informant;
    // A readable pseudonym from case and role, like the sample's "bbo-beheerder-1".
    std::string base = caseId + "-" + slugify(role) + "-";
    for (int n = 1; informant.id.empty() || project.findInformant(informant.id); ++n) informant.id = base + std::to_string(n);
    informant.role = role;
    informant.caseId = caseId;
    if (!m_session.push(edits::addInformant(project, informant), utf8(_("The informant cannot be added.")))) return {};
    return informant.id;
}

bool InspectorPane::removeInformant(const std::string& informantId) {
    if (informantId.empty()) return false;
    return m_session.push(edits::removeInformant(m_session.project(), informantId),
                          utf8(_("The informant cannot be removed.")));
}

std::string InspectorPane::selectedInformantId() const {
    wxPGProperty* property = m_grid->GetSelection();
    std::string name = property ? utf8(property->GetName()) : std::string();
    if (name.starts_with("informant-role:") || name.starts_with("informant-note:")) return name.substr(15);
    return {};
}

void InspectorPane::editRefs() {
    const Selection s = m_session.selection();
    const Project& project = m_session.project();
    std::string theoryId = s.theoryId.empty() ? m_session.theoryId() : s.theoryId;
    const Theory* theory = project.findTheory(theoryId);
    if (!theory) return;
    if (s.kind == Selection::Kind::Node) {
        const Node* node = theory->findNode(s.id);
        if (!node) return;
        RefsEditor dialog(this, project, node->refs, wxString::Format(_("Sources of %s"), wxs(firstLine(node->label))));
        if (dialog.ShowModal() != wxID_OK || dialog.refs() == node->refs) return;
        Node updated = *node;
        updated.refs = dialog.refs();
        m_session.push(edits::changeNode(m_session.project(), theoryId, updated, edits::NodeField::Refs),
                       utf8(_("The sources cannot be changed.")));
    } else if (s.kind == Selection::Kind::Link) {
        const Link* link = theory->findLink(s.id);
        if (!link) return;
        RefsEditor dialog(this, project, link->refs, _("Sources of the link"));
        if (dialog.ShowModal() != wxID_OK || dialog.refs() == link->refs) return;
        Link updated = *link;
        updated.refs = dialog.refs();
        m_session.push(edits::changeLink(m_session.project(), theoryId, updated, edits::LinkField::Refs),
                       utf8(_("The sources cannot be changed.")));
    }
}

void InspectorPane::showQuote() {
    long row = m_evidence->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
    if (row < 0 && m_evidence->GetItemCount() > 0) row = 0;
    const Selection& s = m_session.selection();
    const Case* c = m_session.project().findCase(s.caseId);
    const Verdict* verdict = c ? c->findVerdict(s.id) : nullptr;
    wxString text;
    if (verdict && row >= 0 && row < static_cast<long>(verdict->evidence.size())) {
        const Evidence& e = verdict->evidence[static_cast<std::size_t>(row)];
        text = wxString::FromUTF8("\u201c") + wxs(e.quote) + wxString::FromUTF8("\u201d");
        std::vector<SourceRef> refs;
        if (!e.ref.source.empty()) refs.push_back(e.ref);
        wxString where = refsText(m_session.project(), refs);
        wxString who = wxs(e.role);
        if (!who.empty() || !where.empty())
            text += wxString::FromUTF8("\n\u2014 ") + who + (who.empty() || where.empty() ? "" : ", ") + where;
        if (!e.note.empty()) text += "\n" + wxs(e.note);
    } else if (verdict && !verdict->note.empty()) {
        text = wxs(verdict->note);
    }
    m_quote->ChangeValue(text);
}

void InspectorPane::updateButtons() {
    bool selected = m_evidence->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED) >= 0;
    m_edit->Enable(selected);
    m_remove->Enable(selected);
}

std::string InspectorPane::selectedEvidenceId() const {
    long row = m_evidence->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
    if (row < 0 || row >= static_cast<long>(m_evidenceIds.size())) return {};
    return m_evidenceIds[static_cast<std::size_t>(row)];
}

void InspectorPane::addEvidence() {
    const Selection s = m_session.selection();
    if (s.kind != Selection::Kind::Cell) return;
    EvidenceDialog dialog(this, m_session.project(), s.caseId, Evidence{}, _("Add quote"));
    if (dialog.ShowModal() != wxID_OK) return;
    m_session.push(edits::addEvidence(m_session.project(), s.caseId, s.id, dialog.evidence()),
                   utf8(_("The quote cannot be added.")));
}

void InspectorPane::editEvidence() {
    const Selection s = m_session.selection();
    std::string id = selectedEvidenceId();
    const Case* c = m_session.project().findCase(s.caseId);
    const Verdict* verdict = c ? c->findVerdict(s.id) : nullptr;
    if (!verdict || id.empty()) return;
    for (const Evidence& e : verdict->evidence) {
        if (e.id != id) continue;
        EvidenceDialog dialog(this, m_session.project(), s.caseId, e, _("Edit quote"));
        if (dialog.ShowModal() != wxID_OK || dialog.evidence() == e) return;
        // One command carries the whole edited quote; the macro gives it a name that fits.
        UndoStack::Macro macro = m_session.document().undoStack().macro("Edit evidence");
        m_session.push(edits::changeEvidence(m_session.project(), s.caseId, dialog.evidence(),
                                             edits::EvidenceField::Quote),
                       utf8(_("The quote cannot be changed.")));
        return;
    }
}

void InspectorPane::removeEvidence() {
    const Selection s = m_session.selection();
    std::string id = selectedEvidenceId();
    if (id.empty()) return;
    m_session.push(edits::removeEvidence(m_session.project(), s.caseId, id), utf8(_("The quote cannot be removed.")));
}

}  // namespace rw::gui
