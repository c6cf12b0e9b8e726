// Every edit goes through an undoable command; undo restores exactly, redo reapplies.

#include <gtest/gtest.h>

#include <set>
#include <stdexcept>

#include "model/edit/edits.h"
#include "model/edit/edits_project.h"
#include "model/edit/undo_stack.h"
#include "tests/test_projects.h"

namespace rw {
namespace {

using namespace rw::edits;

class Commands : public ::testing::Test {
protected:
    Project project = test::chainProject();
    UndoStack stack{project};

    void pushAndCheckUndo(CommandPtr command) { test::pushAndCheckUndo(project, stack, std::move(command)); }
};

TEST_F(Commands, AddNodeMakesIdFromLabel) {
    Node node;
    node.kind = NodeKind::Mechanism;
    node.label = "Toename sociale cohésie";
    pushAndCheckUndo(addNode(project, "t", node));
    ASSERT_NE(project.theories[0].findNode("toename-sociale-cohesie"), nullptr);
    EXPECT_EQ(stack.undoText(), "Add mechanism “Toename sociale cohésie”");
    node.id.clear();
    stack.push(addNode(project, "t", node));
    EXPECT_NE(project.theories[0].findNode("toename-sociale-cohesie-2"), nullptr);
}

TEST_F(Commands, AddNodeRefusesDuplicateIdAndUnknownTheory) {
    Node node;
    node.id = "m1";
    EXPECT_EQ(addNode(project, "t", node), nullptr);
    node.id = "new";
    EXPECT_EQ(addNode(project, "nope", node), nullptr);
    EXPECT_FALSE(stack.push(nullptr));
}

// A refused edit says why, naming what was missing or taken, so the editor can show it as it is.
TEST_F(Commands, ARefusedEditSaysWhyAndAnAddedThingComesBackWithItsId) {
    Node node;
    node.id = "m1";
    EXPECT_NE(addNode(project, "t", node).refusal().find("“m1”"), std::string::npos);
    EXPECT_NE(addNode(project, "nope", node).refusal().find("“nope”"), std::string::npos);
    Link link;
    link.from = "m1";
    link.to = "gone";
    Edit refused = addLink(project, "t", link);
    EXPECT_EQ(refused, nullptr);
    EXPECT_NE(refused.refusal().find("“gone”"), std::string::npos) << refused.refusal();
    EXPECT_NE(setVerdict(project, "no-case", "m1", VerdictValue::Supported).refusal().find("“no-case”"),
              std::string::npos);
    EXPECT_NE(removeEvidence(project, "a", "no-quote").refusal().find("“no-quote”"), std::string::npos);

    // The id of what an edit adds comes with it, also when the factory made it from the label.
    node.id.clear();
    node.label = "Trust grows";
    Edit added = addNode(project, "t", node);
    ASSERT_TRUE(added);
    EXPECT_TRUE(added.refusal().empty());
    std::string id = added.newId();
    ASSERT_TRUE(stack.push(added.take()));
    ASSERT_NE(project.theories[0].findNode(id), nullptr);
    EXPECT_EQ(project.theories[0].findNode(id)->label, "Trust grows");
    link.to = id;
    Edit linked = addLink(project, "t", link);
    EXPECT_EQ(linked.newId(), "m1--" + id);
    Case c;
    c.name = "Gamma";
    EXPECT_EQ(addCase(project, c).newId(), "gamma");
}

TEST_F(Commands, RemoveNodeTakesLinksAndVerdictsAndUndoRestoresThemInPlace) {
    test::tick(project, "a", "m1", VerdictValue::Supported);
    test::tick(project, "a", "m2", VerdictValue::Refuted);
    test::tick(project, "b", "m1", VerdictValue::Mixed);
    Project before = project;
    stack.push(removeNode(project, "t", "m1"));
    EXPECT_EQ(project.theories[0].findNode("m1"), nullptr);
    for (const Link& link : project.theories[0].links) {
        EXPECT_NE(link.from, "m1");
        EXPECT_NE(link.to, "m1");
    }
    EXPECT_EQ(project.theories[0].links.size(), 1u);
    EXPECT_EQ(project.cases[0].findVerdict("m1"), nullptr);
    EXPECT_EQ(project.cases[1].findVerdict("m1"), nullptr);
    EXPECT_EQ(stack.undoText(), "Delete “First”");
    stack.undo();
    EXPECT_EQ(project, before);  // same order of links and verdicts, not just the same set
}

TEST_F(Commands, RemoveNodeKeepsVerdictsWhenAnotherTheoryHasTheNode) {
    project.theories.push_back(project.theories[0]);
    project.theories[1].id = "revised";
    test::tick(project, "a", "m1", VerdictValue::Supported);
    stack.push(removeNode(project, "t", "m1"));
    EXPECT_NE(project.cases[0].findVerdict("m1"), nullptr);
}

TEST_F(Commands, EditsOfOneFieldMergeIntoOneUndoStep) {
    stack.push(setNodeText(project, "t", "m1", NodeField::Label, "F"));
    stack.push(setNodeText(project, "t", "m1", NodeField::Label, "Fi"));
    stack.push(setNodeText(project, "t", "m1", NodeField::Label, "Fir"));
    EXPECT_EQ(stack.count(), 1u);
    EXPECT_EQ(project.theories[0].findNode("m1")->label, "Fir");
    stack.undo();
    EXPECT_EQ(project.theories[0].findNode("m1")->label, "First");
    stack.redo();
    EXPECT_EQ(project.theories[0].findNode("m1")->label, "Fir");
}

TEST_F(Commands, EditsOfDifferentFieldsOrNodesDoNotMerge) {
    stack.push(setNodeText(project, "t", "m1", NodeField::Label, "A"));
    stack.push(setNodeText(project, "t", "m1", NodeField::Assumption, "B"));
    stack.push(setNodeText(project, "t", "m2", NodeField::Assumption, "C"));
    EXPECT_EQ(stack.count(), 3u);
}

TEST_F(Commands, NoMergeAcrossASave) {
    stack.push(setNodeText(project, "t", "m1", NodeField::Label, "A"));
    stack.setClean();
    stack.push(setNodeText(project, "t", "m1", NodeField::Label, "AB"));
    EXPECT_EQ(stack.count(), 2u);
    stack.undo();
    EXPECT_TRUE(stack.isClean());
    EXPECT_EQ(project.theories[0].findNode("m1")->label, "A");
}

TEST_F(Commands, AddAndRemoveLink) {
    Link link;
    link.from = "i";
    link.to = "o";
    pushAndCheckUndo(addLink(project, "t", link));
    EXPECT_NE(project.theories[0].findLink("i--o"), nullptr);
    EXPECT_EQ(addLink(project, "t", Link{"", "i", "missing", LinkKind::Causes, "", "", "", {}}), nullptr);
    pushAndCheckUndo(removeLink(project, "t", "m1--m2"));
    EXPECT_EQ(project.theories[0].findLink("m1--m2"), nullptr);
}

TEST_F(Commands, ChangeLinkKindAndEnds) {
    Link updated = *project.theories[0].findLink("m1--o");
    updated.kind = LinkKind::Prevents;
    pushAndCheckUndo(changeLink(project, "t", updated, LinkField::Kind));
    EXPECT_EQ(project.theories[0].findLink("m1--o")->kind, LinkKind::Prevents);
    updated.to = "nowhere";
    EXPECT_EQ(changeLink(project, "t", updated, LinkField::Ends), nullptr);
}

TEST_F(Commands, SetVerdictCreatesThenChangesAndMergesPerCell) {
    pushAndCheckUndo(setVerdict(project, "a", "m1", VerdictValue::Supported));
    EXPECT_EQ(project.cases[0].verdictOn("m1"), VerdictValue::Supported);
    stack.push(setVerdict(project, "a", "m1", VerdictValue::Refuted));
    stack.push(setVerdict(project, "a", "m1", VerdictValue::Mixed));
    EXPECT_EQ(stack.count(), 1u);  // clicking through a cell is one step
    EXPECT_NE(stack.undoText().find("mixed"), std::string::npos) << stack.undoText();
    stack.undo();
    EXPECT_EQ(project.cases[0].findVerdict("m1"), nullptr);
    // Redo names what it brings back, and brings back the last value set.
    EXPECT_NE(stack.redoText().find("mixed"), std::string::npos) << stack.redoText();
    stack.redo();
    EXPECT_EQ(project.cases[0].verdictOn("m1"), VerdictValue::Mixed);
    stack.undo();
    EXPECT_EQ(setVerdict(project, "zz", "m1", VerdictValue::Mixed), nullptr);
    EXPECT_EQ(setVerdict(project, "a", "zz", VerdictValue::Mixed), nullptr);
}

TEST_F(Commands, SetVerdictKeepsEvidence) {
    test::tick(project, "a", "m1", VerdictValue::Supported);
    stack.push(setVerdict(project, "a", "m1", VerdictValue::Refuted));
    EXPECT_EQ(project.cases[0].findVerdict("m1")->evidence.size(), 1u);
}

TEST_F(Commands, EvidenceAddEditRemove) {
    Evidence e;
    e.quote = "We app each other now.";
    e.ref.source = "doc";
    e.ref.location.lineBegin = e.ref.location.lineEnd = 12;
    pushAndCheckUndo(addEvidence(project, "a", "m1", e));
    const Verdict* verdict = project.cases[0].findVerdict("m1");
    ASSERT_NE(verdict, nullptr);
    EXPECT_EQ(verdict->value, VerdictValue::NotAssessed);
    ASSERT_EQ(verdict->evidence.size(), 1u);
    Evidence added = verdict->evidence[0];
    EXPECT_EQ(added.id, "a-m1-1");

    added.stance = Stance::Contradicts;
    pushAndCheckUndo(changeEvidence(project, "a", added, EvidenceField::Stance));
    EXPECT_EQ(project.cases[0].findVerdict("m1")->evidence[0].stance, Stance::Contradicts);

    pushAndCheckUndo(removeEvidence(project, "a", "a-m1-1"));
    EXPECT_TRUE(project.cases[0].findVerdict("m1")->evidence.empty());

    e.ref.source = "no-such-source";
    EXPECT_EQ(addEvidence(project, "a", "m1", e), nullptr);
}

TEST_F(Commands, AttributeValuesAreTyped) {
    project.attributes.push_back({"size", "Size", AttributeType::Ordinal, "", "", {"small", "large"}});
    EXPECT_EQ(setAttributeValue(project, "a", "size", "huge"), nullptr);
    pushAndCheckUndo(setAttributeValue(project, "a", "size", "small"));
    stack.setClean();  // a save in between: the next edit is a step of its own
    pushAndCheckUndo(setAttributeValue(project, "a", "size", "large"));
    EXPECT_EQ(project.cases[0].findValue("size")->value, "large");
    stack.setClean();
    pushAndCheckUndo(setAttributeValue(project, "a", "size", ""));
    EXPECT_EQ(project.cases[0].findValue("size"), nullptr);
    stack.undo();
    EXPECT_EQ(project.cases[0].findValue("size")->value, "large");
    EXPECT_EQ(setAttributeValue(project, "a", "undeclared", "x"), nullptr);
}

TEST_F(Commands, AddAndRemoveCaseDetachesItsInformants) {
    Case c;
    c.name = "Tidemanstraat";
    pushAndCheckUndo(addCase(project, c));
    EXPECT_NE(project.findCase("tidemanstraat"), nullptr);
    project.informants.push_back({"p1", "beheerder", "tidemanstraat", ""});
    pushAndCheckUndo(removeCase(project, "tidemanstraat"));
    EXPECT_EQ(project.findCase("tidemanstraat"), nullptr);
    EXPECT_EQ(project.informants[0].caseId, "");
}

TEST_F(Commands, MacroUndoesAsOneStep) {
    Project before = project;
    {
        UndoStack::Macro macro = stack.macro("Insert chain");
        Node n;
        n.label = "Extra";
        stack.push(addNode(project, "t", n));
        stack.push(addLink(project, "t", Link{"", "m2", "extra", LinkKind::Causes, "", "", "", {}}));
        EXPECT_FALSE(stack.canUndo()) << "undo while a macro records";
    }
    EXPECT_EQ(stack.count(), 1u);
    EXPECT_EQ(stack.undoText(), "Insert chain");
    stack.undo();
    EXPECT_EQ(project, before);
    stack.redo();
    EXPECT_NE(project.theories[0].findLink("m2--extra"), nullptr);
}

// A macro left by an exception (or an early return) still ends: the edits so far are one step.
TEST_F(Commands, AMacroLeftByAnExceptionEndsAndUndoesAsOneStep) {
    Project before = project;
    try {
        UndoStack::Macro macro = stack.macro("Half done");
        stack.push(setVerdict(project, "a", "m1", VerdictValue::Supported));
        stack.push(setVerdict(project, "b", "m2", VerdictValue::Refuted));
        throw std::runtime_error("the importer gave up");
    } catch (const std::runtime_error&) {
    }
    ASSERT_TRUE(stack.canUndo()) << "the stack is still recording";
    EXPECT_EQ(stack.count(), 1u);
    EXPECT_EQ(stack.undoText(), "Half done");
    stack.undo();
    EXPECT_EQ(project, before);
}

TEST_F(Commands, EmptyMacroLeavesNoTrace) {
    { UndoStack::Macro macro = stack.macro("Nothing"); }
    EXPECT_EQ(stack.count(), 0u);
    EXPECT_FALSE(stack.canUndo());
}

TEST_F(Commands, NewEditDropsRedoHistory) {
    stack.push(setNodeText(project, "t", "m1", NodeField::Label, "A"));
    stack.push(setNodeText(project, "t", "m2", NodeField::Label, "B"));
    stack.undo();
    EXPECT_TRUE(stack.canRedo());
    stack.push(setNodeText(project, "t", "o", NodeField::Label, "C"));
    EXPECT_FALSE(stack.canRedo());
    EXPECT_EQ(stack.count(), 2u);
}

TEST_F(Commands, CleanStateFollowsUndoAndRedo) {
    EXPECT_TRUE(stack.isClean());
    stack.push(setNodeText(project, "t", "m1", NodeField::Label, "A"));
    EXPECT_FALSE(stack.isClean());
    stack.undo();
    EXPECT_TRUE(stack.isClean());
    stack.redo();
    stack.setClean();
    stack.undo();
    stack.push(setNodeText(project, "t", "m2", NodeField::Label, "B"));  // the saved state is gone
    stack.undo();
    EXPECT_FALSE(stack.isClean());
}

TEST_F(Commands, ListenersHearEveryChange) {
    std::vector<Change> heard;
    stack.addListener([&](const Change& change) { heard.push_back(change); });
    stack.push(setVerdict(project, "b", "m2", VerdictValue::Refuted));
    stack.undo();
    stack.redo();
    ASSERT_EQ(heard.size(), 3u);
    EXPECT_EQ(heard[0].scope, Change::Scope::Verdict);
    EXPECT_EQ(heard[0].caseId, "b");
    EXPECT_EQ(heard[0].itemId, "m2");
}

TEST_F(Commands, AVerdictClickedBackToItsValueLeavesNoStepAndNoDirtyMarker) {
    test::tick(project, "a", "m1", VerdictValue::Supported);
    stack.push(setNodeText(project, "t", "m2", NodeField::Label, "Saved"));
    stack.setClean();
    stack.push(setVerdict(project, "a", "m1", VerdictValue::Refuted));
    stack.push(setVerdict(project, "a", "m1", VerdictValue::Mixed));
    EXPECT_EQ(stack.undoText(), "Set “First” in Alpha to mixed");  // the step is named after what it does now
    stack.push(setVerdict(project, "a", "m1", VerdictValue::Supported));
    EXPECT_EQ(stack.count(), 1u);
    EXPECT_TRUE(stack.isClean());
    EXPECT_EQ(stack.undoText(), "Edit label of “Second”");
}

TEST_F(Commands, UndoOfACompoundEditReportsEachThingItTouchedNotTheWholeProject) {
    test::tick(project, "a", "m1", VerdictValue::Supported);
    test::tick(project, "b", "m1", VerdictValue::Refuted);
    stack.push(removeNode(project, "t", "m1"));
    std::vector<Change> heard;
    stack.addListener([&](const Change& change) { heard.push_back(change); });
    stack.undo();
    std::vector<Change> undone = heard;
    heard.clear();
    stack.redo();
    EXPECT_EQ(heard, undone);
    std::set<std::pair<Change::Scope, std::string>> touched;
    for (const Change& change : heard) {
        EXPECT_NE(change.scope, Change::Scope::Project);
        touched.insert({change.scope, change.scope == Change::Scope::Verdict ? change.caseId : change.itemId});
    }
    EXPECT_TRUE(touched.count({Change::Scope::Node, "m1"}));
    EXPECT_TRUE(touched.count({Change::Scope::Verdict, "a"}));
    EXPECT_TRUE(touched.count({Change::Scope::Verdict, "b"}));
    EXPECT_TRUE(touched.count({Change::Scope::Link, "m1--m2"})) << "the links go with the node";
}

TEST_F(Commands, UndoOfAMacroReportsEachEditOnce) {
    {
        UndoStack::Macro macro = stack.macro("Tick twice");
        stack.push(setVerdict(project, "a", "m1", VerdictValue::Supported));
        stack.push(setVerdict(project, "b", "m2", VerdictValue::Refuted));
        stack.push(setVerdictNote(project, "b", "m2", "why"));
    }
    std::vector<Change> heard;
    stack.addListener([&](const Change& change) { heard.push_back(change); });
    stack.undo();
    ASSERT_EQ(heard.size(), 2u) << "the verdict on m2 in b is one change however often it was edited";
    EXPECT_EQ(heard[0], (Change{Change::Scope::Verdict, {}, "m1", "a"}));
    EXPECT_EQ(heard[1], (Change{Change::Scope::Verdict, {}, "m2", "b"}));
}

}  // namespace
}  // namespace rw
