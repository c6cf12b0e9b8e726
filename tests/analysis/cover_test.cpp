// Petrick's method: every cover with the fewest rows, each listed once.

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <random>
#include <set>

#include "model/analysis/analysis_cover.h"

namespace rw {
namespace {

using Covers = std::vector<std::vector<int>>;

Covers sorted(Covers covers) {
    std::sort(covers.begin(), covers.end());
    return covers;
}

// The chart of f(A,B,C) = Σm(0,1,2,5,6,7) with columns m0 m1 m2 m5 m6 m7 and rows
// K=~A~B {0,1}, L=~A~C {0,2}, M=~BC {1,5}, N=B~C {2,6}, P=AC {5,7}, Q=AB {6,7}: Petrick's
// method gives exactly two minimal covers, K+N+P and L+M+Q.
TEST(MinimalCovers, CyclicChartHasTwoMinimalCovers) {
    std::vector<std::vector<int>> rows = {{0, 1}, {0, 2}, {1, 3}, {2, 4}, {3, 5}, {4, 5}};
    CoverResult result = minimalCovers(rows, 6);
    EXPECT_TRUE(result.complete);
    EXPECT_EQ(result.size, 3);
    EXPECT_EQ(result.coverCount, 2u);
    EXPECT_TRUE(result.essential.empty());
    EXPECT_EQ(sorted(result.covers), (Covers{{0, 3, 4}, {1, 2, 5}}));
}

TEST(MinimalCovers, EssentialRowsAreInEveryCover) {
    // Column 0 only row 0 covers; columns 1 and 2 by rows 1 or 2 (each covers both).
    std::vector<std::vector<int>> rows = {{0, 1}, {1, 2}, {1, 2}};
    CoverResult result = minimalCovers(rows, 3);
    EXPECT_EQ(result.essential, (std::vector<int>{0}));
    EXPECT_EQ(result.size, 2);
    EXPECT_EQ(sorted(result.covers), (Covers{{0, 1}, {0, 2}}));
}

TEST(MinimalCovers, IndependentPartsMultiply) {
    // Two independent parts with two equally good rows each: 2 × 2 = 4 covers.
    std::vector<std::vector<int>> rows = {{0}, {0}, {1}, {1}};
    CoverResult result = minimalCovers(rows, 2);
    EXPECT_EQ(result.coverCount, 4u);
    EXPECT_EQ(sorted(result.covers), (Covers{{0, 2}, {0, 3}, {1, 2}, {1, 3}}));
    CoverOptions few;
    few.maxCovers = 3;
    CoverResult listed = minimalCovers(rows, 2, few);
    EXPECT_EQ(listed.coverCount, 4u);  // counted in full, listed in part
    EXPECT_EQ(listed.covers.size(), 3u);
}

TEST(MinimalCovers, UncoverableColumnGivesNothingAndEmptyChartOneEmptyCover) {
    CoverResult none = minimalCovers({{0}}, 2);
    EXPECT_EQ(none.coverCount, 0u);
    EXPECT_TRUE(none.covers.empty());
    CoverResult empty = minimalCovers({}, 0);
    EXPECT_EQ(empty.coverCount, 1u);
    EXPECT_EQ(empty.covers, (Covers{{}}));
}

TEST(MinimalCovers, GivesUpHonestlyWhenTheBudgetRunsOut) {
    std::vector<std::vector<int>> rows = {{0, 1}, {0, 2}, {1, 3}, {2, 4}, {3, 5}, {4, 5}};
    CoverOptions tiny;
    tiny.maxSteps = 2;
    CoverResult result = minimalCovers(rows, 6, tiny);
    EXPECT_FALSE(result.complete);
    EXPECT_TRUE(result.covers.empty());
}

// Property: on random charts, the covers are exactly the smallest subsets of rows that cover
// every column, found by trying every subset.
TEST(MinimalCovers, MatchBruteForceOnRandomCharts) {
    std::mt19937 random(42);
    for (int trial = 0; trial < 300; ++trial) {
        int columns = 1 + static_cast<int>(random() % 7);
        int rowCount = 1 + static_cast<int>(random() % 8);
        std::vector<std::vector<int>> rows(static_cast<std::size_t>(rowCount));
        for (auto& row : rows)
            for (int c = 0; c < columns; ++c)
                if (random() % 3 == 0) row.push_back(c);
        std::set<std::vector<int>> expected;
        int best = rowCount + 1;
        for (std::uint32_t subset = 0; subset < (1u << rowCount); ++subset) {
            std::vector<bool> covered(static_cast<std::size_t>(columns), false);
            std::vector<int> chosen;
            for (int r = 0; r < rowCount; ++r)
                if (subset >> r & 1u) {
                    chosen.push_back(r);
                    for (int c : rows[static_cast<std::size_t>(r)]) covered[static_cast<std::size_t>(c)] = true;
                }
            if (std::find(covered.begin(), covered.end(), false) != covered.end()) continue;
            int size = static_cast<int>(chosen.size());
            if (size < best) {
                best = size;
                expected.clear();
            }
            if (size == best) expected.insert(chosen);
        }
        CoverOptions all;
        all.maxCovers = 1000;
        CoverResult result = minimalCovers(rows, columns, all);
        std::set<std::vector<int>> actual(result.covers.begin(), result.covers.end());
        ASSERT_EQ(actual.size(), result.covers.size()) << "trial " << trial << ": a cover listed twice";
        ASSERT_EQ(actual, expected) << "trial " << trial;
        ASSERT_EQ(result.coverCount, expected.size()) << "trial " << trial;
        if (!expected.empty()) {
            ASSERT_EQ(result.size, best) << "trial " << trial;
        }
    }
}

}  // namespace
}  // namespace rw
