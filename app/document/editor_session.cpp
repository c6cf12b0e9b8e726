#include "app/document/editor_session.h"

#include <algorithm>

#include "app/document/trace_timer.h"

namespace rw::document {

EditorSession::EditorSession() {
    m_document.addListener([this](const Change&) {
        validateSelection();
        // A deleted (or undone) case stops being highlighted.
        if (!m_highlighted.empty()) highlightCases(m_highlighted);
    });
}

std::shared_ptr<const Project> EditorSession::snapshot() {
    TraceTimer trace("project snapshot");
    return m_document.snapshots()->current();
}

bool EditorSession::push(edits::Edit edit, const std::string& whyNot) {
    if (!edit) {
        // The model's reason when it gave one: it knows which id was missing or taken.
        reportError(edit.refusal().empty() ? whyNot : edit.refusal());
        return false;
    }
    return m_document.push(edit.take());
}

const Theory* EditorSession::theory() const {
    const Project& p = m_document.project();
    if (const Theory* t = p.findTheory(m_theoryId)) return t;
    return p.theories.empty() ? nullptr : &p.theories.front();
}

std::string EditorSession::theoryId() const {
    const Theory* t = theory();
    return t ? t->id : std::string();
}

void EditorSession::setTheory(const std::string& theoryId) {
    if (theoryId == this->theoryId()) return;
    m_theoryId = theoryId;
    if (!m_selection.theoryId.empty() && m_selection.theoryId != this->theoryId()) select(Selection{});
    m_document.announce(Change{Change::Scope::Theory, this->theoryId(), {}, {}});
}

void EditorSession::select(const Selection& selection) {
    if (selection == m_selection) return;
    m_selection = selection;
    m_listeners.call(m_selection);
}

void EditorSession::validateSelection() {
    if (!exists(m_selection)) select(Selection{});
}

bool EditorSession::exists(const Selection& s) const {
    const Project& p = m_document.project();
    const Theory* t = s.theoryId.empty() ? theory() : p.findTheory(s.theoryId);
    switch (s.kind) {
        case Selection::Kind::None: return true;
        case Selection::Kind::Theory: return p.findTheory(s.id) != nullptr;
        case Selection::Kind::Node: return t && t->findNode(s.id);
        case Selection::Kind::Link: return t && t->findLink(s.id);
        case Selection::Kind::Case: return p.findCase(s.caseId) != nullptr;
        case Selection::Kind::Cell: return p.findCase(s.caseId) && t && t->findNode(s.id);
        case Selection::Kind::AttributeValue: return p.findCase(s.caseId) && p.findAttribute(s.id);
        case Selection::Kind::Source: return p.findSource(s.id) != nullptr;
    }
    return false;
}

int EditorSession::addSelectionListener(SelectionListener listener) { return m_listeners.add(std::move(listener)); }

void EditorSession::removeSelectionListener(int token) { m_listeners.remove(token); }

void EditorSession::highlightCases(const std::vector<std::string>& caseIds) {
    // Kept in project order, so the views and tests never depend on where the ids came from.
    std::vector<std::string> known;
    for (const Case& c : m_document.project().cases)
        if (std::find(caseIds.begin(), caseIds.end(), c.id) != caseIds.end()) known.push_back(c.id);
    if (known == m_highlighted) return;
    m_highlighted = std::move(known);
    m_highlightListeners.call(m_highlighted);
}

int EditorSession::addHighlightListener(HighlightListener listener) {
    return m_highlightListeners.add(std::move(listener));
}

void EditorSession::removeHighlightListener(int token) { m_highlightListeners.remove(token); }

void EditorSession::reportError(const std::string& message) const {
    if (m_errorSink) m_errorSink(message);
}

}  // namespace rw::document
