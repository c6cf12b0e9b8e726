// The Dutch catalogue is built, found and used; English stays the source language.
#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cstdio>

#include <wx/intl.h>
#include <wx/translation.h>

#include "app/document/analysis_jobs.h"
#include "app/gui/app_language.h"
#include "app/gui/document_layer.h"
#include "app/gui/ui_text.h"
#include "app/gui/wx_strings.h"
#include "model/checks/checks.h"
#include "model/edit/edits.h"
#include "model/format/xml_reader.h"
#include "model/output/analysis_render.h"
#include "model/output/diagram_style.h"
#include "tests/gui/gui_test_support.h"

namespace rw::gui::test {
namespace {

TEST(LanguageTest, DutchCatalogueTranslatesTheInterface) {
    ASSERT_TRUE(setUpTranslations("nl", {REALIST_LOCALE_DIR}));
    EXPECT_EQ(utf8(_("Findings")), "Bevindingen");
    EXPECT_EQ(utf8(kindHeading(NodeKind::Mechanism)), "Mechanismen");
    EXPECT_EQ(utf8(_("&Undo")), "&Ongedaan maken");
    MainFrame* frame = makeFrame();
    EXPECT_EQ(utf8(frame->aui().GetPane("findings").caption), "Bevindingen");
    destroyFrame(frame);

    setUpTranslations("en", {REALIST_LOCALE_DIR});
    EXPECT_EQ(utf8(_("Findings")), "Findings");
}

bool anyMessageContains(const std::vector<Finding>& findings, const std::string& text) {
    for (const Finding& finding : findings)
        if (finding.message.find(text) != std::string::npos) return true;
    return false;
}

// What the model writes (findings, command names, legends) follows the interface language too.
TEST(LanguageTest, FindingsCommandNamesAndLegendsFollowTheLanguage) {
    LoadResult sample = loadProject(sourcePath("samples/rotterdam-digitale-buurtpreventie.realist"));
    ASSERT_TRUE(sample);
    const Project& project = *sample.project;
    const Theory& theory = project.theories.front();
    auto legendHas = [&](const std::string& text) {
        DiagramStyle style = styleDiagram(project, theory, {.view = DiagramView::AllCases});
        for (const LegendEntry& entry : style.legend)
            if (entry.text == text) return true;
        return false;
    };

    ASSERT_TRUE(setUpTranslations("nl", {REALIST_LOCALE_DIR}));
    std::vector<Finding> dutch = runChecks(project, {});
    EXPECT_TRUE(anyMessageContains(dutch, "De verbinding Meer ogen en oren → Toename heterdaadkracht breekt in 5 casussen "
                                          "(BBO, B/B, Tide, Pen en Land)"));
    EXPECT_TRUE(anyMessageContains(dutch, "Toename heterdaadkracht is weerlegd in alle 10 beoordeelde casussen"));
    auto command = edits::setVerdict(project, "bbo", "heterdaadkracht", VerdictValue::Supported);
    ASSERT_TRUE(command);
    EXPECT_EQ(command->text(), "“Toename heterdaadkracht” in BBO op ondersteund zetten");
    EXPECT_TRUE(legendHas("k/n: ondersteund in k van n beoordeelde casussen"));

    setUpTranslations("en", {REALIST_LOCALE_DIR});
    std::vector<Finding> english = runChecks(project, {});
    EXPECT_TRUE(anyMessageContains(english, "The link Meer ogen en oren → Toename heterdaadkracht breaks in 5 cases"));
    EXPECT_EQ(edits::setVerdict(project, "bbo", "heterdaadkracht", VerdictValue::Supported)->text(),
              "Set “Toename heterdaadkracht” in BBO to supported");
    EXPECT_TRUE(legendHas("k/n: supported in k of n assessed cases"));
}

// Returns true when `line` is one of `lines`.
bool has(const std::vector<std::string>& lines, const std::string& line) {
    return std::find(lines.begin(), lines.end(), line) != lines.end();
}

// The cross-case reports of the Analysis pane (titles, columns, notes, flags) follow the language
// too; ids, node labels, numbers and the QCA formulas stay as they are, and the CLI stays English.
TEST(LanguageTest, AnalysisReportsFollowTheLanguage) {
    LoadResult sample = loadProject(sourcePath(kSample));
    ASSERT_TRUE(sample);
    const Project& project = *sample.project;
    QcaRequest qca{.outcome = "kortere-lijntjes",
                   .conditions = {"klein-gebied", "hoge-dekking", "wijkagent-neemt-deel"},
                   .includeRemainders = true};
    ReportRequest split{.theoryId = project.theories.front().id, .splitBy = "wijkagent-neemt-deel"};
    const std::string theory = "\"Impliciete beleidstheorie gemeente Rotterdam (Afb. 5.3)\"";
    using Columns = std::vector<std::string>;

    ASSERT_TRUE(setUpTranslations("nl", {REALIST_LOCALE_DIR}));
    QcaShown dutch = computeQca(project, qca);
    ASSERT_TRUE(dutch.shown.message.empty()) << dutch.shown.message;
    const AnalysisReport& report = dutch.shown.report;
    EXPECT_EQ(report.title, "Crisp-set QCA van kortere-lijntjes op klein-gebied, hoge-dekking, wijkagent-neemt-deel");
    EXPECT_TRUE(has(report.notes, "Conditie wijkagent-neemt-deel (Wijkagent neemt deel): professionals contains W; "
                                  "ontbreekt: casus uitgesloten"));
    EXPECT_TRUE(has(report.notes, "Casussen: 10 opgenomen, 0 uitgesloten; 4 vertonen de uitkomst."));
    ASSERT_EQ(report.tables.size(), 3u);
    EXPECT_EQ(report.tables[0].title, "Waarheidstabel");
    EXPECT_EQ(report.tables[0].columns, (Columns{"klein-gebied", "hoge-dekking", "wijkagent-neemt-deel", "OUT", "n",
                                                 "consistentie", "markering", "casussen"}));
    ASSERT_GE(report.tables[0].rows.size(), 2u);
    EXPECT_EQ(report.tables[0].rows[1][6], "tegenstrijdig");
    EXPECT_EQ(report.tables[0].notes, (Columns{"Logische restgevallen (configuraties die geen casus vertoont): 3 van 8."}));
    EXPECT_EQ(report.tables[1].title, "Conservatieve oplossing (zonder logische restgevallen) voor kortere-lijntjes");
    EXPECT_EQ(report.tables[1].columns,
              (Columns{"model", "term", "consistentie", "ruwe dekking", "unieke dekking", "casussen"}));
    ASSERT_GE(report.tables[1].rows.size(), 2u);
    EXPECT_EQ(report.tables[1].rows[1][1], "(oplossing)");
    EXPECT_TRUE(has(report.tables[1].notes, "M1: klein-gebied*wijkagent-neemt-deel → kortere-lijntjes"));
    EXPECT_TRUE(has(report.tables[2].notes, "M1 neemt 0 logische restgevallen aan"));
    EXPECT_TRUE(has(report.tables[2].notes,
                    "Minimale modellen (zo weinig mogelijk priemimplicanten, methode van Petrick): 1."));
    ReportsShown reports = computeReports(project, split);
    const AnalysisReport& groups = reports.split.report;
    EXPECT_EQ(groups.title, "Oordelen gesplitst naar conditie wijkagent-neemt-deel (Wijkagent neemt deel), "
                            "beleidstheorie " + theory);
    EXPECT_TRUE(has(groups.notes, "Regel: professionals contains W; ontbreekt: casus uitgesloten."));
    EXPECT_TRUE(has(groups.notes, "ja (5): B/B, Ess, Tide, Pen, Land"));
    ASSERT_EQ(groups.tables.size(), 1u);
    EXPECT_EQ(groups.tables[0].title, "Ondersteund per groep");
    EXPECT_EQ(groups.tables[0].columns, (Columns{"element", "ja (5)", "nee (5)", "alle"}));
    // The CLI installs no translator: it prints English whatever the editor shows.
    std::string cli = cliOutput("analyse " + sourcePath(kSample) +
                                " qca --outcome kortere-lijntjes --conditions klein-gebied,hoge-dekking,wijkagent-neemt-deel"
                                " --remainders");
    EXPECT_EQ(cli.rfind("Crisp-set QCA of kortere-lijntjes on ", 0), 0u) << cli;

    setUpTranslations("en", {REALIST_LOCALE_DIR});
    QcaShown english = computeQca(project, qca);
    ASSERT_EQ(english.shown.report.tables.size(), 3u);
    EXPECT_EQ(english.shown.report.tables[0].title, "Truth table");
    EXPECT_EQ(english.shown.report.tables[0].columns[5], "consistency");
    EXPECT_EQ(english.shown.report.tables[1].rows[1][1], "(solution)");
    EXPECT_EQ(english.shown.report.tables[0].notes, (Columns{"Remainders (configurations no case shows): 3 of 8."}));
    EXPECT_EQ(renderText(english.shown.report), cli) << "the editor in English shows what the CLI prints";
    ReportsShown englishReports = computeReports(project, split);
    EXPECT_EQ(englishReports.split.report.title,
              "Verdicts split by condition wijkagent-neemt-deel (Wijkagent neemt deel), theory " + theory);
    ASSERT_EQ(englishReports.split.report.tables.size(), 1u);
    EXPECT_EQ(englishReports.split.report.tables[0].columns, (Columns{"node", "yes (5)", "no (5)", "all"}));
    EXPECT_TRUE(has(englishReports.split.report.notes, "Rule: professionals contains W; missing: case excluded."));
}

}  // namespace
}  // namespace rw::gui::test
