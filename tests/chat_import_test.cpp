// A WhatsApp export brought into a project: a chat-history source, informants, the period.

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "model/plugin_manager.h"
#include "model/source_text.h"
#include "tests/test_projects.h"

namespace rw {
namespace {

std::string fixture(const std::string& name) { return test::sourcePath("tests/fixtures/whatsapp/" + name); }

TEST(ChatImporter, BringsAnExportIntoAProjectAsOneStep) {
    PluginManager plugins;
    const Importer* importer = plugins.registry().importer("whatsapp");
    ASSERT_NE(importer, nullptr);
    Project project = test::chainProject();
    project.language = "nl";
    Project before = project;
    ImportResult result = importer->import({fixture("android_en_gb_24h.txt"), "a", {}}, project);
    ASSERT_TRUE(result) << result.error;
    EXPECT_EQ(project, before);
    result.command->redo(project);
    ASSERT_EQ(project.sources.size(), 2u);
    const Source& source = project.sources.back();
    EXPECT_EQ(source.kind, SourceKind::ChatHistory);
    EXPECT_THAT(source.text, ::testing::HasSubstr("deelnemer 1: "));
    EXPECT_FALSE(project.findCase("a")->messages.from.empty());
    bool informant = false;
    for (const Informant& i : project.informants) informant = informant || (i.caseId == "a" && i.role == "deelnemer");
    EXPECT_TRUE(informant);
    // Every line of the stored text starts with the message's date, so a quote is easy to place.
    auto location = locateQuote(source.text, "deelnemer 1: ");
    ASSERT_TRUE(location);
    Location line;
    line.lineBegin = line.lineEnd = location->lineBegin;
    EXPECT_EQ(textAt(source.text, line).substr(0, 2), "20") << textAt(source.text, line);
    result.command->undo(project);
    EXPECT_EQ(project, before);
}

TEST(ChatImporter, RefusesWhatIsNotAnExport) {
    PluginManager plugins;
    const Importer* importer = plugins.registry().importer("whatsapp");
    Project project = test::chainProject();
    ImportResult result = importer->import({test::sourcePath("tests/fixtures/transcripts/no-turns.txt"), "", {}}, project);
    EXPECT_FALSE(result);
    EXPECT_THAT(result.error, ::testing::HasSubstr("no-turns.txt"));
}

}  // namespace
}  // namespace rw
