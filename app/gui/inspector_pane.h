#pragma once
// The properties of what is selected: a node, a link, a case, a matrix cell (with the evidence
// behind its verdict), a source or a theory. Every edit becomes a command.

#include <string>
#include <vector>

#include <wx/button.h>
#include <wx/listctrl.h>
#include <wx/panel.h>
#include <wx/propgrid/propgrid.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "app/document/editor_session.h"
#include "app/gui/document_layer.h"
#include "model/edit/edits.h"

namespace rw::gui {

class InspectorPane : public wxPanel {
public:
    InspectorPane(wxWindow* parent, EditorSession& session);
    ~InspectorPane() override;

    wxPropertyGrid* properties() const { return m_grid; }
    wxListCtrl* evidenceList() const { return m_evidence; }
    // Opens the evidence dialog for a new quote behind the selected cell.
    void addEvidence();
    // Opens the evidence dialog for the selected quote.
    void editEvidence();
    // Removes the selected quote.
    void removeEvidence();
    // Opens the source references of the selected node or link for editing.
    void editRefs();
    // Adds an informant with this role to the selected case; returns its id, or "" when refused.
    std::string addInformant(const std::string& role);
    // Removes an informant; refused (and reported) while quotes cite it.
    bool removeInformant(const std::string& informantId);
    // Returns the id of the informant whose row is selected in the grid, or "".
    std::string selectedInformantId() const;

private:
    void scheduleRebuild();
    void rebuild();
    void showNode(const Node& node);
    void showLink(const Theory& theory, const Link& link);
    void showCase(const Case& c);
    void showCell(const Theory& theory, const Case& c, const Node& node);
    void showSource(const Source& source);
    void showTheory(const Theory& theory);
    void showProject();
    void addCaseAttributes(const Case& c);
    void addCaseInformants(const Case& c);
    // The command for an edited property of a case, a source or the project (nullptr: refused).
    edits::CommandPtr caseCommand(wxPGProperty* property, const std::string& caseId);
    edits::CommandPtr sourceCommand(const std::string& name, const wxVariant& value, const std::string& sourceId);
    edits::CommandPtr metaCommand(const std::string& name, const std::string& text);
    void fillEvidence(const Case& c, const Node& node);
    void onPropertyChanged(wxPropertyGridEvent& event);
    void updateButtons();
    void showQuote();
    std::string selectedEvidenceId() const;

    EditorSession& m_session;
    wxStaticText* m_title;
    wxPropertyGrid* m_grid;
    wxPanel* m_evidencePanel;
    wxListCtrl* m_evidence;
    wxTextCtrl* m_quote;
    wxButton* m_add;
    wxButton* m_edit;
    wxButton* m_remove;
    wxButton* m_refsButton;
    wxButton* m_addInformant;
    wxButton* m_removeInformant;
    std::vector<std::string> m_evidenceIds;   // parallel to the list's rows
    std::vector<std::string> m_nodeChoices;   // node ids behind the link's from / to choices
    int m_documentToken = 0;
    int m_selectionToken = 0;
    bool m_rebuildPending = false;
};

}  // namespace rw::gui
