#pragma once
// The state the editor's views share: the document, the theory being shown and the selection.
// Views edit only through push() and select only through select(); both notify every view.

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "app/document/document.h"
#include "app/document/findings_board.h"
#include "app/document/listener_list.h"
#include "app/document/selection.h"
#include "model/edit/edit.h"

namespace rw::document {

class EditorSession {
public:
    using SelectionListener = std::function<void(const Selection&)>;
    using ErrorSink = std::function<void(const std::string&)>;
    using HighlightListener = std::function<void(const std::vector<std::string>& caseIds)>;

    EditorSession();

    Document& document() { return m_document; }
    const Document& document() const { return m_document; }
    const Project& project() const { return m_document.project(); }
    // Returns a frozen copy of the project; one copy per edit, shared. Background jobs call
    // snapshots()->current() on their own thread instead, so the UI thread never copies.
    std::shared_ptr<const Project> snapshot();
    const std::shared_ptr<SnapshotSource>& snapshots() const { return m_document.snapshots(); }

    // Applies an edit. A refused edit reports the model's reason to the error sink, or `whyNot`
    // when the model gave none, and returns false.
    bool push(edits::Edit edit, const std::string& whyNot);

    // Returns the theory shown, falling back to the first one; nullptr when there is none.
    const Theory* theory() const;
    // Returns the id of theory().
    std::string theoryId() const;
    // Shows another theory; clears the selection when it concerned the previous theory.
    void setTheory(const std::string& theoryId);

    const Selection& selection() const { return m_selection; }
    // Selects and tells every selection listener, unless nothing changes.
    void select(const Selection& selection);
    // Drops a selection whose subject no longer exists (after an undo or a delete).
    void validateSelection();

    // Returns a token for removeSelectionListener.
    int addSelectionListener(SelectionListener listener);
    void removeSelectionListener(int token);

    // Shows a quote in its source (the Sources pane); returns false when it cannot be shown.
    bool showEvidence(const std::string& caseId, const std::string& evidenceId) const {
        return m_evidenceShower && m_evidenceShower(caseId, evidenceId);
    }
    // Who shows quotes in their source (the window, which owns the Sources pane).
    void setEvidenceShower(std::function<bool(const std::string&, const std::string&)> shower) {
        m_evidenceShower = std::move(shower);
    }

    // The cases the analysis pane points at (a solution term, a truth-table row), project order;
    // the matrix and the diagram mark them. Empty: none.
    const std::vector<std::string>& highlightedCases() const { return m_highlighted; }
    // Highlights these cases (unknown ids are dropped) and tells every highlight listener,
    // unless nothing changes.
    void highlightCases(const std::vector<std::string>& caseIds);
    // Returns a token for removeHighlightListener.
    int addHighlightListener(HighlightListener listener);
    void removeHighlightListener(int token);

    // The findings the Findings pane shows; the other views read them instead of checking again.
    const std::shared_ptr<FindingsBoard>& findings() const { return m_findings; }

    // Where impossible edits are reported (a dialog in the editor, a list in tests).
    void setErrorSink(ErrorSink sink) { m_errorSink = std::move(sink); }
    void reportError(const std::string& message) const;

private:
    bool exists(const Selection& selection) const;

    Document m_document;
    std::string m_theoryId;
    Selection m_selection;
    ListenerList<const Selection&> m_listeners;
    std::vector<std::string> m_highlighted;
    ListenerList<const std::vector<std::string>&> m_highlightListeners;
    std::shared_ptr<FindingsBoard> m_findings = std::make_shared<FindingsBoard>();
    ErrorSink m_errorSink;
    std::function<bool(const std::string&, const std::string&)> m_evidenceShower;
};

}  // namespace rw::document
