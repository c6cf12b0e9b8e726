// Writing reports: aligned text (by characters), CSV quoting, Markdown escaping.

#include <gtest/gtest.h>

#include "model/output/analysis_render.h"

namespace rw {
namespace {

AnalysisReport sample() {
    AnalysisReport report;
    report.title = "Title";
    report.notes = {"A note, with a comma"};
    report.tables.push_back({"Table", {"node", "k/n"}, {{"Toename é", "1/2"}, {"a|b \"q\"", "✓"}}, {"after"}});
    return report;
}

TEST(Render, TextAlignsColumnsByCharactersNotBytes) {
    EXPECT_EQ(renderText(sample()),
              "Title\n"
              "  A note, with a comma\n"
              "\n"
              "Table\n"
              "  node       k/n\n"
              "  ---------  ---\n"
              "  Toename é  1/2\n"
              "  a|b \"q\"    ✓\n"
              "  after\n");
}

TEST(Render, CsvQuotesFieldsThatNeedIt) {
    EXPECT_EQ(renderCsv(sample()),
              "Title\n"
              "\"A note, with a comma\"\n"
              "\n"
              "Table\n"
              "node,k/n\n"
              "Toename é,1/2\n"
              "\"a|b \"\"q\"\"\",✓\n"
              "after\n");
}

TEST(Render, MarkdownEscapesPipes) {
    EXPECT_EQ(renderMarkdown(sample()),
              "## Title\n"
              "\n"
              "- A note, with a comma\n"
              "\n"
              "### Table\n"
              "\n"
              "| node | k/n |\n"
              "| --- | --- |\n"
              "| Toename é | 1/2 |\n"
              "| a\\|b \"q\" | ✓ |\n"
              "\n"
              "- after\n");
}

}  // namespace
}  // namespace rw
