// The whole study is edited in the editor: a case renamed through the inspector, a verdict's
// note written there, an attribute definition added and removed in its dialog, a theory
// duplicated from the outline's context menu, and two linked nodes copied and pasted with their
// link. Each is one undo step.
#include <gtest/gtest.h>

#include <wx/menu.h>
#include <wx/propgrid/propgrid.h>
#include <wx/uiaction.h>

#include "app/gui/attributes_dialog.h"
#include "app/gui/command_ids.h"
#include "app/gui/diagram_canvas.h"
#include "app/gui/diagram_pane.h"
#include "app/gui/findings_pane.h"
#include "app/gui/inspector_pane.h"
#include "app/gui/outline_pane.h"
#include "app/gui/refs_editor.h"
#include "app/gui/wx_strings.h"
#include "model/edit/edits.h"
#include "model/edit/edits_project.h"
#include "tests/gui/gui_test_support.h"

namespace rw::gui::test {
namespace {


class EditingTest : public testing::Test {
protected:
    void SetUp() override { frame = makeFrame(); }
    void TearDown() override { destroyFrame(frame); }

    void openSample() {
        ASSERT_TRUE(openAndLayOut(*frame, sourcePath(kSample)));
    }
    // Waits for the inspector to show a property called `name` (it rebuilds after the event).
    wxPGProperty* inspectorProperty(const wxString& name) {
        wxPropertyGrid* grid = frame->inspector()->properties();
        pumpUntil([&] { return grid->GetPropertyByName(name) != nullptr; }, 5000);
        return grid->GetPropertyByName(name);
    }
    const Project& project() { return frame->session().project(); }

    MainFrame* frame = nullptr;
    DialogAnswerer dialogs;
};

TEST_F(EditingTest, RenameACaseThroughTheInspectorAndUndo) {
    openSample();
    std::string before = project().findCase("bbo")->name;
    frame->session().select(Selection::ofCase("bbo"));
    wxPGProperty* name = inspectorProperty("name");
    ASSERT_NE(name, nullptr);
    EXPECT_FALSE(name->HasFlag(wxPG_PROP_READONLY));
    // As if typed into the grid's editor: validated, then a wxEVT_PG_CHANGED.
    ASSERT_TRUE(frame->inspector()->properties()->ChangePropertyValue("name", wxString("Bloemenbuurt Oost")));
    EXPECT_EQ(project().findCase("bbo")->name, "Bloemenbuurt Oost");
    EXPECT_NE(frame->session().document().undoStack().undoText().find("Rename case"), std::string::npos);
    ASSERT_TRUE(frame->inspector()->properties()->ChangePropertyValue("short", wxString("BO")));
    EXPECT_EQ(project().findCase("bbo")->shortName, "BO");
    sendMenu(*frame, wxID_UNDO);
    sendMenu(*frame, wxID_UNDO);
    EXPECT_EQ(project().findCase("bbo")->name, before);
    EXPECT_FALSE(frame->session().document().isDirty());
    EXPECT_TRUE(dialogs.seen().empty());
}

TEST_F(EditingTest, EditAVerdictNoteOnACell) {
    openSample();
    frame->session().select(Selection::cell("impliciet", "bbo", "heterdaadkracht"));
    ASSERT_NE(inspectorProperty("note"), nullptr);
    ASSERT_TRUE(frame->inspector()->properties()->ChangePropertyValue("note", wxString("Checked with the wijkagent.")));
    const Verdict* verdict = project().findCase("bbo")->findVerdict("heterdaadkracht");
    ASSERT_NE(verdict, nullptr);
    EXPECT_EQ(verdict->note, "Checked with the wijkagent.");
    EXPECT_EQ(verdict->value, VerdictValue::Refuted) << "the tick stays";
    sendMenu(*frame, wxID_UNDO);
    EXPECT_FALSE(frame->session().document().isDirty());
}

TEST_F(EditingTest, AddAndRemoveAnAttributeThroughTheDialog) {
    openSample();
    std::size_t count = project().attributes.size();
    AttributesDialog dialog(frame, frame->session());
    EXPECT_EQ(dialog.attributeList()->GetItemCount(), static_cast<int>(count));

    std::string key = dialog.addAttribute("Aantal beheerders", AttributeType::Number);
    ASSERT_EQ(key, "aantal-beheerders");
    EXPECT_EQ(dialog.attributeList()->GetItemCount(), static_cast<int>(count + 1));
    EXPECT_EQ(utf8(dialog.labelField()->GetValue()), "Aantal beheerders") << "the new one is selected";
    ASSERT_TRUE(frame->session().push(edits::setAttributeValue(project(), "bbo", key, "2"), "refused"));

    // A type its value would not fit is refused, and the user is told why.
    dialog.typeField()->SetSelection(3);  // yes / no
    EXPECT_FALSE(dialog.applyAttribute());
    ASSERT_TRUE(pumpUntil([&] { return dialogs.saw("would not fit"); }, 5000));
    EXPECT_EQ(project().findAttribute(key)->type, AttributeType::Number);

    dialog.selectAttribute(key);
    ASSERT_TRUE(dialog.removeAttribute());
    EXPECT_EQ(project().findAttribute(key), nullptr);
    EXPECT_EQ(project().findCase("bbo")->findValue(key), nullptr);
    EXPECT_EQ(dialog.attributeList()->GetItemCount(), static_cast<int>(count));
    sendMenu(*frame, wxID_UNDO);  // the definition and the case's value come back
    ASSERT_NE(project().findCase("bbo")->findValue(key), nullptr);
    EXPECT_EQ(project().findCase("bbo")->findValue(key)->value, "2");
    EXPECT_EQ(dialog.attributeList()->GetItemCount(), static_cast<int>(count + 1)) << "the dialog follows undo";
}

TEST_F(EditingTest, DuplicateATheoryFromTheOutline) {
    openSample();
    std::size_t theories = project().theories.size();
    ASSERT_EQ(project().theories[0].id, "impliciet");
    OutlinePane* outline = frame->outline();
    wxTreeItemId item = outline->itemFor(Selection::ofTheory("impliciet"));
    ASSERT_TRUE(item.IsOk());
    outline->tree()->SelectItem(item);
    ASSERT_EQ(frame->session().selection(), Selection::ofTheory("impliciet"));
    std::unique_ptr<wxMenu> menu(outline->contextMenuFor(item));
    ASSERT_NE(menu->FindItem(kIdDuplicateTheory), nullptr);
    ASSERT_NE(menu->FindItem(kIdShowTheory), nullptr);
    EXPECT_EQ(menu->FindItem(kIdDeleteCase), nullptr) << "case commands belong to cases";

    sendMenu(*outline, kIdDuplicateTheory);  // what choosing it in the context menu sends
    ASSERT_EQ(project().theories.size(), theories + 1);
    const Theory& copy = project().theories[1];  // right after its original
    EXPECT_EQ(copy.nodes, project().theories[0].nodes);
    EXPECT_NE(copy.id, "impliciet");
    EXPECT_EQ(frame->session().theoryId(), copy.id) << "the copy is shown";
    std::string copyId = copy.id;
    ASSERT_TRUE(pumpUntil([&] { return outline->itemFor(Selection::ofTheory(copyId)).IsOk(); }, 5000));

    // Deleting the copy asks first, then is one undo step.
    dialogs.answer(wxID_YES);
    sendMenu(*outline, kIdDeleteTheory);
    EXPECT_EQ(project().theories.size(), theories);
    EXPECT_EQ(project().findTheory(copyId), nullptr);
    sendMenu(*frame, wxID_UNDO);
    EXPECT_NE(project().findTheory(copyId), nullptr);
    sendMenu(*frame, wxID_UNDO);
    EXPECT_EQ(project().theories.size(), theories);
    EXPECT_FALSE(frame->session().document().isDirty());
}

TEST_F(EditingTest, TheLastTheoryCannotBeDeletedAndTheUserIsToldWhy) {
    openSample();
    while (project().theories.size() > 1)
        ASSERT_TRUE(frame->session().push(edits::removeTheory(project(), project().theories.back().id), "refused"));
    OutlinePane* outline = frame->outline();
    ASSERT_TRUE(pumpUntil([&] { return outline->itemFor(Selection::ofTheory("impliciet")).IsOk(); }, 5000));
    wxTreeItemId item = outline->itemFor(Selection::ofTheory("impliciet"));
    std::unique_ptr<wxMenu> menu(outline->contextMenuFor(item));
    EXPECT_FALSE(menu->IsEnabled(kIdDeleteTheory));
    frame->session().select(Selection::ofTheory("impliciet"));
    sendMenu(*frame, kIdDeleteTheory);  // a keyboard shortcut could still send it
    ASSERT_TRUE(pumpUntil([&] { return dialogs.saw("last one"); }, 5000));
    EXPECT_EQ(project().theories.size(), 1u);
}

TEST_F(EditingTest, CopyTwoLinkedNodesAndPasteThemWithTheirLink) {
    openSample();
    const Theory* theory = frame->session().theory();
    std::size_t nodes = theory->nodes.size();
    std::size_t links = theory->links.size();
    frame->session().select(Selection::nodes("impliciet", {"heterdaadkracht", "veiligheid"}));
    sendMenu(*frame, wxID_COPY);
    sendMenu(*frame, wxID_PASTE);
    theory = frame->session().theory();
    ASSERT_EQ(theory->nodes.size(), nodes + 2);
    ASSERT_EQ(theory->links.size(), links + 1);
    const Link& pasted = theory->links.back();
    EXPECT_EQ(pasted.from, theory->nodes[nodes].id);
    EXPECT_EQ(pasted.to, theory->nodes[nodes + 1].id);
    EXPECT_NE(pasted.from, "heterdaadkracht") << "fresh ids";
    EXPECT_EQ(frame->session().selection().nodeIds().size(), 2u) << "the pasted nodes are selected";
    EXPECT_EQ(frame->session().document().undoStack().undoText(), "Paste 2 nodes");

    sendMenu(*frame, wxID_DELETE);  // both selected nodes, with their link, in one step
    EXPECT_EQ(frame->session().theory()->nodes.size(), nodes);
    sendMenu(*frame, wxID_UNDO);
    EXPECT_EQ(frame->session().theory()->nodes.size(), nodes + 2);
    sendMenu(*frame, wxID_UNDO);
    EXPECT_EQ(frame->session().theory()->links.size(), links);
    EXPECT_FALSE(frame->session().document().isDirty());
}

TEST_F(EditingTest, CtrlClickInTheDiagramSelectsSeveralNodes) {
    openSample();
    DiagramCanvas* canvas = frame->diagram()->canvas();
    wxPoint first = canvas->windowPointOf("heterdaadkracht");
    wxPoint second = canvas->windowPointOf("veiligheid");
    ASSERT_NE(first, wxPoint(-1, -1));
    ASSERT_NE(second, wxPoint(-1, -1));
    wxUIActionSimulator simulator;
    simulator.MouseMove(canvas->ClientToScreen(first));
    pumpPending();
    simulator.MouseClick();
    ASSERT_TRUE(pumpUntil([&] { return frame->session().selection() == Selection::node("impliciet", "heterdaadkracht"); },
                          5000));
    pumpFor(700);  // two separate clicks, not a double-click
    simulator.MouseMove(canvas->ClientToScreen(second));
    pumpPending();
    simulator.KeyDown(WXK_CONTROL);
    simulator.MouseClick();
    simulator.KeyUp(WXK_CONTROL);
    ASSERT_TRUE(pumpUntil([&] { return frame->session().selection().nodeIds().size() == 2; }, 5000));
    EXPECT_TRUE(frame->session().selection().hasNode("veiligheid"));
    EXPECT_EQ(frame->session().selection().id, "heterdaadkracht") << "the first one still leads";

    // The Delete key in the diagram takes both, as one step.
    std::size_t nodes = frame->session().theory()->nodes.size();
    canvas->SetFocus();
    simulator.Char(WXK_DELETE);
    ASSERT_TRUE(pumpUntil([&] { return frame->session().theory()->nodes.size() == nodes - 2; }, 5000));
    sendMenu(*frame, wxID_UNDO);
    EXPECT_EQ(frame->session().theory()->nodes.size(), nodes);
    EXPECT_FALSE(frame->session().document().isDirty());
}

TEST_F(EditingTest, InformantsOfACaseAreAddedEditedAndRemovedInTheInspector) {
    openSample();
    frame->session().select(Selection::ofCase("bbo"));
    InspectorPane* inspector = frame->inspector();
    ASSERT_NE(project().findInformant("bbo-wijkagent-1"), nullptr);
    std::string id = inspector->addInformant("wijkagent");
    ASSERT_EQ(id, "bbo-wijkagent-2") << "numbered on from the case's other wijkagent";
    EXPECT_EQ(project().findInformant(id)->caseId, "bbo");
    wxString row = "informant-role:" + wxs(id);
    ASSERT_NE(inspectorProperty(row), nullptr);
    ASSERT_TRUE(inspector->properties()->ChangePropertyValue(row, wxString("wijkagent (tweede)")));
    EXPECT_EQ(project().findInformant(id)->role, "wijkagent (tweede)");
    ASSERT_TRUE(inspector->properties()->ChangePropertyValue("informant-note:" + wxs(id), wxString("Joined in 2019.")));
    EXPECT_EQ(project().findInformant(id)->note, "Joined in 2019.");
    EXPECT_TRUE(inspector->removeInformant(id));
    EXPECT_EQ(project().findInformant(id), nullptr);

    // One whose words are quoted stays, and the user is told why.
    std::string cited;
    for (const Verdict& verdict : project().findCase("bbo")->verdicts)
        for (const Evidence& e : verdict.evidence)
            if (cited.empty() && !e.informant.empty()) cited = e.informant;
    ASSERT_FALSE(cited.empty());
    EXPECT_FALSE(inspector->removeInformant(cited));
    EXPECT_NE(project().findInformant(cited), nullptr);
    ASSERT_TRUE(pumpUntil([&] { return dialogs.saw("delete or change them first"); }, 5000));
    for (int i = 0; i < 4; ++i) sendMenu(*frame, wxID_UNDO);
    EXPECT_FALSE(frame->session().document().isDirty());
}

TEST_F(EditingTest, TheRefsEditorTakesLinesAndPagesAndRefusesNonsense) {
    openSample();
    const Node* node = frame->session().theory()->findNode("heterdaadkracht");
    ASSERT_NE(node, nullptr);
    RefsEditor editor(frame, project(), node->refs, "Sources");
    std::size_t count = node->refs.size();
    EXPECT_FALSE(editor.addRef(0, "14-12", "")) << "a range runs forward";
    EXPECT_FALSE(editor.addRef(0, "twelve", ""));
    EXPECT_FALSE(editor.addRef(99, "12", "")) << "no such source";
    ASSERT_TRUE(editor.addRef(1, " 12-14 ", "56"));
    ASSERT_EQ(editor.refs().size(), count + 1);
    const SourceRef& added = editor.refs().back();
    EXPECT_EQ(added.source, project().sources[1].id);
    EXPECT_EQ(added.location.lineBegin, 12);
    EXPECT_EQ(added.location.lineEnd, 14);
    EXPECT_EQ(added.location.page, "56");
    editor.removeRef(0);
    EXPECT_EQ(editor.refs().size(), count);

    // What the inspector does with the result: one named, undoable step.
    Node updated = *node;
    updated.refs = editor.refs();
    ASSERT_TRUE(frame->session().push(edits::changeNode(project(), "impliciet", updated, edits::NodeField::Refs), "no"));
    EXPECT_EQ(frame->session().theory()->findNode("heterdaadkracht")->refs, editor.refs());
    sendMenu(*frame, wxID_UNDO);
    EXPECT_FALSE(frame->session().document().isDirty());
}

}  // namespace
}  // namespace rw::gui::test
