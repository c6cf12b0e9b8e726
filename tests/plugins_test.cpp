// Plugins: built-in parts first, shared libraries from folders, wrong API versions refused.

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "model/edit/edits.h"
#include "model/format/xml_reader.h"
#include "model/plugins/plugin_manager.h"
#include "plugins/csv-matrix/csv_table.h"
#include "plugins/csv-matrix/matrix_import.h"
#include "tests/test_projects.h"

namespace rw {
namespace {

namespace fs = std::filesystem;

TEST(Plugins, BuiltInExportersAreRegisteredLikePlugins) {
    PluginManager manager;
    const PluginRegistry& registry = manager.registry();
    for (const char* name : {"diagram-svg", "diagram-png", "diagram-pdf", "diagram-dot", "matrix-csv", "matrix-md",
                             "matrix-html", "matrix-svg", "report"})
        EXPECT_NE(registry.exporter(name), nullptr) << name;
    ASSERT_EQ(manager.plugins().size(), 1u);
    EXPECT_EQ(manager.plugins()[0].origin, "built-in");
    Project project = test::chainProject();
    ExportResult svg = registry.exporter("diagram-svg")->run(project, {});
    ASSERT_TRUE(svg) << svg.error;
    EXPECT_NE(svg.data.find("<svg"), std::string::npos);
    EXPECT_FALSE(registry.exporter("diagram-svg")->run(project, {"", "case:nowhere", false}));
}

TEST(Plugins, TheCsvImporterLoadsFromTheBuildTree) {
    PluginManager manager;
    manager.loadFrom({REALIST_PLUGIN_DIR});
    EXPECT_THAT(manager.problems(), ::testing::IsEmpty());
    const Importer* csv = manager.registry().importer("csv");
    ASSERT_NE(csv, nullptr);
    EXPECT_EQ(csv->extensions(), std::vector<std::string>{"csv"});
    bool listed = false;
    for (const LoadedPlugin& plugin : manager.plugins())
        listed = listed || (plugin.name == "csv-matrix" && plugin.origin.ends_with("realist-csv-matrix.so"));
    EXPECT_TRUE(listed);
}

TEST(Plugins, AWrongApiVersionIsRefusedAndTheRestCarriesOn) {
    PluginManager manager;
    manager.loadFrom({REALIST_BAD_PLUGIN_DIR, REALIST_PLUGIN_DIR});
    ASSERT_EQ(manager.problems().size(), 2u);
    const std::string refusal = "plugin from-the-future 9.9 speaks plugin API " + std::to_string(kPluginApiVersion + 1) +
                                ", this program speaks " + std::to_string(kPluginApiVersion) + "; skipped";
    EXPECT_THAT(manager.problems(), ::testing::Contains(::testing::HasSubstr(refusal)));
    EXPECT_THAT(manager.problems(), ::testing::Contains(::testing::HasSubstr("not a Realist Workbench plugin")));
    EXPECT_NE(manager.registry().importer("csv"), nullptr);
    EXPECT_FALSE(manager.loadLibrary("/nonexistent/plugin.so"));
}

TEST(Plugins, CheckRulesFromPluginsRunWithTheBuiltInOnes) {
    PluginRegistry registry;
    registry.addCheckRule({"XX-TITLE", Severity::Error, "a project without a title", [](const CheckContext& ctx, std::vector<Finding>& out) {
                               if (ctx.project.meta.title.empty()) out.push_back({.message = "The project has no title."});
                           }});
    Project project = test::chainProject();
    project.meta.title.clear();
    CheckOptions options;
    EXPECT_TRUE(runChecks(project, options).empty());
    options.extraRules = &registry.checkRules();
    std::vector<Finding> findings = runChecks(project, options);
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].code, "XX-TITLE");
    EXPECT_EQ(findings[0].severity, Severity::Error);
    EXPECT_EQ(findings[0].theory, "t");
}

// --- the CSV matrix importer itself --------------------------------------------------------

Project sample() {
    LoadResult loaded = loadProject(test::sourcePath("samples/rotterdam-digitale-buurtpreventie.realist"));
    EXPECT_TRUE(loaded) << loaded.error.toString();
    return *loaded.project;
}

ImportResult importText(const Project& project, const std::string& text) {
    return csvmatrix::importMatrix(csvmatrix::readCsv(text), project, "m.csv");
}

TEST(CsvMatrix, TicksInEverySpelling) {
    for (const char* yes : {"✓", "1", "yes", "ja", "Y", " supported "}) {
        bool valid = false;
        EXPECT_EQ(csvmatrix::parseTick(yes, valid), VerdictValue::Supported) << yes;
        EXPECT_TRUE(valid);
    }
    for (const char* no : {"x", "0", "no", "nee", "X"}) {
        bool valid = false;
        EXPECT_EQ(csvmatrix::parseTick(no, valid), VerdictValue::Refuted) << no;
    }
    bool valid = false;
    EXPECT_EQ(csvmatrix::parseTick("?", valid), VerdictValue::Mixed);
    EXPECT_EQ(csvmatrix::parseTick("", valid), std::nullopt);
    EXPECT_TRUE(valid);
    EXPECT_EQ(csvmatrix::parseTick("maybe", valid), std::nullopt);
    EXPECT_FALSE(valid);
}

TEST(CsvMatrix, ImportsTicksAndAttributesAsOneUndoableStep) {
    Project project = test::chainProject();
    project.attributes.push_back({"size", "Size", AttributeType::Ordinal, "", "", {"small", "large"}});
    Project before = project;
    ImportResult result = importText(project, "node,Alpha,b\nFirst,✓,0\nOutcome,?,\nSize,small,large\n");
    ASSERT_TRUE(result) << result.error;
    EXPECT_EQ(project, before) << "an import never touches the project itself";
    result.command->redo(project);
    EXPECT_EQ(project.findCase("a")->verdictOn("m1"), VerdictValue::Supported);
    EXPECT_EQ(project.findCase("b")->verdictOn("m1"), VerdictValue::Refuted);
    EXPECT_EQ(project.findCase("a")->verdictOn("o"), VerdictValue::Mixed);
    EXPECT_EQ(project.findCase("b")->verdictOn("o"), VerdictValue::NotAssessed);
    EXPECT_EQ(project.findCase("b")->findValue("size")->value, "large");
    EXPECT_EQ(result.notes.front(), "5 changes from m.csv");
    result.command->undo(project);
    EXPECT_EQ(project, before);
}

TEST(CsvMatrix, OurOwnExportReadsBackUnchanged) {
    Project project = sample();
    std::string exported = R"(group,Casestudy,BBO,B/B,Ess,Tide,Bloe,Pen,Vsch,Land,Heij,Zvk,k/n
Mechanismen,Toename heterdaadkracht,x,x,x,x,x,x,x,x,x,x,0/10
Mechanismen,Meer ogen en oren,✓,✓,x,✓,x,✓,x,✓,x,x,5/10
)";
    ImportResult result = importText(project, exported);
    ASSERT_TRUE(result) << result.error;
    EXPECT_EQ(result.notes.front(), "0 changes from m.csv");
}

TEST(CsvMatrix, QuotedFieldsSemicolonsAndBom) {
    Project project = test::chainProject();
    ImportResult result = importText(project, "\xEF\xBB\xBF\"node\";\"Alpha\"\n\"First\";\"✓\"\n");
    ASSERT_TRUE(result) << result.error;
    result.command->redo(project);
    EXPECT_EQ(project.findCase("a")->verdictOn("m1"), VerdictValue::Supported);
}

// A row shorter than the header has empty cells at its end; the rest of it is read.
TEST(CsvMatrix, AShortRowLeavesItsLastCasesUnticked) {
    Project project = test::chainProject();
    ImportResult result = importText(project, "node,Alpha,b\nFirst,1\n");
    ASSERT_TRUE(result) << result.error;
    result.command->redo(project);
    EXPECT_EQ(project.findCase("a")->verdictOn("m1"), VerdictValue::Supported);
    EXPECT_EQ(project.findCase("b")->verdictOn("m1"), VerdictValue::NotAssessed);
}

struct BadCsv {
    const char* text;
    const char* error;
};

// A NUL byte in a cell used to cut the cell short; the file is refused where it stands.
TEST(CsvMatrix, ANulByteIsRefusedWithItsPlace) {
    PluginManager manager;
    manager.loadFrom({REALIST_PLUGIN_DIR});
    const Importer* csv = manager.registry().importer("csv");
    ASSERT_NE(csv, nullptr);
    std::string path = ::testing::TempDir() + "nul.csv";
    std::ofstream(path, std::ios::binary) << std::string("node,Alpha\nFirst,1") + '\0' + "\n";
    ImportResult result = csv->import({path, "", {}}, test::chainProject());
    EXPECT_FALSE(result);
    EXPECT_EQ(result.error.rfind(path + ":2:8: character U+0000 cannot be kept in a project", 0), 0u) << result.error;
}

TEST(CsvMatrix, BadInputNamesFileLineAndColumn) {
    Project project = test::chainProject();
    const BadCsv cases[] = {
        {"node,Alpha,Gamma\nFirst,1,0\n", "m.csv:1:3: unknown case \"Gamma\""},
        // A quoted header with a line break stays a one-line message (found by the CSV fuzzer).
        {"node,Alpha,\"Ti\nde\"\nFirst,1,0\n", "m.csv:1:3: unknown case \"Ti\\nde\""},
        {"node,Alpha\nFirst,maybe\n", "m.csv:2:2: \"maybe\" is not a tick"},
        {"node,Alpha\nFirst,1\nThird,1\n", "m.csv:3:1: no node or attribute is called \"Third\""},
        {"node,Alpha,k/n\nFirst,1,\"one\nline break\"\nNope,1,\n", "m.csv:4:1: no node or attribute is called \"Nope\""},
        {"x,y\n1,2\n", "m.csv:1:1: the first row names no case"},
        {"node,Alpha\n\"First,1\n", "m.csv:2: "},
        {"", "m.csv: the file holds no rows"},
        // A ragged row used to read past the header's columns (a crash found by the CSV fuzzer).
        {"node,Alpha\nFirst,1,0\n", "m.csv:2:3: a cell beyond the last column of the first row (2 columns)"},
    };
    for (const BadCsv& bad : cases) {
        ImportResult result = importText(project, bad.text);
        EXPECT_FALSE(result) << bad.text;
        EXPECT_EQ(result.error.rfind(bad.error, 0), 0u) << result.error;
    }
}

}  // namespace
}  // namespace rw
