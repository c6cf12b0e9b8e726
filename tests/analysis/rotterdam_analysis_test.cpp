// The Rotterdam sample: the analyses reproduce the study's own cross-case observations, with
// their counts. Line numbers refer to the study text (seeds/000_469f58c57587ea32.txt).

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "model/analysis/analysis_diff.h"
#include "model/analysis/analysis_qca.h"
#include "model/analysis/analysis_support.h"
#include "model/checks/checks.h"
#include "model/core/conditions.h"
#include "model/format/xml_reader.h"
#include "tests/test_projects.h"

namespace rw {
namespace {

using ::testing::ElementsAre;

class RotterdamAnalysis : public ::testing::Test {
protected:
    void SetUp() override {
        LoadResult loaded = loadProject(test::sourcePath("samples/rotterdam-digitale-buurtpreventie.realist"));
        ASSERT_TRUE(loaded) << loaded.error.toString();
        project = *loaded.project;
        ASSERT_NE(project.findTheory("impliciet"), nullptr);
        ASSERT_NE(project.findTheory("herzien"), nullptr);
    }

    // Returns the split of a node by a grouping, as "label: k/n" per group.
    std::vector<std::string> split(const std::string& by, const std::string& node) {
        auto grouping = groupCases(project, by);
        EXPECT_TRUE(grouping) << by;
        std::vector<std::string> cells;
        for (const NodeSplit& s : splitSupport(project, project.theories[0], *grouping)) {
            if (s.nodeId != node) continue;
            for (std::size_t g = 0; g < s.groups.size(); ++g)
                cells.push_back(grouping->groups[g].label + ": " + std::to_string(s.groups[g].supported.size()) + "/" +
                                std::to_string(s.groups[g].assessed()));
        }
        return cells;
    }

    std::vector<std::string> groupCasesOf(const std::string& by, const std::string& label) {
        std::optional<Grouping> grouping = groupCases(project, by);
        for (const CaseGroup& g : grouping->groups)
            if (g.label == label) return g.caseIds;
        return {};
    }

    Project project;
};

// "In vier van de tien groepen melden betrokkenen verder dat de lijntjes tussen bewoners en
// overheidsprofessionals korter zijn geworden. Betrokkenen zeggen daarbij de (zichtbare) deelname
// van professionals aan de appgroep te waarderen" (lines 1311-1315): all four are groups in which
// professionals take part; where the wijkagent takes part 4 of 5, where he does not 0 of 5.
TEST_F(RotterdamAnalysis, KorteLijntjesOnlyWhereProfessionalsTakePart) {
    EXPECT_THAT(split("wijkagent-neemt-deel", "kortere-lijntjes"), ElementsAre("yes: 4/5", "no: 0/5"));
    EXPECT_THAT(split("professionals-nemen-deel", "kortere-lijntjes"), ElementsAre("yes: 4/6", "no: 0/4"));
    EXPECT_THAT(split("professionals", "kortere-lijntjes"), ElementsAre("-: 0/4", "G: 0/1", "W: 1/1", "W, G: 3/4"));
    EXPECT_THAT(groupCasesOf("kortere-lijntjes-ervaren", "yes"), ElementsAre("bb", "ess", "tide", "land"));
}

// "de Veiligebuurt-groepen zonder beheerder die geen enkel positief resultaat laten zien: niet op
// het niveau van effecten en ook niet op het niveau van mechanismen" (lines 1329-1331).
TEST_F(RotterdamAnalysis, GroupsWithoutModeratorShowNothingPositive) {
    EXPECT_THAT(groupCasesOf("actieve-beheerder", "no"), ElementsAre("heij", "zvk"));
    auto grouping = groupCases(project, "actieve-beheerder");
    int checked = 0;
    for (const NodeSplit& s : splitSupport(project, project.theories[0], *grouping)) {
        const Node* node = project.theories[0].findNode(s.nodeId);
        if (node->kind != NodeKind::Mechanism && node->kind != NodeKind::Outcome) continue;
        EXPECT_EQ(s.groups[1].supported.size(), 0u) << s.nodeId;
        EXPECT_EQ(s.groups[1].assessed(), 2) << s.nodeId;
        ++checked;
    }
    EXPECT_EQ(checked, 8);  // five mechanisms, three outcomes
}

// "de whatsappgroep die ... de meeste resultaten boekt ... voldoet ook in belangrijke mate aan de
// hiervoor beschreven succesfactoren" (lines 1322-1328): Tide is the only case with all four, and
// the only one with leefbaarheid.
TEST_F(RotterdamAnalysis, TheMostSuccessfulGroupMeetsEverySuccessFactor) {
    QcaRequest request;
    request.outcome = "leefbaarheid";
    request.conditions = {"klein-gebied", "hoge-dekking", "actieve-beheerder", "professionals-nemen-deel"};
    QcaResult result = runQca(project, request);
    ASSERT_TRUE(result) << result.error;
    const TruthTableRow& all = result.table.rows.back();
    EXPECT_EQ(formatConfiguration(all.configuration, 4), "1111");
    EXPECT_THAT(all.caseIds, ElementsAre("bb", "tide"));
    EXPECT_TRUE(all.contradictory());  // B/B meets them too, without leefbaarheid: 1/2
    EXPECT_EQ(result.table.positiveCases, 1);
}

// On the success factors, the two cases with better veiligheidsbeleving (B/B and Tide) are
// explained by two equally short parsimonious models: the analysis must show both.
TEST_F(RotterdamAnalysis, VeiligheidsbelevingHasTwoParsimoniousModels) {
    QcaRequest request;
    request.outcome = "veiligheidsbeleving";
    request.conditions = {"klein-gebied", "hoge-dekking", "bewonersbeheer", "wijkagent-neemt-deel"};
    request.includeRemainders = true;
    QcaResult result = runQca(project, request);
    ASSERT_TRUE(result) << result.error;
    EXPECT_EQ(result.cases.size(), 10u);
    ASSERT_EQ(result.conservative.models.size(), 1u);
    EXPECT_EQ(formatModel(result.conservative.models[0], result.names),
              "klein-gebied*hoge-dekking*bewonersbeheer*wijkagent-neemt-deel");
    ASSERT_TRUE(result.parsimonious);
    std::vector<std::string> models;
    for (const Model& m : result.parsimonious->models) {
        models.push_back(formatModel(m, result.names));
        EXPECT_EQ(m.coverage, (Ratio{2, 2}));
        EXPECT_EQ(m.consistency, (Ratio{2, 2}));
    }
    EXPECT_THAT(models, ElementsAre("hoge-dekking*wijkagent-neemt-deel", "klein-gebied*bewonersbeheer*wijkagent-neemt-deel"));
}

// The sample's conditions are valid and decide every case (the summary table has no gaps).
TEST_F(RotterdamAnalysis, ConditionsDecideEveryCase) {
    EXPECT_GE(project.conditions.size(), 4u);
    for (const Condition& condition : project.conditions) {
        EXPECT_EQ(whyConditionInvalid(project, condition), "") << condition.id;
        for (const Case& c : project.cases)
            EXPECT_TRUE(evaluate(project, condition, c).included()) << condition.id << " " << c.id;
    }
}

// The revised theory of chapters 7-8 drops heterdaadkracht and the presumed prior binding, and
// adds "weten wat er speelt" and the expressive side of participation.
TEST_F(RotterdamAnalysis, RevisedTheoryDiff) {
    TheoryDiff diff = diffTheories(*project.findTheory("impliciet"), *project.findTheory("herzien"));
    std::vector<std::string> removed, added;
    for (const ItemChange& c : diff.nodes) {
        if (c.kind == ItemChange::Kind::Removed) removed.push_back(c.id);
        if (c.kind == ItemChange::Kind::Added) added.push_back(c.id);
    }
    EXPECT_THAT(removed, ElementsAre("ctx-binding", "heterdaadkracht"));
    EXPECT_THAT(added, ::testing::IsSupersetOf({"weten-wat-er-speelt", "burgerschap"}));
    EXPECT_EQ(TheoryDiff::count(diff.links, ItemChange::Kind::Removed), 3);
    // Checks run on the revised theory too.
    CheckOptions options;
    options.theoryId = "herzien";
    std::vector<Finding> findings = runChecks(project, options);
    for (const Finding& f : findings) EXPECT_NE(f.code, "RW-DANGLING-LINK") << f.message;
}

}  // namespace
}  // namespace rw
