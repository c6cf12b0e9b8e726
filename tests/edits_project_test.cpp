// Edits of cases, notes, meta data, theories, sources, informants, attribute definitions and
// message categories: each does, undoes and redoes exactly; impossible ones are refused.

#include <gtest/gtest.h>

#include "model/edit/edits_project.h"
#include "model/edit/undo_stack.h"
#include "tests/test_projects.h"

namespace rw {
namespace {

using namespace rw::edits;

// Returns why an edit was refused, failing the test when it was not.
std::string refusalOf(const Edit& edit) {
    EXPECT_EQ(edit, nullptr);
    return edit.refusal();
}

class ProjectEdits : public ::testing::Test {
protected:
    ProjectEdits() {
        project.informants.push_back({"inf-1", "beheerder", "a", ""});
        project.attributes.push_back({"members", "Members", AttributeType::Number, "", "", {}});
        project.attributes.push_back({"urban", "Urbanisation", AttributeType::Ordinal, "", "", {"low", "mid", "high"}});
        project.cases[0].values.push_back({"members", "120", ""});
        project.cases[1].values.push_back({"members", "80", ""});
        project.cases[1].values.push_back({"urban", "high", ""});
        project.categories.push_back({"alarm", "Alarm", true});
        project.cases[0].messages.counts.push_back({"alarm", 12, ""});
    }

    void pushAndCheckUndo(CommandPtr command) { test::pushAndCheckUndo(project, stack, std::move(command)); }

    Project project = test::chainProject();
    UndoStack stack{project};
};

TEST_F(ProjectEdits, CaseTextFieldsChangeAndTypingMerges) {
    pushAndCheckUndo(setCaseText(project, "a", CaseField::Name, "Alphen"));
    EXPECT_EQ(project.cases[0].name, "Alphen");
    pushAndCheckUndo(setCaseText(project, "a", CaseField::ShortName, "A"));
    EXPECT_EQ(project.cases[0].displayName(), "A");
    pushAndCheckUndo(setCaseText(project, "a", CaseField::Description, "A village."));
    EXPECT_EQ(project.cases[0].description, "A village.");
    EXPECT_EQ(setCaseText(project, "nope", CaseField::Name, "x"), nullptr);

    std::size_t count = stack.count();
    stack.push(setCaseText(project, "b", CaseField::Name, "B"));
    stack.push(setCaseText(project, "b", CaseField::Name, "Be"));
    stack.push(setCaseText(project, "b", CaseField::Name, "Bet"));
    EXPECT_EQ(stack.count(), count + 1);
    stack.undo();
    EXPECT_EQ(project.cases[1].name, "Beta");
}

TEST_F(ProjectEdits, VerdictNoteCreatesANotAssessedVerdictThatUndoRemoves) {
    Project before = project;
    stack.push(setVerdictNote(project, "a", "m1", "N"));
    stack.push(setVerdictNote(project, "a", "m1", "No"));
    const Verdict* verdict = project.cases[0].findVerdict("m1");
    ASSERT_NE(verdict, nullptr);
    EXPECT_EQ(verdict->value, VerdictValue::NotAssessed);
    EXPECT_EQ(verdict->note, "No");
    stack.undo();  // the merged edits go as one, verdict and all
    EXPECT_EQ(project, before);
    stack.redo();
    EXPECT_EQ(project.cases[0].findVerdict("m1")->note, "No");

    test::tick(project, "b", "m2", VerdictValue::Supported, true);
    pushAndCheckUndo(setVerdictNote(project, "b", "m2", "Seen in the chat."));
    EXPECT_EQ(project.cases[1].findVerdict("m2")->value, VerdictValue::Supported);
    EXPECT_EQ(project.cases[1].findVerdict("m2")->evidence.size(), 1u);
    EXPECT_EQ(setVerdictNote(project, "a", "nope", "x"), nullptr);
    EXPECT_EQ(setVerdictNote(project, "a", "m2", ""), nullptr);  // nothing to note, nothing to make
}

TEST_F(ProjectEdits, MetaFieldsChange) {
    Meta meta = project.meta;
    meta.title = "New title";
    pushAndCheckUndo(changeMeta(project, meta, MetaField::Title));
    meta.authors = {"A. Uthor", "B. Writer"};
    pushAndCheckUndo(changeMeta(project, meta, MetaField::Authors));
    EXPECT_EQ(project.meta.authors.size(), 2u);
    EXPECT_EQ(project.meta.title, "New title");
}

TEST_F(ProjectEdits, AddTheoryMakesAnIdFromTheName) {
    pushAndCheckUndo(addTheory(project, Theory{{}, "Revised theory", {}, {}, {}}));
    EXPECT_NE(project.findTheory("revised-theory"), nullptr);
    stack.push(addTheory(project, Theory{{}, "Revised theory", {}, {}, {}}));
    EXPECT_NE(project.findTheory("revised-theory-2"), nullptr);
    EXPECT_EQ(addTheory(project, Theory{"t", "Clash", {}, {}, {}}), nullptr);
}

TEST_F(ProjectEdits, TheoryTextChangesAndMerges) {
    pushAndCheckUndo(setTheoryText(project, "t", TheoryField::Name, "Renamed"));
    EXPECT_EQ(project.theories[0].name, "Renamed");
    pushAndCheckUndo(setTheoryText(project, "t", TheoryField::Description, "Why"));
    EXPECT_EQ(project.theories[0].description, "Why");
    std::size_t count = stack.count();
    stack.push(setTheoryText(project, "t", TheoryField::Name, "R"));
    stack.push(setTheoryText(project, "t", TheoryField::Name, "Re"));
    EXPECT_EQ(stack.count(), count + 1);
    EXPECT_EQ(setTheoryText(project, "nope", TheoryField::Name, "x"), nullptr);
}

TEST_F(ProjectEdits, DuplicateTheoryKeepsNodeIdsUnderANewTheoryId) {
    pushAndCheckUndo(duplicateTheory(project, "t"));
    ASSERT_EQ(project.theories.size(), 2u);
    const Theory& copy = project.theories[1];
    EXPECT_NE(copy.id, "t");
    EXPECT_EQ(copy.name, "Chain theory (copy)");
    EXPECT_EQ(copy.nodes, project.theories[0].nodes);
    EXPECT_EQ(copy.links, project.theories[0].links);
    stack.push(duplicateTheory(project, "t", "Second go"));
    EXPECT_EQ(project.theories[1].id, "second-go");  // right after the original
    EXPECT_EQ(duplicateTheory(project, "nope"), nullptr);
}

TEST_F(ProjectEdits, RemoveTheoryRefusesTheLastOneAndSaysWhy) {
    std::string why;
    why = refusalOf(removeTheory(project, "t"));
    EXPECT_FALSE(why.empty());
    EXPECT_EQ(removeTheory(project, "nope"), nullptr);
}

TEST_F(ProjectEdits, RemoveTheoryDropsVerdictsOnlyOnNodesNoOtherTheoryHas) {
    Theory other{"u", "Other", "", {}, {}};
    Node lone;
    lone.id = "lone";
    lone.label = "Lone";
    other.nodes.push_back(lone);
    other.nodes.push_back(*project.theories[0].findNode("m1"));
    project.theories.push_back(other);
    test::tick(project, "a", "lone", VerdictValue::Supported, true);
    test::tick(project, "a", "m1", VerdictValue::Refuted, true);
    pushAndCheckUndo(removeTheory(project, "u"));
    EXPECT_EQ(project.findTheory("u"), nullptr);
    EXPECT_EQ(project.cases[0].findVerdict("lone"), nullptr);
    EXPECT_NE(project.cases[0].findVerdict("m1"), nullptr);  // theory t still has m1
}

TEST_F(ProjectEdits, RemoveTheoryRefusesWhileAConditionUsesItsOwnNode) {
    project.theories.push_back(Theory{"u", "Other", "", {Node{"lone", NodeKind::Mechanism, {}, "Lone", {}, {}, {}}}, {}});
    Condition condition;
    condition.id = "c1";
    condition.node = "lone";
    project.conditions.push_back(condition);
    std::string why;
    why = refusalOf(removeTheory(project, "u"));
    EXPECT_NE(why.find("c1"), std::string::npos);
}

TEST_F(ProjectEdits, SourceFieldsChange) {
    Source source = *project.findSource("doc");
    source.title = "Council letter";
    pushAndCheckUndo(changeSource(project, source, SourceField::Title));
    source.kind = SourceKind::Interview;
    source.date = "2021-03";
    source.text = "line one\nline two";
    pushAndCheckUndo(changeSource(project, source, SourceField::Text));
    EXPECT_EQ(*project.findSource("doc"), source);
    source.id = "nope";
    EXPECT_EQ(changeSource(project, source, SourceField::Title), nullptr);
}

TEST_F(ProjectEdits, RemoveSourceRefusesWhileCitedAndSaysByWhat) {
    std::string why;
    why = refusalOf(removeSource(project, "doc"));  // every node and link cites it
    EXPECT_NE(why.find("Intervention"), std::string::npos);
    for (Node& node : project.theories[0].nodes) node.refs.clear();
    why.clear();
    why = refusalOf(removeSource(project, "doc"));
    EXPECT_FALSE(why.empty());  // the links still do
    for (Link& link : project.theories[0].links) link.refs.clear();
    test::tick(project, "b", "m1", VerdictValue::Supported, true);
    project.cases[1].findVerdict("m1")->evidence[0].ref.source = "doc";
    why.clear();
    why = refusalOf(removeSource(project, "doc"));
    EXPECT_NE(why.find("Beta"), std::string::npos);
    project.cases[1].findVerdict("m1")->evidence[0].ref.source.clear();
    pushAndCheckUndo(removeSource(project, "doc"));
    EXPECT_TRUE(project.sources.empty());
}

TEST_F(ProjectEdits, InformantChangesAndRemovalWaitsForItsQuotes) {
    Informant informant = *project.findInformant("inf-1");
    informant.role = "wijkagent";
    informant.note = "Joined later.";
    pushAndCheckUndo(changeInformant(project, informant, InformantField::Role));
    EXPECT_EQ(project.findInformant("inf-1")->role, "wijkagent");
    informant.caseId = "nope";
    EXPECT_EQ(changeInformant(project, informant, InformantField::Case), nullptr);

    test::tick(project, "a", "m1", VerdictValue::Supported, true);
    project.cases[0].findVerdict("m1")->evidence[0].informant = "inf-1";
    std::string why;
    why = refusalOf(removeInformant(project, "inf-1"));
    EXPECT_NE(why.find("Alpha"), std::string::npos);
    project.cases[0].findVerdict("m1")->evidence[0].informant.clear();
    pushAndCheckUndo(removeInformant(project, "inf-1"));
    EXPECT_TRUE(project.informants.empty());
}

TEST_F(ProjectEdits, AddAttributeMakesAKeyFromTheLabel) {
    pushAndCheckUndo(addAttribute(project, AttributeDef{{}, "Start date", AttributeType::Date, "", "", {}}));
    ASSERT_NE(project.findAttribute("start-date"), nullptr);
    EXPECT_EQ(project.findAttribute("start-date")->type, AttributeType::Date);
    EXPECT_EQ(addAttribute(project, AttributeDef{"members", "Again", AttributeType::Text, "", "", {}}), nullptr);
}

TEST_F(ProjectEdits, ChangeAttributeRefusesATypeOrScaleThatAValueWouldNotFit) {
    AttributeDef members = *project.findAttribute("members");
    members.label = "Members (n)";
    members.unit = "people";
    members.group = "Size";
    pushAndCheckUndo(changeAttribute(project, members));
    EXPECT_EQ(project.findAttribute("members")->unit, "people");

    AttributeDef asFlag = members;
    asFlag.type = AttributeType::Flag;  // "120" is no flag
    std::string why;
    why = refusalOf(changeAttribute(project, asFlag));
    EXPECT_NE(why.find("120"), std::string::npos);
    AttributeDef asText = members;
    asText.type = AttributeType::Text;  // every value is text
    EXPECT_NE(changeAttribute(project, asText), nullptr);

    AttributeDef urban = *project.findAttribute("urban");
    urban.scale = {"low", "middle"};  // case b's "high" drops off the scale
    EXPECT_EQ(changeAttribute(project, urban), nullptr);
    urban.scale = {"very low", "low", "mid", "high"};
    pushAndCheckUndo(changeAttribute(project, urban));
    urban.key = "nope";
    EXPECT_EQ(changeAttribute(project, urban), nullptr);
}

TEST_F(ProjectEdits, RemoveAttributeTakesEveryCasesValueAndUndoRestoresThem) {
    pushAndCheckUndo(removeAttribute(project, "members"));
    EXPECT_EQ(project.findAttribute("members"), nullptr);
    EXPECT_EQ(project.cases[0].findValue("members"), nullptr);
    EXPECT_EQ(project.cases[1].findValue("members"), nullptr);
    EXPECT_NE(project.cases[1].findValue("urban"), nullptr);
    stack.undo();
    EXPECT_EQ(project.cases[1].values[0].value, "80");  // back in its place

    Condition condition;
    condition.id = "big";
    condition.attribute = "urban";
    project.conditions.push_back(condition);
    std::string why;
    why = refusalOf(removeAttribute(project, "urban"));
    EXPECT_NE(why.find("big"), std::string::npos);
    EXPECT_EQ(removeAttribute(project, "nope"), nullptr);
}

TEST_F(ProjectEdits, CategoriesAddChangeAndRemoveWithTheirCounts) {
    pushAndCheckUndo(addCategory(project, Category{{}, "Verdachte situatie", true}));
    EXPECT_NE(project.findCategory("verdachte-situatie"), nullptr);
    EXPECT_EQ(addCategory(project, Category{"alarm", "Again", false}), nullptr);

    Category alarm = *project.findCategory("alarm");
    alarm.label = "Alarmering";
    alarm.safety = false;
    pushAndCheckUndo(changeCategory(project, alarm));
    EXPECT_FALSE(project.findCategory("alarm")->safety);
    EXPECT_EQ(changeCategory(project, Category{"nope", "x", false}), nullptr);

    pushAndCheckUndo(removeCategory(project, "alarm"));
    EXPECT_EQ(project.findCategory("alarm"), nullptr);
    EXPECT_TRUE(project.cases[0].messages.counts.empty());
    EXPECT_EQ(removeCategory(project, "nope"), nullptr);
}

TEST_F(ProjectEdits, CommandsHaveNamesForTheUndoMenu) {
    stack.push(setCaseText(project, "a", CaseField::Name, "Alphen"));
    EXPECT_EQ(stack.undoText(), "Rename case Alpha");
    stack.push(duplicateTheory(project, "t"));
    EXPECT_EQ(stack.undoText(), "Duplicate theory “Chain theory”");
    stack.push(removeAttribute(project, "members"));
    EXPECT_EQ(stack.undoText(), "Delete attribute “Members”");
}

}  // namespace
}  // namespace rw
