#include <gtest/gtest.h>

#include "model/checks/stats.h"
#include "tests/random_project.h"
#include "tests/test_projects.h"

namespace rw {
namespace {

TEST(Stats, CountsPerNodeAndLinkAndOutcome) {
    Project project = test::chainProject();
    test::tick(project, "a", "m1", VerdictValue::Supported);
    test::tick(project, "a", "m2", VerdictValue::Supported);
    test::tick(project, "a", "o", VerdictValue::Supported);
    test::tick(project, "b", "m1", VerdictValue::Supported);
    test::tick(project, "b", "m2", VerdictValue::Mixed);
    TheoryStats stats = computeStats(project, project.theories[0]);
    EXPECT_EQ(stats.caseCount, 2);
    // m2: one supported, one mixed
    EXPECT_EQ(stats.nodes[2].supported, 1);
    EXPECT_EQ(stats.nodes[2].mixed, 1);
    EXPECT_EQ(stats.nodes[2].assessed, 2);
    // m1 → m2 holds in a (both ✓), not in b (target ?): 1 of 2
    EXPECT_EQ(stats.links[1].holds, 1);
    EXPECT_EQ(stats.links[1].sourceSupported, 2);
    // m2 → o: source supported only in a, target assessed there
    EXPECT_EQ(share(stats.links[2].holds, stats.links[2].sourceSupported), "1/1");
    ASSERT_EQ(stats.outcomes.size(), 1u);
    EXPECT_EQ(stats.outcomes[0].casesWithPath, (std::vector<std::string>{"a", "b"}));  // b via m1 → o
    EXPECT_EQ(stats.outcomes[0].overall, VerdictValue::Supported);
}

TEST(Stats, OutcomeOverallIsMixedWhenCasesDisagree) {
    Project project = test::chainProject();
    test::tick(project, "a", "o", VerdictValue::Supported);
    test::tick(project, "b", "o", VerdictValue::Refuted);
    EXPECT_EQ(computeStats(project, project.theories[0]).outcomes[0].overall, VerdictValue::Mixed);
    test::tick(project, "a", "o", VerdictValue::Refuted);
    EXPECT_EQ(computeStats(project, project.theories[0]).outcomes[0].overall, VerdictValue::Refuted);
}

TEST(Stats, NotAssessedTargetIsNotCounted) {
    Project project = test::chainProject();
    test::tick(project, "a", "m1", VerdictValue::Supported);
    TheoryStats stats = computeStats(project, project.theories[0]);
    EXPECT_EQ(stats.links[1].sourceSupported, 0);  // m2 not assessed anywhere
    EXPECT_EQ(stats.links[0].sourceSupported, 1);  // i is in place in both, m1 assessed in a only
}

}  // namespace
// The inspector's counts for one node or link are the theory-wide ones.
TEST(Stats, OneNodeOrLinkCountsAsTheWholeTheoryDoes) {
    for (std::uint32_t seed = 1; seed <= 60; ++seed) {
        Project project = test::randomProject(seed);
        for (const Theory& theory : project.theories) {
            TheoryStats stats = computeStats(project, theory);
            for (std::size_t v = 0; v < theory.nodes.size(); ++v) {
                NodeSupport one = nodeSupport(project, theory.nodes[v]);
                EXPECT_EQ(one.supported, stats.nodes[v].supported) << "seed " << seed;
                EXPECT_EQ(one.assessed, stats.nodes[v].assessed) << "seed " << seed;
            }
            for (std::size_t i = 0; i < theory.links.size(); ++i) {
                LinkHolds one = linkHolds(project, theory, theory.links[i]);
                EXPECT_EQ(one.holds, stats.links[i].holds) << "seed " << seed;
                EXPECT_EQ(one.sourceSupported, stats.links[i].sourceSupported) << "seed " << seed;
            }
        }
    }
}

}  // namespace rw
