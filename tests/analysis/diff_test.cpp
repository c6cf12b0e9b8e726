// Theory diffs: nodes by id, links by id or by their ends.

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "model/analysis/analysis_diff.h"
#include "model/analysis/analysis_report.h"
#include "tests/test_projects.h"

namespace rw {
namespace {

std::vector<std::string> summary(const std::vector<ItemChange>& items) {
    std::vector<std::string> out;
    for (const ItemChange& item : items) {
        std::string fields;
        for (const FieldChange& f : item.fields) fields += (fields.empty() ? "" : ",") + f.field;
        out.push_back(std::string(toString(item.kind)) + " " + item.id + (fields.empty() ? "" : " " + fields));
    }
    return out;
}

TEST(TheoryDiff, IdenticalTheoriesHaveNoChanges) {
    Theory t = test::chainProject().theories[0];
    TheoryDiff diff = diffTheories(t, t);
    EXPECT_TRUE(diff.nodes.empty());
    EXPECT_TRUE(diff.links.empty());
    EXPECT_EQ(diff.unchangedNodes, 4);
    EXPECT_EQ(diff.unchangedLinks, 4);
}

TEST(TheoryDiff, AddedRemovedAndChanged) {
    Theory before = test::chainProject().theories[0];
    Theory after = before;
    after.id = "revised";
    // m2 goes with its links, a new mechanism comes, o changes level and assumption.
    after.nodes.erase(after.nodes.begin() + 2);
    after.links.erase(std::remove_if(after.links.begin(), after.links.end(),
                                     [](const Link& l) { return l.from == "m2" || l.to == "m2"; }),
                      after.links.end());
    Node n;
    n.id = "m3";
    n.label = "Third";
    after.nodes.push_back(n);
    after.findNode("o")->level = OutcomeLevel::Intermediate;
    after.findNode("o")->assumption = "revised";
    Link l;
    l.id = "m3-to-o";
    l.from = "m3";
    l.to = "o";
    after.links.push_back(l);
    // The same claim m1 → o under another id and kind is a change, not a removal and an addition.
    after.findLink("m1--o")->id = "m1-o";
    after.findLink("m1-o")->kind = LinkKind::Enables;

    TheoryDiff diff = diffTheories(before, after);
    EXPECT_THAT(summary(diff.nodes), ::testing::ElementsAre("removed m2", "changed o level,assumption", "added m3"));
    EXPECT_THAT(summary(diff.links),
                ::testing::ElementsAre("removed m1--m2", "removed m2--o", "changed m1-o id,kind", "added m3-to-o"));
    EXPECT_EQ(diff.unchangedNodes, 2);
    EXPECT_EQ(diff.unchangedLinks, 1);
    EXPECT_EQ(diff.links[2].fields[0].before, "m1--o");
    EXPECT_EQ(diff.links[2].fields[0].after, "m1-o");
    EXPECT_EQ(diff.links[3].label, "Third → Outcome");
    EXPECT_EQ(TheoryDiff::count(diff.links, ItemChange::Kind::Removed), 2);
}

TEST(TheoryDiff, ReportCountsChanges) {
    Project project = test::chainProject();
    Theory after = project.theories[0];
    after.id = "t2";
    after.name = "Revised";
    after.nodes.pop_back();
    after.links.erase(std::remove_if(after.links.begin(), after.links.end(), [](const Link& l) { return l.to == "o"; }),
                      after.links.end());
    project.theories.push_back(after);
    AnalysisReport report = reportDiff(project, diffTheories(project.theories[0], project.theories[1]));
    EXPECT_EQ(report.title, "Theory \"Chain theory\" → \"Revised\"");
    EXPECT_THAT(report.notes, ::testing::ElementsAre("Nodes: 0 added, 1 removed, 0 changed, 3 unchanged.",
                                                     "Links: 0 added, 2 removed, 0 changed, 2 unchanged."));
    EXPECT_EQ(report.tables[0].rows.size(), 3u);
}

}  // namespace
}  // namespace rw
