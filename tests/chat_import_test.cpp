// A WhatsApp export brought into a project: a chat-history source, informants, the period.

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "model/core/source_text.h"
#include "model/format/xml_reader.h"
#include "model/format/xml_writer.h"
#include "model/plugins/plugin_manager.h"
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

// A temporary chat file, removed with the test.
class ChatFile {
public:
    explicit ChatFile(const std::string& text)
        : m_path(std::filesystem::temp_directory_path() / ("rw-chat-import-" + std::to_string(::getpid()) + ".txt")) {
        std::ofstream(m_path, std::ios::binary) << text;
    }
    ~ChatFile() { std::filesystem::remove(m_path); }
    std::string path() const { return m_path.string(); }

private:
    std::filesystem::path m_path;
};

TEST(ChatImporter, ALoneCarriageReturnIsSavedAsALineBreakAndReadsBackTheSame) {
    ChatFile chat("22-11-2018 12:29 - Jan: een\rtwee\r\n22-11-2018 12:30 - Piet: drie\r\n");
    PluginManager plugins;
    Project project = test::chainProject();
    ImportResult result = plugins.registry().importer("whatsapp")->import({chat.path(), "", {}}, project);
    ASSERT_TRUE(result) << result.error;
    result.command->redo(project);
    const Source& source = project.sources.back();
    EXPECT_EQ(source.text.find('\r'), std::string::npos);
    EXPECT_THAT(source.text, ::testing::HasSubstr("een\n  twee\n"));
    std::string saved = writeProject(project);
    LoadResult reloaded = readProject(saved, "p.realist");
    ASSERT_TRUE(reloaded) << reloaded.error.toString();
    EXPECT_EQ(*reloaded.project, project);
    EXPECT_EQ(writeProject(*reloaded.project), saved);  // canonical: realist fmt --check passes
}

TEST(ChatImporter, NotesTheDateOrderAndEveryWarningWithItsLine) {
    ChatFile chat("exported 2019\n01/02/19, 10:00 - Jan: hoi\n03/02/19, 10:01 - Piet: ja\n");
    PluginManager plugins;
    const Importer* importer = plugins.registry().importer("whatsapp");
    Project project = test::chainProject();
    ImportResult inferred = importer->import({chat.path(), "", {}}, project);
    ASSERT_TRUE(inferred) << inferred.error;
    std::string file = std::filesystem::path(chat.path()).filename().string();
    EXPECT_THAT(inferred.notes, ::testing::Contains(file + ": date order: day-month (no date has a day above 12, and the "
                                                           "dates run in order either way; day-month is the default); "
                                                           "import again with --date-order to change it"));
    EXPECT_THAT(inferred.notes, ::testing::Contains(file + ":1: warning: 1 line before the first message header skipped (not "
                                                           "part of any message)"));
    ImportResult given = importer->import({chat.path(), "", {{"date-order", "mdy"}}}, project);
    ASSERT_TRUE(given) << given.error;
    EXPECT_THAT(given.notes, ::testing::Contains(file + ": date order: month-day (set by --date-order)"));
    given.command->redo(project);
    EXPECT_THAT(project.sources.back().text, ::testing::HasSubstr("2019-01-02T10:00"));
    ImportResult bad = importer->import({chat.path(), "", {{"date-order", "dym"}}}, project);
    EXPECT_FALSE(bad);
    EXPECT_EQ(bad.error, "--date-order must be dmy, mdy or ymd, not \"dym\"");
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
