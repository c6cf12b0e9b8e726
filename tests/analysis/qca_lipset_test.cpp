// A published crisp-set analysis, reproduced exactly: Lipset's (1959) conditions for the survival
// of democracy in inter-war Europe, dichotomised and minimised in
//   Rihoux, B. & De Meur, G. (2009). Crisp-Set Qualitative Comparative Analysis (csQCA). In
//   B. Rihoux & C. C. Ragin (eds.), Configurational Comparative Methods, Sage, 33–68
//   (conservative solution p. 57),
// and distributed as data set `LC` with the R package QCA (A. Dusa), whose documentation of
// minimize() prints the truth table, the solutions and their parameters of fit that the tests
// below expect (conservative and parsimonious, for SURV and for ~SURV).
//
// Conditions: DEV (GNP per capita ≥ 550 USD), URB (urbanisation ≥ 50%), LIT (literacy ≥ 75%),
// IND (industrial labour force ≥ 30%), STB (fewer than 10 cabinets); outcome SURV.

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "model/analysis/analysis_qca.h"

namespace rw {
namespace {

struct LipsetCase {
    const char* country;
    const char* conditions;  // DEV URB LIT IND STB
    bool survived;
};

const LipsetCase kLipset[] = {
    {"AU", "10110", false}, {"BE", "11111", true},  {"CZ", "11111", true},  {"EE", "00101", false},
    {"FI", "10101", true},  {"FR", "10111", true},  {"DE", "11110", false}, {"GR", "00000", false},
    {"HU", "00100", false}, {"IE", "10101", true},  {"IT", "00001", false}, {"NL", "11111", true},
    {"PL", "00100", false}, {"PT", "00000", false}, {"RO", "00001", false}, {"ES", "00000", false},
    {"SE", "10111", true},  {"UK", "11111", true},
};

const std::vector<std::string> kNames = {"DEV", "URB", "LIT", "IND", "STB"};

// The same data as a project: flags per case and one condition per flag.
Project lipsetProject() {
    Project project;
    project.theories.push_back({"t", "Lipset", "", {}, {}});
    for (const std::string& name : kNames) {
        project.attributes.push_back({name, name, AttributeType::Flag, "", "", {}});
        Condition condition;
        condition.id = name;
        condition.attribute = name;
        condition.op = ConditionOp::Equal;
        condition.value = "true";
        project.conditions.push_back(condition);
    }
    project.attributes.push_back({"survived", "Survived", AttributeType::Flag, "", "", {}});
    project.conditions.push_back({"SURV", "Survival of democracy", "", "survived", "", ConditionOp::Equal, "true",
                                  MissingPolicy::Exclude, MissingPolicy::Exclude});
    for (const LipsetCase& l : kLipset) {
        Case c;
        c.id = l.country;
        c.name = l.country;
        for (std::size_t i = 0; i < kNames.size(); ++i)
            c.values.push_back({kNames[i], l.conditions[i] == '1' ? "true" : "false", ""});
        c.values.push_back({"survived", l.survived ? "true" : "false", ""});
        project.cases.push_back(c);
    }
    return project;
}

QcaResult analyse(bool negate) {
    QcaRequest request;
    request.outcome = "SURV";
    request.negateOutcome = negate;
    request.conditions = kNames;
    request.includeRemainders = true;
    return runQca(lipsetProject(), request);
}

std::vector<std::string> formulas(const QcaResult& result, const Solution& solution) {
    std::vector<std::string> out;
    for (const Model& model : solution.models) out.push_back(formatModel(model, result.names));
    return out;
}

TEST(Lipset, TruthTableAsPublished) {
    QcaResult result = analyse(false);
    ASSERT_TRUE(result) << result.error;
    EXPECT_EQ(result.cases.size(), 18u);
    EXPECT_EQ(result.table.positiveCases, 8);
    // Nine observed configurations (QCA row numbers 1, 2, 5, 6, 22, 23, 24, 31, 32), none contradictory.
    std::vector<std::string> rows;
    for (const TruthTableRow& row : result.table.rows) {
        rows.push_back(formatConfiguration(row.configuration, 5) + " " + (row.outcome ? "1" : "0") + " " +
                       std::to_string(row.cases()));
        EXPECT_FALSE(row.contradictory());
    }
    EXPECT_THAT(rows, ::testing::ElementsAre("00000 0 3", "00001 0 2", "00100 0 2", "00101 0 1", "10101 1 2",
                                             "10110 0 1", "10111 1 2", "11110 0 1", "11111 1 4"));
    EXPECT_EQ(result.table.remainders().size(), 23u);
}

// "M1: DEV*~URB*LIT*STB + DEV*LIT*IND*STB <=> SURV", inclS 1.000 / 1.000, covS 0.500 / 0.750,
// covU 0.250 / 0.500, solution 1.000 / 1.000.
TEST(Lipset, ConservativeSolutionAndFitAsPublished) {
    QcaResult result = analyse(false);
    const Solution& solution = result.conservative;
    EXPECT_EQ(solution.modelCount, 1u);
    EXPECT_THAT(formulas(result, solution), ::testing::ElementsAre("DEV*~URB*LIT*STB + DEV*LIT*IND*STB"));
    const Model& m = solution.models[0];
    EXPECT_EQ(m.terms[0].consistency, (Ratio{4, 4}));
    EXPECT_EQ(m.terms[0].rawCoverage, (Ratio{4, 8}));
    EXPECT_EQ(m.terms[0].uniqueCoverage, (Ratio{2, 8}));
    EXPECT_EQ(m.terms[1].consistency, (Ratio{6, 6}));
    EXPECT_EQ(m.terms[1].rawCoverage, (Ratio{6, 8}));
    EXPECT_EQ(m.terms[1].uniqueCoverage, (Ratio{4, 8}));
    EXPECT_EQ(m.consistency, (Ratio{8, 8}));
    EXPECT_EQ(m.coverage, (Ratio{8, 8}));
    EXPECT_THAT(m.terms[0].caseIds, ::testing::ElementsAre("FI", "FR", "IE", "SE"));
    EXPECT_THAT(m.terms[1].caseIds, ::testing::ElementsAre("BE", "CZ", "FR", "NL", "SE", "UK"));
    EXPECT_EQ(solution.essential.size(), 2u);
}

// "M1: DEV*STB <=> SURV", covS 1.000, with the simplifying assumptions at rows 18, 20, 26, 28, 30.
TEST(Lipset, ParsimoniousSolutionAndSimplifyingAssumptionsAsPublished) {
    QcaResult result = analyse(false);
    ASSERT_TRUE(result.parsimonious);
    EXPECT_EQ(result.parsimonious->modelCount, 1u);
    EXPECT_THAT(formulas(result, *result.parsimonious), ::testing::ElementsAre("DEV*STB"));
    const Model& m = result.parsimonious->models[0];
    EXPECT_EQ(m.terms[0].rawCoverage, (Ratio{8, 8}));
    EXPECT_EQ(m.terms[0].consistency, (Ratio{8, 8}));
    std::vector<std::uint32_t> rowNumbers;
    for (std::uint32_t configuration : m.simplifyingAssumptions) rowNumbers.push_back(configuration + 1);
    EXPECT_THAT(rowNumbers, ::testing::ElementsAre(18u, 20u, 26u, 28u, 30u));
}

// Negated outcome: "M1: ~DEV*~URB*~IND + DEV*LIT*IND*~STB <=> ~SURV" (conservative) and
// "M1: ~DEV + ~STB <=> ~SURV" with covS 0.800 / 0.700 and covU 0.300 / 0.200 (parsimonious).
TEST(Lipset, NegatedOutcomeAsPublished) {
    QcaResult result = analyse(true);
    ASSERT_TRUE(result) << result.error;
    EXPECT_EQ(result.outcomeName(), "~SURV");
    EXPECT_EQ(result.table.positiveCases, 10);
    EXPECT_THAT(formulas(result, result.conservative), ::testing::ElementsAre("~DEV*~URB*~IND + DEV*LIT*IND*~STB"));
    ASSERT_TRUE(result.parsimonious);
    EXPECT_THAT(formulas(result, *result.parsimonious), ::testing::ElementsAre("~DEV + ~STB"));
    const Model& m = result.parsimonious->models[0];
    EXPECT_EQ(m.terms[0].rawCoverage, (Ratio{8, 10}));
    EXPECT_EQ(m.terms[0].uniqueCoverage, (Ratio{3, 10}));
    EXPECT_EQ(m.terms[1].rawCoverage, (Ratio{7, 10}));
    EXPECT_EQ(m.terms[1].uniqueCoverage, (Ratio{2, 10}));
    EXPECT_EQ(m.coverage, (Ratio{10, 10}));
    EXPECT_EQ(m.consistency, (Ratio{10, 10}));
}

// The engine alone, on the binarised cases, agrees with the project route.
TEST(Lipset, EngineOnCrispCases) {
    std::vector<CrispCase> cases;
    for (const LipsetCase& l : kLipset)
        cases.push_back({l.country, static_cast<std::uint32_t>(std::stoul(l.conditions, nullptr, 2)), l.survived});
    TruthTable table = buildTruthTable(5, cases);
    Solution conservative = solveTruthTable(table, cases, SolutionKind::Conservative);
    ASSERT_EQ(conservative.models.size(), 1u);
    EXPECT_EQ(formatModel(conservative.models[0], kNames), "DEV*~URB*LIT*STB + DEV*LIT*IND*STB");
    Solution parsimonious = solveTruthTable(table, cases, SolutionKind::Parsimonious);
    ASSERT_EQ(parsimonious.models.size(), 1u);
    EXPECT_EQ(formatModel(parsimonious.models[0], kNames), "DEV*STB");
}

}  // namespace
}  // namespace rw
