// Conditional support: links both ways, and verdicts split by attribute, condition or node.

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "model/analysis/analysis_report.h"
#include "model/analysis/analysis_support.h"
#include "tests/test_projects.h"

namespace rw {
namespace {

using ::testing::ElementsAre;

// Chain i → m1 → m2 → o (and m1 → o) over four cases:
//        m1  m2  o
//   a    ✓   ✓   ✓
//   b    ✓   x   x
//   c    x   ✓   ?
//   d    ?   .   ✓      (. = not assessed)
Project fourCases() {
    Project project = test::chainProject();
    for (const char* id : {"c", "d"}) {
        Case extra;
        extra.id = id;
        extra.name = std::string(id) + "-name";
        project.cases.push_back(extra);
    }
    auto tick = [&](const char* c, const char* node, VerdictValue v) { test::tick(project, c, node, v); };
    tick("a", "m1", VerdictValue::Supported);
    tick("a", "m2", VerdictValue::Supported);
    tick("a", "o", VerdictValue::Supported);
    tick("b", "m1", VerdictValue::Supported);
    tick("b", "m2", VerdictValue::Refuted);
    tick("b", "o", VerdictValue::Refuted);
    tick("c", "m1", VerdictValue::Refuted);
    tick("c", "m2", VerdictValue::Supported);
    tick("c", "o", VerdictValue::Mixed);
    tick("d", "m1", VerdictValue::Mixed);
    tick("d", "o", VerdictValue::Supported);
    project.attributes.push_back({"size", "Size", AttributeType::Ordinal, "", "", {"small", "large"}});
    project.cases[0].values.push_back({"size", "large", ""});
    project.cases[1].values.push_back({"size", "small", ""});
    project.cases[2].values.push_back({"size", "large", ""});
    Condition large;
    large.id = "large";
    large.attribute = "size";
    large.op = ConditionOp::Equal;
    large.value = "large";
    project.conditions.push_back(large);
    return project;
}

const LinkSupport& find(const std::vector<LinkSupport>& links, const std::string& id) {
    for (const LinkSupport& link : links)
        if (link.linkId == id) return link;
    throw std::runtime_error("no link " + id);
}

TEST(LinkSupport, CountsTheTargetWhereTheSourceIsSupportedAndWhereItIsNot) {
    Project project = fourCases();
    std::vector<LinkSupport> links = linkSupport(project, project.theories[0]);
    const LinkSupport& m1m2 = find(links, "m1--m2");
    EXPECT_THAT(m1m2.whenSourceSupported.supported, ElementsAre("a"));
    EXPECT_THAT(m1m2.whenSourceSupported.refuted, ElementsAre("b"));
    EXPECT_EQ(tallyCell(m1m2.whenSourceSupported), "1/2");
    EXPECT_EQ(tallyCell(m1m2.whenSourceRefuted), "1/1");  // c: m2 without m1
    EXPECT_EQ(m1m2.whenSourceMixed.assessed(), 0);         // d did not assess m2
    const LinkSupport& m2o = find(links, "m2--o");
    EXPECT_EQ(tallyCell(m2o.whenSourceSupported), "1/2 (1 ?)");  // a ✓, c ?
    EXPECT_EQ(tallyCell(m2o.whenSourceRefuted), "0/1");
    // The intervention has no verdict, so it is in place everywhere.
    const LinkSupport& im1 = find(links, "i--m1");
    EXPECT_EQ(tallyCell(im1.whenSourceSupported), "2/4 (1 ?)");
}

TEST(Split, ByOrdinalAttributeInScaleOrderWithMissingLast) {
    Project project = fourCases();
    auto grouping = groupCases(project, "size");
    ASSERT_TRUE(grouping);
    EXPECT_EQ(grouping->by, Grouping::By::Attribute);
    ASSERT_EQ(grouping->groups.size(), 3u);
    EXPECT_EQ(grouping->groups[0].label, "small");
    EXPECT_THAT(grouping->groups[0].caseIds, ElementsAre("b"));
    EXPECT_EQ(grouping->groups[1].label, "large");
    EXPECT_THAT(grouping->groups[1].caseIds, ElementsAre("a", "c"));
    EXPECT_EQ(grouping->groups[2].label, "(no value)");
    EXPECT_TRUE(grouping->groups[2].missing);
    std::vector<NodeSplit> nodes = splitSupport(project, project.theories[0], *grouping);
    ASSERT_EQ(nodes.size(), 3u);  // m1, m2, o: the intervention was never assessed
    EXPECT_EQ(nodes[0].nodeId, "m1");
    EXPECT_EQ(tallyCell(nodes[0].groups[0]), "1/1");
    EXPECT_EQ(tallyCell(nodes[0].groups[1]), "1/2");
    EXPECT_EQ(tallyCell(nodes[0].groups[2]), "0/1 (1 ?)");
}

TEST(Split, ByConditionAndByNode) {
    Project project = fourCases();
    auto byCondition = groupCases(project, "large");
    ASSERT_TRUE(byCondition);
    EXPECT_EQ(byCondition->rule, "size == large; missing: case excluded");
    ASSERT_EQ(byCondition->groups.size(), 3u);
    EXPECT_THAT(byCondition->groups[0].caseIds, ElementsAre("a", "c"));
    EXPECT_THAT(byCondition->groups[1].caseIds, ElementsAre("b"));
    EXPECT_THAT(byCondition->groups[2].caseIds, ElementsAre("d"));
    auto byNode = groupCases(project, "m1");
    ASSERT_TRUE(byNode);
    std::vector<std::string> labels;
    for (const CaseGroup& g : byNode->groups) labels.push_back(g.label);
    EXPECT_THAT(labels, ElementsAre("✓", "x", "?"));
    EXPECT_FALSE(groupCases(project, "nothing"));
}

TEST(Split, ReportShowsGroupsWithTheirCasesAndCounts) {
    Project project = fourCases();
    auto grouping = groupCases(project, "large");
    AnalysisReport report = reportSplit(project, project.theories[0], *grouping,
                                        splitSupport(project, project.theories[0], *grouping));
    EXPECT_THAT(report.notes, ::testing::Contains("yes (2): Alpha, c-name"));
    ASSERT_EQ(report.tables.size(), 1u);
    EXPECT_THAT(report.tables[0].columns, ElementsAre("node", "yes (2)", "no (1)", "(excluded) (1)", "all"));
    EXPECT_THAT(report.tables[0].rows[0], ElementsAre("First", "1/2", "1/1", "0/1 (1 ?)", "2/4 (1 ?)"));
}

}  // namespace
}  // namespace rw
