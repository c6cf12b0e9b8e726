// Conditions are edited through undoable commands that refuse what the file reader refuses, so an
// edited project always saves and reads back equal.

#include <gtest/gtest.h>

#include "model/analysis/analysis_support.h"
#include "model/core/conditions.h"
#include "model/edit/edits_conditions.h"
#include "model/edit/undo_stack.h"
#include "model/format/xml_reader.h"
#include "model/format/xml_writer.h"
#include "tests/test_projects.h"

namespace rw {
namespace {

using namespace rw::edits;

class ConditionEdits : public ::testing::Test {
protected:
    void SetUp() override {
        LoadResult loaded = loadProject(test::sourcePath("samples/rotterdam-digitale-buurtpreventie.realist"));
        ASSERT_TRUE(loaded) << loaded.error.toString();
        project = *loaded.project;
    }

    static Condition attributeCondition(const std::string& id, const std::string& attribute, ConditionOp op,
                                        const std::string& value) {
        Condition c;
        c.id = id;
        c.attribute = attribute;
        c.op = op;
        c.value = value;
        return c;
    }

    void pushAndCheckUndo(CommandPtr command) { test::pushAndCheckUndo(project, stack, std::move(command)); }

    // The file must hold what the edit made: write, read back, compare.
    void expectRoundTrip() {
        LoadResult reread = readProject(writeProject(project), "edited.realist");
        ASSERT_TRUE(reread) << reread.error.toString();
        EXPECT_EQ(reread.project->conditions, project.conditions);
    }

    Project project;
    UndoStack stack{project};
};

TEST_F(ConditionEdits, AddAnOrdinalConditionThatSplitsTheCases) {
    Condition c = attributeCondition("", "dekking", ConditionOp::AtLeast, "++");
    c.label = "Redelijke dekking";
    std::size_t before = project.conditions.size();
    pushAndCheckUndo(addCondition(project, c));
    ASSERT_EQ(project.conditions.size(), before + 1);
    EXPECT_EQ(project.conditions.back().id, "redelijke-dekking");  // made from the label
    EXPECT_EQ(stack.undoText(), "Add condition “Redelijke dekking”");
    // It is usable at once: the split groups the cases by it.
    auto grouping = groupCases(project, "redelijke-dekking");
    ASSERT_TRUE(grouping);
    EXPECT_EQ(grouping->by, Grouping::By::Condition);
    expectRoundTrip();
}

TEST_F(ConditionEdits, AVerdictConditionWithPolicies) {
    Condition c;
    c.id = "ogen-en-oren";
    c.node = "ogen-oren";
    c.missing = MissingPolicy::CountFalse;
    c.mixed = MissingPolicy::CountTrue;
    pushAndCheckUndo(addCondition(project, c));
    EXPECT_EQ(*findCondition(project, "ogen-en-oren"), c);
    expectRoundTrip();
}

TEST_F(ConditionEdits, RefusesWhatTheReaderRefuses) {
    struct Row {
        const char* what;
        Condition condition;
    };
    Condition verdictWithValue;
    verdictWithValue.id = "v";
    verdictWithValue.node = "kortere-lijntjes";
    verdictWithValue.value = "ja";
    Condition attributeWithMixed = attributeCondition("m", "grootte", ConditionOp::Equal, "klein");
    attributeWithMixed.mixed = MissingPolicy::CountTrue;
    Condition both = attributeCondition("b", "grootte", ConditionOp::Equal, "klein");
    both.node = "kortere-lijntjes";
    Condition unknownNode;
    unknownNode.id = "u";
    unknownNode.node = "no-such-node";
    const Row rows[] = {
        {"unknown attribute", attributeCondition("x", "no-such-key", ConditionOp::Equal, "1")},
        {"unknown node", unknownNode},
        {"both attribute and node", both},
        {"ordering on a text attribute", attributeCondition("x", "beheerder", ConditionOp::AtLeast, "Bew")},
        {"contains on an ordinal", attributeCondition("x", "dekking", ConditionOp::Contains, "+")},
        {"value off the scale", attributeCondition("x", "dekking", ConditionOp::AtLeast, "+++++")},
        {"not a number", attributeCondition("x", "index-veiligheid", ConditionOp::AtLeast, "hoog")},
        {"no value", attributeCondition("x", "grootte", ConditionOp::Equal, "")},
        {"duplicate id", attributeCondition("klein-gebied", "grootte", ConditionOp::Equal, "groot")},
        {"id equal to an attribute key", attributeCondition("grootte", "grootte", ConditionOp::Equal, "groot")},
        {"id with whitespace", attributeCondition("groot gebied", "grootte", ConditionOp::Equal, "groot")},
        {"verdict condition with a value", verdictWithValue},
        {"? policy on an attribute condition", attributeWithMixed},
    };
    for (const Row& row : rows) {
        EXPECT_EQ(addCondition(project, row.condition), nullptr) << row.what;
        EXPECT_FALSE(whyConditionRefused(project, row.condition).empty()) << row.what;
    }
    // Every refusal left the project alone.
    EXPECT_FALSE(stack.canUndo());
}

TEST_F(ConditionEdits, ChangeKeepsThePlaceAndMayRename) {
    const Condition* old = findCondition(project, "veilige-buurt");
    ASSERT_NE(old, nullptr);
    std::size_t index = static_cast<std::size_t>(old - project.conditions.data());
    Condition updated = *old;
    updated.id = "zeer-veilige-buurt";
    updated.value = "110";
    pushAndCheckUndo(changeCondition(project, "veilige-buurt", updated));
    EXPECT_EQ(project.conditions[index], updated);
    EXPECT_EQ(findCondition(project, "veilige-buurt"), nullptr);
    expectRoundTrip();
    // Keeping its own id is no duplicate; taking another's is.
    Condition same = updated;
    same.label = "Zeer veilig";
    EXPECT_NE(changeCondition(project, "zeer-veilige-buurt", same), nullptr);
    same.id = "klein-gebied";
    EXPECT_EQ(changeCondition(project, "zeer-veilige-buurt", same), nullptr);
    EXPECT_EQ(changeCondition(project, "no-such-condition", updated), nullptr);
    Condition badOp = updated;
    badOp.op = ConditionOp::Contains;  // contains needs a text attribute; index is a number
    EXPECT_EQ(changeCondition(project, "zeer-veilige-buurt", badOp), nullptr);
}

TEST_F(ConditionEdits, RemoveAndUndoRestoresTheOrder) {
    std::vector<Condition> before = project.conditions;
    pushAndCheckUndo(removeCondition(project, "hoge-dekking"));
    EXPECT_EQ(findCondition(project, "hoge-dekking"), nullptr);
    EXPECT_EQ(project.conditions.size(), before.size() - 1);
    stack.undo();
    EXPECT_EQ(project.conditions, before);
    EXPECT_EQ(removeCondition(project, "no-such-condition"), nullptr);
}

TEST_F(ConditionEdits, GeneratedIdsAvoidConditionsAndAttributeKeys) {
    Condition c = attributeCondition("", "grootte", ConditionOp::Equal, "groot");
    c.label = "Grootte";  // slugifies to the attribute key "grootte"
    auto command = addCondition(project, c);
    ASSERT_NE(command, nullptr);
    stack.push(std::move(command));
    EXPECT_EQ(project.conditions.back().id, "grootte-2");
    c.label = "Klein gebied";  // slugifies to an existing condition
    stack.push(addCondition(project, c));
    EXPECT_EQ(project.conditions.back().id, "klein-gebied-2");
}

}  // namespace
}  // namespace rw
