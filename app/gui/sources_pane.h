#pragma once
// The project's sources and a read-only viewer of the one selected: its text (embedded, or the
// file next to the project) with every quote citing it and every coded segment highlighted in
// the colours of the tick they back. Selected text becomes evidence ("Add as evidence…"), and
// evidence chosen elsewhere is shown here with its span selected.

#include <memory>
#include <string>
#include <vector>

#include <wx/button.h>
#include <wx/listctrl.h>
#include <wx/panel.h>
#include <wx/stattext.h>
#include <wx/stc/stc.h>

#include "app/document/editor_session.h"
#include "app/document/source_spans.h"
#include "app/gui/document_layer.h"
#include "model/chat/message_coding.h"
#include "model/checks/source_texts.h"
#include "model/core/utf8_index.h"

namespace rw::gui {

class SourcesPane : public wxPanel {
public:
    SourcesPane(wxWindow* parent, EditorSession& session);
    ~SourcesPane() override;

    wxListCtrl* list() const { return m_list; }
    wxStyledTextCtrl* viewer() const { return m_viewer; }
    // Returns the id of the source shown, or "".
    const std::string& shownSource() const { return m_sourceId; }
    // Returns the text shown (empty when the source's text is not available).
    const std::string& text() const { return m_text; }
    // Returns the highlighted spans of the source shown.
    const std::vector<SourceSpan>& spans() const { return m_spans; }
    // How many times the text shown was read (from the project or its file), for tests: an edit
    // of ticks or quotes must not read it again.
    int textReads() const { return m_textReads; }
    // Returns the viewer indicator that highlights a span.
    static int indicatorOf(const SourceSpan& span, const Project& project);

    // Shows a source; returns false when the project has none with this id.
    bool showSource(const std::string& sourceId);
    // Shows the source a quote cites with the quote's span selected and scrolled into view;
    // returns false when the quote cites no source or its place is not in the text.
    bool showEvidence(const std::string& caseId, const std::string& evidenceId);
    // Returns the selected bytes of the text, without white space at either end.
    ByteRange selectedBytes() const;
    // Adds the selected text as evidence on (case, node) with the stance, informant, role and
    // note of `evidence`, at the selection's lines and characters. Returns false when nothing
    // is selected or the edit is impossible.
    bool addSelectionAsEvidence(const std::string& caseId, const std::string& nodeId, Evidence evidence);
    // Asks for case, node and the rest, then adds the selected text as evidence.
    void addEvidenceFromSelection();

    // The messages of the chat history shown (empty for any other source).
    const std::vector<SourceMessage>& messages() const { return m_messages; }
    // Returns the indices of the messages the selection touches (or the one under the caret),
    // system messages left out.
    std::vector<int> selectedMessages() const;
    // Codes the selected messages into a category, as one undo step; false when impossible.
    bool codeSelectedMessages(const std::string& categoryId);
    // Removes the codings of the selected messages, as one undo step.
    bool uncodeSelectedMessages();
    // Codes the whole chat history by the categories' keywords, as one undo step.
    bool autoCode();

private:
    // What an edit asks of the pane, least first: the quotes' colours, also the citation counts
    // in the list, or everything (the text read again).
    enum class Refresh { Nothing, Quotes, ListAndQuotes, Everything };
    static Refresh refreshAfter(const Change& change);
    void scheduleRefresh(Refresh needed);
    void refresh();
    void fillList();
    void loadText();
    void highlight();
    void setupViewer();
    wxString describe(const SourceSpan& span) const;
    wxString describeAt(int position) const;
    void updateStatus();
    void onContextMenu(wxContextMenuEvent& event);

    EditorSession& m_session;
    wxListCtrl* m_list;
    wxStaticText* m_heading;
    wxStyledTextCtrl* m_viewer;
    wxStaticText* m_status;
    wxButton* m_addEvidence;
    wxButton* m_autoCode;
    std::vector<std::string> m_sourceIds;  // parallel to the list's rows
    std::string m_sourceId;
    std::string m_text;
    std::unique_ptr<Utf8Index> m_index;  // over m_text
    std::vector<SourceSpan> m_spans;
    std::vector<SourceMessage> m_messages;  // of m_text, when it is an embedded chat history
    bool m_filling = false;  // the list is being filled or selected by us, not the user
    int m_textReads = 0;
    Refresh m_pending = Refresh::Nothing;  // what the scheduled refresh does; Nothing: none scheduled
    int m_documentToken = 0;
    int m_selectionToken = 0;
};

}  // namespace rw::gui
