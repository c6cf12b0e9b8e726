// The wx-free half of the analysis pane: what its worker computes (reports with the cases behind
// each row) and the session's highlighted cases that the matrix and the diagram follow.
#include <gtest/gtest.h>

#include "app/document/analysis_jobs.h"
#include "app/document/editor_session.h"
#include "model/edit/edits.h"
#include "model/format/xml_reader.h"

namespace rw::document {
namespace {

Project sample() {
    LoadResult loaded = loadProject(std::string(REALIST_SOURCE_DIR) + "/samples/rotterdam-digitale-buurtpreventie.realist");
    EXPECT_TRUE(loaded) << loaded.error.toString();
    return loaded ? *loaded.project : Project{};
}

TEST(AnalysisJobs, QcaRowsCarryTheirCases) {
    Project project = sample();
    QcaRequest request;
    request.outcome = "kortere-lijntjes";
    request.conditions = {"klein-gebied", "hoge-dekking", "wijkagent-neemt-deel"};
    request.includeRemainders = true;
    QcaShown shown = computeQca(project, request);
    ASSERT_TRUE(shown.result) << shown.result.error;
    EXPECT_TRUE(shown.shown.message.empty());
    ASSERT_EQ(shown.shown.rows.size(), shown.shown.report.tables.size());
    // Every described row is a row of its table, and the truth table's are its rows' cases.
    for (std::size_t t = 0; t < shown.shown.rows.size(); ++t)
        EXPECT_EQ(shown.shown.rows[t].size(), shown.shown.report.tables[t].rows.size()) << t;
    const auto& table = shown.shown.rows[0];
    for (std::size_t r = 0; r < table.size(); ++r) {
        EXPECT_EQ(table[r].caseIds, shown.result.table.rows[r].caseIds);
        EXPECT_EQ(table[r].warn, shown.result.table.rows[r].contradictory());
    }
    EXPECT_EQ(table[1].caseIds, (std::vector<std::string>{"ess", "pen"}));
    EXPECT_TRUE(table[1].warn);
    // The conservative solution: one term (B/B, Tide, Land), then the model's row with the same cases.
    const auto& conservative = shown.shown.rows[1];
    ASSERT_EQ(conservative.size(), 2u);
    EXPECT_EQ(conservative[0].caseIds, (std::vector<std::string>{"bb", "tide", "land"}));
    EXPECT_EQ(conservative[1].caseIds, (std::vector<std::string>{"bb", "tide", "land"}));
}

TEST(AnalysisJobs, AFailedRequestIsAMessage) {
    Project project = sample();
    QcaRequest request;
    request.outcome = "no-such-node";
    request.conditions = {"klein-gebied"};
    QcaShown shown = computeQca(project, request);
    EXPECT_FALSE(shown.result);
    EXPECT_EQ(shown.shown.message, shown.result.error);
    EXPECT_FALSE(shown.shown.message.empty());

    ReportRequest reports;
    reports.theoryId = "impliciet";
    reports.splitBy = "no-such-thing";
    ReportsShown other = computeReports(project, reports);
    EXPECT_NE(other.split.message.find("no-such-thing"), std::string::npos);
    EXPECT_FALSE(other.diff.message.empty()) << "no theories chosen to compare";
    EXPECT_FALSE(other.links.report.tables.empty());
}

TEST(AnalysisJobs, SplitRowsCarryTheSupportingCases) {
    Project project = sample();
    ReportRequest request;
    request.theoryId = "impliciet";
    request.splitBy = "wijkagent-neemt-deel";
    ReportsShown shown = computeReports(project, request);
    ASSERT_EQ(shown.split.report.tables.size(), 1u);
    const ReportTable& table = shown.split.report.tables[0];
    ASSERT_EQ(shown.split.rows.at(0).size(), table.rows.size());
    for (std::size_t r = 0; r < table.rows.size(); ++r)
        if (table.rows[r][0] == "Meer (preventieve) actie door kortere lijntjes") {
            EXPECT_EQ(table.rows[r][1], "4/5");
            EXPECT_EQ(table.rows[r][2], "0/5");
            EXPECT_EQ(shown.split.rows[0][r].caseIds.size(), 4u);
        }
}

TEST(HighlightedCases, ProjectOrderKnownCasesOnlyAndOneNotice) {
    EditorSession session;
    session.document().replace(sample(), "", false);
    std::vector<std::vector<std::string>> heard;
    int token = session.addHighlightListener([&](const std::vector<std::string>& ids) { heard.push_back(ids); });
    session.highlightCases({"land", "no-such-case", "bb"});
    ASSERT_EQ(heard.size(), 1u);
    EXPECT_EQ(heard[0], (std::vector<std::string>{"bb", "land"}));
    session.highlightCases({"bb", "land"});
    EXPECT_EQ(heard.size(), 1u) << "nothing changed, nobody is told";
    // A deleted case stops being highlighted; undo does not bring the highlight back.
    ASSERT_TRUE(session.push(edits::removeCase(session.project(), "land"), "test"));
    EXPECT_EQ(session.highlightedCases(), (std::vector<std::string>{"bb"}));
    ASSERT_EQ(heard.size(), 2u);
    session.removeHighlightListener(token);
    session.highlightCases({});
    EXPECT_EQ(heard.size(), 2u);
    EXPECT_TRUE(session.highlightedCases().empty());
}

}  // namespace
}  // namespace rw::document
