#include "app/gui/sources_pane.h"

#include <algorithm>
#include <unordered_map>
#include <utility>

#include <wx/intl.h>
#include <wx/menu.h>
#include <wx/sizer.h>
#include <wx/splitter.h>

#include "app/document/trace_timer.h"
#include "app/gui/add_evidence_dialog.h"
#include "app/gui/colours.h"
#include "app/gui/ui_text.h"
#include "app/gui/wx_strings.h"
#include "model/chat/edits_coding.h"
#include "model/edit/edits.h"

namespace rw::gui {
namespace {

// Indicators 0-7 belong to lexers; ours start at the first container indicator.
constexpr int kVerdictIndicator = wxSTC_INDIC_CONTAINER;  // + VerdictValue: a quote's box
constexpr int kContradictsIndicator = kVerdictIndicator + 4;  // a quote that speaks against its tick
constexpr int kCodingIndicator = kContradictsIndicator + 1;   // + category index % kCodingColours
constexpr int kCodingColours = 8;
constexpr int kLineNumberMargin = 0;
constexpr int kCodingMargin = 1;  // a marker per coded message, in its category's colour
constexpr VerdictValue kVerdicts[] = {VerdictValue::NotAssessed, VerdictValue::Supported, VerdictValue::Refuted,
                                      VerdictValue::Mixed};

// Okabe–Ito: distinguishable for colour-blind readers, like the verdict colours.
const char* const kCodingPalette[kCodingColours] = {"#E69F00", "#56B4E9", "#009E73", "#F0E442",
                                                    "#0072B2", "#D55E00", "#CC79A7", "#999999"};

int categoryIndex(const Project& project, const std::string& code) {
    for (std::size_t i = 0; i < project.categories.size(); ++i)
        if (project.categories[i].id == code) return static_cast<int>(i);
    return kCodingColours - 1;  // a code that is no category (from a QDA program): grey
}

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

}  // namespace

SourcesPane::SourcesPane(wxWindow* parent, EditorSession& session) : wxPanel(parent, wxID_ANY), m_session(session) {
    auto* splitter = new wxSplitterWindow(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                          wxSP_LIVE_UPDATE | wxSP_3DSASH);
    splitter->SetMinimumPaneSize(FromDIP(120));
    m_list = new wxListCtrl(splitter, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                            wxLC_REPORT | wxLC_SINGLE_SEL);
    m_list->SetName("sources-list");
    m_list->AppendColumn(_("Source"), wxLIST_FORMAT_LEFT, FromDIP(140));
    m_list->AppendColumn(_("Kind"), wxLIST_FORMAT_LEFT, FromDIP(75));
    m_list->AppendColumn(_("Quotes"), wxLIST_FORMAT_RIGHT, FromDIP(50));

    auto* right = new wxPanel(splitter, wxID_ANY);
    m_heading = new wxStaticText(right, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize,
                                 wxST_ELLIPSIZE_END);
    m_heading->SetFont(m_heading->GetFont().Bold());
    m_viewer = new wxStyledTextCtrl(right, wxID_ANY);
    m_viewer->SetName("source-viewer");
    m_status = new wxStaticText(right, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, wxST_ELLIPSIZE_END);
    m_addEvidence = new wxButton(right, wxID_ANY, _("Add as &evidence…"));
    m_addEvidence->SetToolTip(_("Make the selected text a quote behind a tick"));
    m_autoCode = new wxButton(right, wxID_ANY, _("A&uto-code"));
    m_autoCode->SetToolTip(_("Code every message of this chat history by the keywords of the message categories"));
    auto* bottom = new wxBoxSizer(wxHORIZONTAL);
    bottom->Add(m_status, 1, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(6));
    bottom->Add(m_autoCode, 0, wxRIGHT, FromDIP(4));
    bottom->Add(m_addEvidence, 0);
    auto* rightSizer = new wxBoxSizer(wxVERTICAL);
    rightSizer->Add(m_heading, 0, wxEXPAND | wxBOTTOM, FromDIP(4));
    rightSizer->Add(m_viewer, 1, wxEXPAND);
    rightSizer->Add(bottom, 0, wxEXPAND | wxTOP, FromDIP(4));
    right->SetSizer(rightSizer);
    splitter->SplitVertically(m_list, right, FromDIP(275));
    splitter->SetSashGravity(0.0);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(splitter, 1, wxEXPAND | wxALL, FromDIP(4));
    SetSizer(sizer);
    setupViewer();

    m_list->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent& event) {
        if (m_filling) return;
        long row = event.GetIndex();
        if (row < 0 || row >= static_cast<long>(m_sourceIds.size())) return;
        std::string id = m_sourceIds[static_cast<std::size_t>(row)];
        showSource(id);
        m_session.select(Selection::source(id));
    });
    m_addEvidence->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { addEvidenceFromSelection(); });
    m_addEvidence->Bind(wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& event) { event.Enable(!selectedBytes().empty()); });
    m_autoCode->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { autoCode(); });
    m_documentToken = m_session.document().addListener(
        [this](const Change& change) { scheduleRefresh(refreshAfter(change)); });
    m_selectionToken = m_session.addSelectionListener([this](const Selection& s) {
        if (s.kind == Selection::Kind::Source && s.id != m_sourceId) showSource(s.id);
    });
    refresh();
}

SourcesPane::~SourcesPane() {
    m_session.document().removeListener(m_documentToken);
    m_session.removeSelectionListener(m_selectionToken);
}

void SourcesPane::setupViewer() {
    wxStyledTextCtrl* v = m_viewer;
    v->StyleSetFont(wxSTC_STYLE_DEFAULT, GetFont());
    v->StyleClearAll();
    v->SetWrapMode(wxSTC_WRAP_WORD);
    v->SetMarginType(kLineNumberMargin, wxSTC_MARGIN_NUMBER);
    v->SetMarginWidth(kLineNumberMargin, v->TextWidth(wxSTC_STYLE_LINENUMBER, "_99999"));
    v->SetMarginType(kCodingMargin, wxSTC_MARGIN_SYMBOL);
    v->SetMarginMask(kCodingMargin, (1 << kCodingColours) - 1);
    v->SetMarginWidth(kCodingMargin, 0);
    for (int i = 0; i < kCodingColours; ++i) v->MarkerDefine(i, wxSTC_MARK_FULLRECT, colourOf(kCodingPalette[i]), colourOf(kCodingPalette[i]));
    v->SetReadOnly(true);
    v->UsePopUp(wxSTC_POPUP_NEVER);
    v->SetMouseDwellTime(400);
    v->SetCaretLineVisible(false);
    for (VerdictValue value : kVerdicts) {
        int indicator = kVerdictIndicator + static_cast<int>(value);
        v->IndicatorSetStyle(indicator, wxSTC_INDIC_STRAIGHTBOX);
        v->IndicatorSetForeground(indicator, verdictFillColour(value));
        v->IndicatorSetAlpha(indicator, 150);
        v->IndicatorSetOutlineAlpha(indicator, 255);
        v->IndicatorSetUnder(indicator, true);
    }
    v->IndicatorSetStyle(kContradictsIndicator, wxSTC_INDIC_SQUIGGLE);
    v->IndicatorSetForeground(kContradictsIndicator, verdictStrokeColour(VerdictValue::Refuted));
    for (int i = 0; i < kCodingColours; ++i) {
        v->IndicatorSetStyle(kCodingIndicator + i, wxSTC_INDIC_COMPOSITIONTHICK);
        v->IndicatorSetForeground(kCodingIndicator + i, colourOf(kCodingPalette[i]));
    }
    v->Bind(wxEVT_CONTEXT_MENU, &SourcesPane::onContextMenu, this);
    v->Bind(wxEVT_STC_UPDATEUI, [this](wxStyledTextEvent& event) {
        event.Skip();
        updateStatus();
    });
    v->Bind(wxEVT_STC_DWELLSTART, [this](wxStyledTextEvent& event) {
        wxString tip = describeAt(event.GetPosition());
        if (!tip.empty() && event.GetPosition() >= 0) m_viewer->CallTipShow(event.GetPosition(), tip);
    });
    v->Bind(wxEVT_STC_DWELLEND, [this](wxStyledTextEvent&) { m_viewer->CallTipCancel(); });
}

int SourcesPane::indicatorOf(const SourceSpan& span, const Project& project) {
    if (span.kind == SourceSpan::Kind::Coding) return kCodingIndicator + categoryIndex(project, span.code) % kCodingColours;
    return kVerdictIndicator + static_cast<int>(span.verdict);
}

SourcesPane::Refresh SourcesPane::refreshAfter(const Change& change) {
    // A tick recolours the quotes in the text; a quote or a case added or removed also changes
    // the citation counts; only a project-wide edit can change the sources themselves, whose
    // text may have to be read from disk again.
    switch (change.scope) {
        case Change::Scope::Project: return Refresh::Everything;
        case Change::Scope::Case:
        case Change::Scope::Evidence: return Refresh::ListAndQuotes;
        case Change::Scope::Attribute: return Refresh::Nothing;
        default: return Refresh::Quotes;
    }
}

void SourcesPane::scheduleRefresh(Refresh needed) {
    if (needed == Refresh::Nothing) return;
    bool scheduled = m_pending != Refresh::Nothing;
    m_pending = std::max(m_pending, needed);
    if (scheduled) return;
    CallAfter([this] {
        Refresh pending = std::exchange(m_pending, Refresh::Nothing);
        if (pending == Refresh::Everything) {
            refresh();
            return;
        }
        TraceTimer trace("sources update");
        if (pending == Refresh::ListAndQuotes) fillList();
        highlight();
    });
}

void SourcesPane::refresh() {
    // The source shown stays while it exists; otherwise the first one is shown.
    const Source* source = m_session.project().findSource(m_sourceId);
    if (!source && !m_session.project().sources.empty()) source = &m_session.project().sources.front();
    m_sourceId = source ? source->id : std::string();
    fillList();
    loadText();
    highlight();
}

void SourcesPane::fillList() {
    const Project& project = m_session.project();
    m_filling = true;
    m_list->Freeze();
    m_list->DeleteAllItems();
    m_sourceIds.clear();
    std::unordered_map<std::string, int> citations = citationCounts(project);
    for (const Source& source : project.sources) {
        std::string title = source.title.empty() ? source.id : source.title.substr(0, source.title.find('\n'));
        long row = m_list->InsertItem(m_list->GetItemCount(), wxs(title));
        m_list->SetItem(row, 1, sourceKindName(source.kind));
        m_list->SetItem(row, 2, wxString::Format("%d", citations.contains(source.id) ? citations.at(source.id) : 0));
        m_sourceIds.push_back(source.id);
        if (source.id == m_sourceId) m_list->SetItemState(row, wxLIST_STATE_SELECTED, wxLIST_STATE_SELECTED);
    }
    m_list->Thaw();
    m_filling = false;
}

bool SourcesPane::showSource(const std::string& sourceId) {
    if (!m_session.project().findSource(sourceId)) return false;
    if (sourceId == m_sourceId) return true;
    m_sourceId = sourceId;
    m_filling = true;
    for (std::size_t row = 0; row < m_sourceIds.size(); ++row)
        if (m_sourceIds[row] == sourceId) {
            m_list->SetItemState(static_cast<long>(row), wxLIST_STATE_SELECTED, wxLIST_STATE_SELECTED);
            m_list->EnsureVisible(static_cast<long>(row));
        }
    m_filling = false;
    loadText();
    highlight();
    return true;
}

void SourcesPane::loadText() {
    const Source* source = m_session.project().findSource(m_sourceId);
    LoadedSourceText loaded;
    if (source) loaded = loadSourceText(*source, m_session.document().path());
    ++m_textReads;
    // An edit elsewhere must not reset the reader's place in the same text.
    if (loaded.text == m_text && !m_text.empty()) return;
    m_text = std::move(loaded.text);
    m_index = std::make_unique<Utf8Index>(m_text);
    wxString shown, heading = source ? wxs(source->title.empty() ? source->id : source->title) : wxString();
    switch (loaded.origin) {
        case LoadedSourceText::Origin::Embedded: break;
        case LoadedSourceText::Origin::File: heading += " — " + wxString::Format(_("from %s"), wxs(loaded.path)); break;
        case LoadedSourceText::Origin::NoText:
            shown = source ? _("This source has no embedded text and names no file.") : _("The project has no sources.");
            break;
        case LoadedSourceText::Origin::Missing:
            shown = wxString::Format(_("The text of this source is not embedded, and its file was not found:\n%s"),
                                     wxs(loaded.path));
            break;
        case LoadedSourceText::Origin::Unreadable:
            shown = wxString::Format(_("The file of this source cannot be read as UTF-8 text:\n%s"), wxs(loaded.path));
            break;
        case LoadedSourceText::Origin::Changed:
            // Readable, but the quotes may stand elsewhere in it: the heading says so.
            heading += " — " + wxString::Format(_("from %s, which is not the file the quotes were taken from"),
                                               wxs(loaded.path));
            break;
    }
    m_heading->SetLabel(heading);
    m_heading->SetToolTip(heading);
    m_viewer->SetReadOnly(false);
    m_viewer->SetText(m_text.empty() ? shown : wxs(m_text));
    m_viewer->SetReadOnly(true);
    // The message is not text to quote from: greyed, and no line numbers.
    m_viewer->StyleSetForeground(wxSTC_STYLE_DEFAULT, m_text.empty() ? wxColour(0x70, 0x70, 0x70) : *wxBLACK);
    m_viewer->StyleClearAll();
    m_viewer->SetMarginWidth(kLineNumberMargin,
                             m_text.empty() ? 0 : m_viewer->TextWidth(wxSTC_STYLE_LINENUMBER, "_99999"));
    m_viewer->EmptyUndoBuffer();
    m_viewer->GotoPos(0);
    // Messages can be coded only in the text the codings point into: the embedded one.
    bool chat = source && source->kind == SourceKind::ChatHistory && loaded.origin == LoadedSourceText::Origin::Embedded;
    m_messages = chat ? findMessages(m_text) : std::vector<SourceMessage>{};
    m_autoCode->Show(!m_messages.empty());
    m_autoCode->GetParent()->Layout();
}

void SourcesPane::highlight() {
    const Project& project = m_session.project();
    const Source* source = project.findSource(m_sourceId);
    m_spans = source && m_index && !m_text.empty() ? sourceSpans(project, *source, *m_index) : std::vector<SourceSpan>{};
    int length = m_viewer->GetLength();
    for (int indicator = kVerdictIndicator; indicator < kCodingIndicator + kCodingColours; ++indicator) {
        m_viewer->SetIndicatorCurrent(indicator);
        m_viewer->IndicatorClearRange(0, length);
    }
    m_viewer->MarkerDeleteAll(-1);
    bool coded = false;
    for (const SourceSpan& span : m_spans) {
        int begin = static_cast<int>(span.bytes.begin), size = static_cast<int>(span.bytes.end - span.bytes.begin);
        if (span.kind == SourceSpan::Kind::Coding) {
            coded = true;
            int marker = categoryIndex(project, span.code) % kCodingColours;
            for (int line = m_viewer->LineFromPosition(begin); line <= m_viewer->LineFromPosition(begin + size); ++line)
                m_viewer->MarkerAdd(line, marker);
        }
        m_viewer->SetIndicatorCurrent(indicatorOf(span, project));
        m_viewer->IndicatorFillRange(begin, size);
        if (span.kind == SourceSpan::Kind::Evidence && span.stance == Stance::Contradicts) {
            m_viewer->SetIndicatorCurrent(kContradictsIndicator);
            m_viewer->IndicatorFillRange(begin, size);
        }
    }
    m_viewer->SetMarginWidth(kCodingMargin, coded || !m_messages.empty() ? FromDIP(8) : 0);
    updateStatus();
}

wxString SourcesPane::describe(const SourceSpan& span) const {
    const Project& project = m_session.project();
    const Case* c = project.findCase(span.caseId);
    wxString caseName = c ? wxs(c->displayName()) : wxs(span.caseId);
    if (span.kind == SourceSpan::Kind::Coding) {
        const Category* category = project.findCategory(span.code);
        wxString code = wxs(category && !category->label.empty() ? category->label : span.code);
        return caseName.empty() ? wxString::Format(_("coded %s"), code)
                                : wxString::Format(_("coded %s (%s)"), code, caseName);
    }
    const Node* node = project.findNodeAnywhere(span.nodeId);
    wxString nodeName = node ? wxs(node->label) : wxs(span.nodeId);
    // "Tide · Meer ogen en oren (✓ supported) · supports"
    return caseName + wxString::FromUTF8(" \u00b7 ") + nodeName + " (" + verdictName(span.verdict) + ")" +
           wxString::FromUTF8(" \u00b7 ") + stanceName(span.stance);
}

wxString SourcesPane::describeAt(int position) const {
    if (position < 0) return {};
    wxString text;
    for (std::size_t i : spansAt(m_spans, static_cast<std::size_t>(position)))
        text += (text.empty() ? "" : "\n") + describe(m_spans[i]);
    return text;
}

void SourcesPane::updateStatus() {
    ByteRange selected = selectedBytes();
    wxString status;
    if (!selected.empty() && m_index) {
        Location at = m_index->locationOf(selected);
        status = at.lineBegin == at.lineEnd
                     ? wxString::Format(_("Selected: line %d, characters %ld–%ld"), at.lineBegin, at.charBegin, at.charEnd)
                     : wxString::Format(_("Selected: lines %d–%d, characters %ld–%ld"), at.lineBegin, at.lineEnd,
                                        at.charBegin, at.charEnd);
    } else {
        status = describeAt(m_viewer->GetCurrentPos());
        status.Replace("\n", "; ");
        if (status.empty() && !m_text.empty())
            status = wxString::Format(wxPLURAL("%zu coded span", "%zu coded spans", m_spans.size()), m_spans.size());
    }
    if (m_status->GetLabel() != status) m_status->SetLabel(status);
}

ByteRange SourcesPane::selectedBytes() const {
    if (m_text.empty()) return {};
    ByteRange range{static_cast<std::size_t>(m_viewer->GetSelectionStart()),
                    static_cast<std::size_t>(m_viewer->GetSelectionEnd())};
    range.end = std::min(range.end, m_text.size());
    // A quote is what was said: a stray space or line break at either end is not part of it.
    while (range.begin < range.end && isSpace(m_text[range.begin])) ++range.begin;
    while (range.end > range.begin && isSpace(m_text[range.end - 1])) --range.end;
    return range.empty() ? ByteRange{} : range;
}

bool SourcesPane::addSelectionAsEvidence(const std::string& caseId, const std::string& nodeId, Evidence evidence) {
    ByteRange bytes = selectedBytes();
    if (bytes.empty() || !m_index) return false;
    evidence.quote = m_text.substr(bytes.begin, bytes.end - bytes.begin);
    evidence.ref.source = m_sourceId;
    evidence.ref.location = m_index->locationOf(bytes);
    return m_session.push(edits::addEvidence(m_session.project(), caseId, nodeId, std::move(evidence)),
                          utf8(_("The quote cannot be added as evidence there.")));
}

void SourcesPane::addEvidenceFromSelection() {
    ByteRange bytes = selectedBytes();
    const Theory* theory = m_session.theory();
    if (bytes.empty() || !theory) return;
    const Selection& s = m_session.selection();
    std::string caseId = s.kind == Selection::Kind::Cell || s.kind == Selection::Kind::Case ? s.caseId : std::string();
    std::string nodeId = s.kind == Selection::Kind::Cell || s.kind == Selection::Kind::Node ? s.id : std::string();
    AddEvidenceDialog dialog(this, m_session.project(), *theory, wxs(m_text.substr(bytes.begin, bytes.end - bytes.begin)),
                             caseId, nodeId);
    if (dialog.ShowModal() != wxID_OK) return;
    addSelectionAsEvidence(dialog.caseId(), dialog.nodeId(), dialog.evidence());
}

bool SourcesPane::showEvidence(const std::string& caseId, const std::string& evidenceId) {
    const Case* c = m_session.project().findCase(caseId);
    if (!c) return false;
    std::string sourceId;
    for (const Verdict& verdict : c->verdicts)
        for (const Evidence& e : verdict.evidence)
            if (e.id == evidenceId) sourceId = e.ref.source;
    if (sourceId.empty() || !showSource(sourceId)) return false;
    int at = spanOfEvidence(m_spans, evidenceId);
    if (at < 0) return false;
    const SourceSpan& span = m_spans[static_cast<std::size_t>(at)];
    int begin = static_cast<int>(span.bytes.begin), end = static_cast<int>(span.bytes.end);
    // Unfold wrapped lines into view first, then put the whole span on screen, its start first.
    m_viewer->EnsureVisible(m_viewer->LineFromPosition(begin));
    m_viewer->SetSelection(begin, end);
    m_viewer->ScrollRange(end, begin);
    m_viewer->SetFocus();
    updateStatus();
    return true;
}

void SourcesPane::onContextMenu(wxContextMenuEvent& event) {
    wxPoint point = event.GetPosition() == wxDefaultPosition ? wxDefaultPosition : m_viewer->ScreenToClient(event.GetPosition());
    wxMenu menu;
    enum { kAdd = wxID_HIGHEST + 1, kCopy };
    menu.Append(kAdd, _("Add as &evidence…"));
    menu.Append(kCopy, _("&Copy"));
    menu.Enable(kAdd, !selectedBytes().empty());
    menu.Enable(kCopy, m_viewer->GetSelectionStart() != m_viewer->GetSelectionEnd());
    menu.Bind(wxEVT_MENU, [this](wxCommandEvent&) { addEvidenceFromSelection(); }, kAdd);
    menu.Bind(wxEVT_MENU, [this](wxCommandEvent&) { m_viewer->Copy(); }, kCopy);
    if (!m_messages.empty()) {
        // Chat histories: the message(s) under the selection go into a message category.
        const Project& project = m_session.project();
        const int kCodeFirst = kCopy + 10, kUncode = kCodeFirst - 1, kAutoCode = kCodeFirst - 2;
        bool messages = !selectedMessages().empty();
        auto* codeAs = new wxMenu;
        for (std::size_t i = 0; i < project.categories.size(); ++i) {
            const Category& category = project.categories[i];
            int id = kCodeFirst + static_cast<int>(i);
            codeAs->Append(id, wxs(category.label.empty() ? category.id : category.label));
            std::string categoryId = category.id;
            menu.Bind(wxEVT_MENU, [this, categoryId](wxCommandEvent&) { codeSelectedMessages(categoryId); }, id);
        }
        menu.AppendSeparator();
        menu.AppendSubMenu(codeAs, _("Code message &as"))->Enable(messages && !project.categories.empty());
        menu.Append(kUncode, _("&Uncode message"))->Enable(messages);
        menu.Append(kAutoCode, _("A&uto-code the chat"));
        menu.Bind(wxEVT_MENU, [this](wxCommandEvent&) { uncodeSelectedMessages(); }, kUncode);
        menu.Bind(wxEVT_MENU, [this](wxCommandEvent&) { autoCode(); }, kAutoCode);
    }
    m_viewer->PopupMenu(&menu, point);
}

std::vector<int> SourcesPane::selectedMessages() const {
    if (m_messages.empty() || !m_index) return {};
    auto begin = static_cast<std::size_t>(m_viewer->GetSelectionStart());
    auto end = static_cast<std::size_t>(m_viewer->GetSelectionEnd());
    int first = m_index->lineOfByte(begin), last = end > begin ? m_index->lineOfByte(end - 1) : first;
    std::vector<int> chosen;
    for (const SourceMessage& message : m_messages)
        if (!message.system && message.location.lineBegin <= last && message.location.lineEnd >= first)
            chosen.push_back(message.index);
    return chosen;
}

bool SourcesPane::codeSelectedMessages(const std::string& categoryId) {
    std::vector<int> chosen = selectedMessages();
    if (chosen.empty()) return false;
    return m_session.push(edits::codeMessages(m_session.project(), m_sourceId, chosen, categoryId),
                          utf8(_("These messages cannot be coded.")));
}

bool SourcesPane::uncodeSelectedMessages() {
    std::vector<int> chosen = selectedMessages();
    if (chosen.empty()) return false;
    return m_session.push(edits::uncodeMessages(m_session.project(), m_sourceId, chosen),
                          utf8(_("None of these messages is coded.")));
}

bool SourcesPane::autoCode() {
    if (m_messages.empty()) return false;
    auto command = edits::autoCodeSource(m_session.project(), m_sourceId, AutoCodeOptions{});
    if (!command) {
        // Not an error: the keywords give what is there already (or there are none).
        m_status->SetLabel(_("Auto-coding changes nothing: no message category keyword gives another code."));
        return false;
    }
    return m_session.push(std::move(command), {});
}

}  // namespace rw::gui
