#include <gtest/gtest.h>

#include "model/output/matrix.h"
#include "tests/test_projects.h"

namespace rw {
namespace {

Project matrixProject() {
    Project project = test::chainProject();
    project.attributes.push_back({"size", "Size, in \"blocks\"", AttributeType::Text, "Area", "", {}});
    project.cases[0].values.push_back({"size", "small|ish", ""});
    project.cases[0].shortName = "A";
    test::tick(project, "a", "m1", VerdictValue::Supported);
    test::tick(project, "b", "m1", VerdictValue::Mixed);
    test::tick(project, "b", "o", VerdictValue::Refuted);
    return project;
}

TEST(Matrix, AttributesOnTopThenNodesByKindWithTotals) {
    Project project = matrixProject();
    EvidenceMatrix matrix = buildMatrix(project, project.theories[0]);
    EXPECT_EQ(matrix.caseHeads, (std::vector<std::string>{"A", "Beta"}));
    ASSERT_EQ(matrix.rows.size(), 4u);  // size, m1, m2, o — the unassessed intervention is left out
    EXPECT_EQ(matrix.rows[0].kind, MatrixRow::Kind::Attribute);
    EXPECT_EQ(matrix.rows[0].cells, (std::vector<std::string>{"small|ish", ""}));
    EXPECT_EQ(matrix.rows[1].id, "m1");
    EXPECT_EQ(matrix.rows[1].cells, (std::vector<std::string>{"✓", "?"}));
    EXPECT_EQ(matrix.rows[1].total, "1/2");
    EXPECT_EQ(matrix.rows[3].group, "Outcomes");
    EXPECT_EQ(matrix.rows[3].cells, (std::vector<std::string>{"", "x"}));
}

TEST(Matrix, CsvQuotesWhatNeedsQuoting) {
    Project project = matrixProject();
    std::string csv = matrixToCsv(buildMatrix(project, project.theories[0]));
    EXPECT_EQ(csv.substr(0, csv.find('\n')), "group,Case,A,Beta,k/n");
    EXPECT_NE(csv.find("Area,\"Size, in \"\"blocks\"\"\",small|ish,,\n"), std::string::npos) << csv;
    EXPECT_NE(csv.find("Mechanisms,First,✓,?,1/2\n"), std::string::npos) << csv;
}

TEST(Matrix, MarkdownEscapesPipesAndShowsGroupOnce) {
    Project project = matrixProject();
    std::string md = matrixToMarkdown(buildMatrix(project, project.theories[0]));
    EXPECT_NE(md.find("small\\|ish"), std::string::npos) << md;
    EXPECT_NE(md.find("| **Mechanisms** | First | ✓ | ? | 1/2 |"), std::string::npos) << md;
    EXPECT_NE(md.find("|  | Second |  |  | 0/0 |"), std::string::npos) << md;
}

TEST(Matrix, DutchProjectsSayJaNeeForSideEffects) {
    Project project = test::chainProject();
    project.language = "nl";
    Node side;
    side.id = "s";
    side.kind = NodeKind::SideEffect;
    side.label = "Stigmatisering";
    project.theories[0].nodes.push_back(side);
    test::tick(project, "a", "s", VerdictValue::Supported);
    test::tick(project, "b", "s", VerdictValue::Refuted);
    EvidenceMatrix matrix = buildMatrix(project, project.theories[0]);
    EXPECT_EQ(matrix.rows.back().group, "Bijeffecten");
    EXPECT_EQ(matrix.rows.back().cells, (std::vector<std::string>{"ja", "nee"}));
}

}  // namespace
}  // namespace rw
