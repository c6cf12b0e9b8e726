// Crisp-set QCA on small hand-computed tables: contradictions, missing values, ambiguity
// (several minimal models), and requests that cannot run.

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "model/analysis/analysis_qca.h"

namespace rw {
namespace {

// A project with flag attributes a, b, c, y and conditions A, B, C, Y on them; each case is
// written "abc y" with 1, 0, or ? for a missing value ("110 1", "1?0 0").
Project flagProject(const std::vector<std::string>& rows) {
    Project project;
    project.theories.push_back({"t", "T", "", {}, {}});
    for (const char* key : {"a", "b", "c", "y"}) {
        project.attributes.push_back({key, key, AttributeType::Flag, "", "", {}});
        Condition condition;
        condition.id = std::string(1, static_cast<char>(std::toupper(key[0])));
        condition.attribute = key;
        condition.value = "true";
        project.conditions.push_back(condition);
    }
    int number = 0;
    for (const std::string& row : rows) {
        Case c;
        c.id = "c" + std::to_string(++number);
        c.name = c.id;
        const char* keys[] = {"a", "b", "c", "y"};
        std::string digits = row.substr(0, 3) + row.substr(4, 1);
        for (std::size_t i = 0; i < 4; ++i)
            if (digits[i] != '?') c.values.push_back({keys[i], digits[i] == '1' ? "true" : "false", ""});
        project.cases.push_back(c);
    }
    return project;
}

QcaResult run(const Project& project, double threshold = 1.0, bool remainders = true) {
    QcaRequest request;
    request.outcome = "Y";
    request.conditions = {"A", "B", "C"};
    request.includeRemainders = remainders;
    request.consistencyThreshold = threshold;
    return runQca(project, request);
}

std::vector<std::string> formulas(const QcaResult& result, const Solution& solution) {
    std::vector<std::string> out;
    for (const Model& model : solution.models) out.push_back(formatModel(model, result.names));
    return out;
}

// Worked by hand: rows 000 (0/1), 011 (1/2, contradictory), 100 (0/1), 110 (2/2).
const std::vector<std::string> kContradictory = {"110 1", "110 1", "100 0", "011 1", "011 0", "000 0"};

TEST(Qca, HandComputedTruthTableFlagsTheContradiction) {
    QcaResult result = run(flagProject(kContradictory));
    ASSERT_TRUE(result) << result.error;
    ASSERT_EQ(result.table.rows.size(), 4u);
    const TruthTableRow& contradiction = result.table.rows[1];
    EXPECT_EQ(formatConfiguration(contradiction.configuration, 3), "011");
    EXPECT_TRUE(contradiction.contradictory());
    EXPECT_FALSE(contradiction.outcome);  // 1/2 is below the threshold of 1
    EXPECT_THAT(contradiction.caseIds, ::testing::ElementsAre("c4", "c5"));
    EXPECT_EQ(result.table.positiveCases, 3);
    EXPECT_TRUE(result.table.rows[3].outcome);
    EXPECT_FALSE(result.table.rows[3].contradictory());
}

TEST(Qca, ContradictionCountsAsZeroByDefault) {
    QcaResult result = run(flagProject(kContradictory));
    EXPECT_THAT(formulas(result, result.conservative), ::testing::ElementsAre("A*B*~C"));
    const Model& m = result.conservative.models[0];
    EXPECT_EQ(m.terms[0].consistency, (Ratio{2, 2}));
    EXPECT_EQ(m.coverage, (Ratio{2, 3}));  // c4 shows the outcome but stays unexplained
}

TEST(Qca, LowerThresholdLetsTheContradictoryRowIn) {
    QcaResult result = run(flagProject(kContradictory), 0.5);
    EXPECT_THAT(formulas(result, result.conservative), ::testing::ElementsAre("A*B*~C + ~A*B*C"));
    const Model& m = result.conservative.models[0];
    EXPECT_EQ(m.terms[1].consistency, (Ratio{1, 2}));
    EXPECT_THAT(m.terms[1].deviantCaseIds, ::testing::ElementsAre("c5"));
    EXPECT_EQ(m.consistency, (Ratio{3, 4}));
    EXPECT_EQ(m.coverage, (Ratio{3, 3}));
}

// With remainders, 110 can grow into 11- or -10 (both avoid 000, 011 and 100): two equally short
// models, and both must be listed.
TEST(Qca, AmbiguousParsimoniousSolutionListsEveryMinimalModel) {
    QcaResult result = run(flagProject(kContradictory));
    ASSERT_TRUE(result.parsimonious);
    EXPECT_EQ(result.parsimonious->modelCount, 2u);
    EXPECT_THAT(formulas(result, *result.parsimonious), ::testing::ElementsAre("A*B", "B*~C"));
    EXPECT_TRUE(result.parsimonious->essential.empty());
    for (const Model& m : result.parsimonious->models) EXPECT_EQ(m.coverage, (Ratio{2, 3}));
    // A*B assumes the remainder 111; B*~C assumes 010.
    EXPECT_EQ(result.parsimonious->models[0].simplifyingAssumptions, (std::vector<std::uint32_t>{0b111}));
    EXPECT_EQ(result.parsimonious->models[1].simplifyingAssumptions, (std::vector<std::uint32_t>{0b010}));
}

// Unique coverage counts only outcome cases that no other term of the same model covers.
TEST(Qca, UniqueCoverageExcludesOverlap) {
    // 11- and 1-1 overlap in 111.
    QcaResult result = run(flagProject({"110 1", "111 1", "101 1", "100 0", "011 0", "010 0", "001 0", "000 0"}));
    ASSERT_THAT(formulas(result, result.conservative), ::testing::ElementsAre("A*B + A*C"));
    const Model& m = result.conservative.models[0];
    EXPECT_EQ(m.terms[0].rawCoverage, (Ratio{2, 3}));
    EXPECT_EQ(m.terms[0].uniqueCoverage, (Ratio{1, 3}));
    EXPECT_EQ(m.terms[1].uniqueCoverage, (Ratio{1, 3}));
    EXPECT_EQ(m.coverage, (Ratio{3, 3}));
}

TEST(Qca, MissingValuesAreExcludedByDefaultAndSaySo) {
    QcaResult result = run(flagProject({"110 1", "1?0 1", "000 0", "00? 0"}));
    ASSERT_TRUE(result);
    EXPECT_EQ(result.cases.size(), 2u);
    ASSERT_EQ(result.excluded.size(), 2u);
    EXPECT_EQ(result.excluded[0].caseId, "c2");
    EXPECT_EQ(result.excluded[0].why, "no value for b");
    EXPECT_EQ(result.excluded[1].why, "no value for c");
}

TEST(Qca, MissingValuesCountAsThePolicySays) {
    Project project = flagProject({"110 1", "1?0 1", "000 0", "0?0 0"});
    project.conditions[1].missing = MissingPolicy::CountTrue;  // B
    QcaResult result = run(project);
    EXPECT_TRUE(result.excluded.empty());
    ASSERT_EQ(result.imputed.size(), 2u);
    EXPECT_EQ(result.imputed[0].caseId, "c2");
    EXPECT_EQ(result.imputed[0].condition, "B");
    EXPECT_TRUE(result.imputed[0].value);
    // c2 counted as 110, c4 as 010.
    EXPECT_EQ(result.table.rows.size(), 3u);
    project.conditions[1].missing = MissingPolicy::CountFalse;
    QcaResult asFalse = run(project);
    EXPECT_FALSE(asFalse.imputed[0].value);
    EXPECT_EQ(asFalse.table.rows[1].configuration, 0b100u);  // c2 as 100
}

TEST(Qca, NodeVerdictsAsConditionsAndOutcome) {
    Project project;
    Theory theory{"t", "T", "", {}, {}};
    for (const char* id : {"m", "o"}) {
        Node node;
        node.id = id;
        node.kind = std::string(id) == "m" ? NodeKind::Mechanism : NodeKind::Outcome;
        node.label = id;
        theory.nodes.push_back(node);
    }
    project.theories.push_back(theory);
    auto addCase = [&](const char* id, VerdictValue m, VerdictValue o) {
        Case c;
        c.id = id;
        c.name = id;
        if (m != VerdictValue::NotAssessed) c.verdicts.push_back({"m", m, "", {}});
        if (o != VerdictValue::NotAssessed) c.verdicts.push_back({"o", o, "", {}});
        project.cases.push_back(c);
    };
    addCase("x", VerdictValue::Supported, VerdictValue::Supported);
    addCase("y", VerdictValue::Refuted, VerdictValue::Refuted);
    addCase("z", VerdictValue::Mixed, VerdictValue::Supported);
    addCase("w", VerdictValue::Supported, VerdictValue::NotAssessed);
    QcaRequest request{"o", false, {"m"}, false, 1.0, {}};
    QcaResult result = runQca(project, request);
    ASSERT_TRUE(result) << result.error;
    EXPECT_EQ(result.cases.size(), 2u);
    ASSERT_EQ(result.excluded.size(), 2u);
    EXPECT_EQ(result.excluded[0].why, "? on m");
    EXPECT_EQ(result.excluded[1].why, "o not assessed");
    EXPECT_THAT(formulas(result, result.conservative), ::testing::ElementsAre("m"));
    // A project condition on the node may count ? as true.
    project.conditions.push_back({"m-or-mixed", "", "", "", "m", ConditionOp::Equal, "", MissingPolicy::Exclude,
                                  MissingPolicy::CountTrue});
    request.conditions = {"m-or-mixed"};
    QcaResult counted = runQca(project, request);
    EXPECT_EQ(counted.cases.size(), 3u);
    EXPECT_EQ(counted.imputed.size(), 1u);
}

TEST(Qca, NoCaseWithTheOutcomeGivesNoModel) {
    QcaResult result = run(flagProject({"110 0", "000 0"}));
    ASSERT_TRUE(result);
    EXPECT_EQ(result.conservative.modelCount, 0u);
    EXPECT_TRUE(result.conservative.models.empty());
    EXPECT_EQ(result.table.positiveCases, 0);
}

TEST(Qca, NegationSwapsTheOutcome) {
    QcaRequest request{"Y", true, {"A", "B", "C"}, false, 1.0, {}};
    QcaResult result = runQca(flagProject(kContradictory), request);
    EXPECT_EQ(result.table.positiveCases, 3);  // c3, c5, c6
    EXPECT_THAT(formulas(result, result.conservative), ::testing::ElementsAre("~B*~C"));
}

TEST(Qca, RefusesRequestsThatCannotRun) {
    Project project = flagProject({"110 1"});
    struct Bad {
        QcaRequest request;
        std::string error;
    };
    std::vector<Bad> table = {
        {{"nope", false, {"A"}, false, 1.0, {}}, "unknown outcome \"nope\" (neither a condition nor a node)"},
        {{"Y", false, {"A", "Z"}, false, 1.0, {}}, "unknown condition \"Z\" (neither a condition nor a node)"},
        {{"Y", false, {"A", "A"}, false, 1.0, {}}, "condition \"A\" is named twice"},
        {{"Y", false, {"A", "Y"}, false, 1.0, {}}, "\"Y\" is the outcome and cannot also be a condition"},
        {{"Y", false, {}, false, 1.0, {}}, "no conditions given"},
        {{"Y", false, {"A"}, false, 0.0, {}}, "the consistency threshold must lie in (0, 1]"},
        {{"Y", false, std::vector<std::string>(17, "A"), false, 1.0, {}}, "at most 16 conditions, not 17"},
    };
    for (const Bad& bad : table) {
        QcaResult result = runQca(project, bad.request);
        EXPECT_FALSE(result);
        EXPECT_EQ(result.error, bad.error);
        EXPECT_TRUE(result.table.rows.empty());
    }
}

}  // namespace
}  // namespace rw
