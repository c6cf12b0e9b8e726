#include <gtest/gtest.h>

#include "model/stats.h"
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
}  // namespace rw
