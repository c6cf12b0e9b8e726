// Transcripts: speaker turns, pseudonyms by default, and quote locations that survive a reload.

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "model/chat/transcript.h"
#include "model/core/source_text.h"
#include "model/format/xml_reader.h"
#include "model/format/xml_writer.h"
#include "model/plugins/plugin_manager.h"
#include "tests/test_projects.h"

namespace rw {
namespace {

std::string fixture(const std::string& name) { return test::sourcePath("tests/fixtures/transcripts/" + name); }

std::string slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

TEST(Transcript, IAndRTurnsWithContinuationLines) {
    Transcript t = parseTranscript(slurp(fixture("interview-i-r.txt")), {});
    EXPECT_EQ(t.speakers, (std::vector<std::string>{"interviewer", "respondent"}));
    ASSERT_EQ(t.turns.size(), 4u);
    EXPECT_EQ(t.turns[1].speaker, "respondent");
    EXPECT_EQ(t.turns[1].line, 4);
    EXPECT_EQ(t.roles.at("respondent"), "respondent");
    // "Dat werkte meteen: …" and "Let op: …" are text, not speakers.
    EXPECT_THAT(t.text, ::testing::HasSubstr("\nDat werkte meteen: de eerste week"));
    EXPECT_THAT(t.text, ::testing::HasSubstr("Let op: niet bij elke melding."));
}

TEST(Transcript, NamesArePseudonymisedEverywhere) {
    Transcript t = parseTranscript(slurp(fixture("focusgroep-namen.txt")), {});
    EXPECT_EQ(t.speakers, (std::vector<std::string>{"interviewer", "spreker 1", "spreker 2", "spreker 3"}));
    for (const char* name : {"Jan", "Vries", "Fatima", "Petra"}) EXPECT_EQ(t.text.find(name), std::string::npos) << name;
    EXPECT_THAT(t.text, ::testing::HasSubstr("spreker 1: Zoals spreker 2 zegt, ze leest mee."));
    EXPECT_THAT(t.text, ::testing::HasSubstr("Om 10:30 belde iemand wel 112"));
    EXPECT_EQ(t.turns.size(), 8u);
}

TEST(Transcript, RoleMapNamesThePseudonymsAndKeepingNamesIsAChoice) {
    ChatRoleMap roles;
    std::string error;
    ASSERT_TRUE(roles.load(fixture("rollen.txt"), error)) << error;
    TranscriptOptions options;
    options.roles = &roles;
    Transcript t = parseTranscript(slurp(fixture("focusgroep-namen.txt")), options);
    EXPECT_EQ(t.speakers, (std::vector<std::string>{"interviewer", "beheerder", "wijkagent", "spreker 1"}));
    EXPECT_EQ(t.roles.at("wijkagent"), "wijkagent");
    options.keepNames = true;
    Transcript kept = parseTranscript(slurp(fixture("focusgroep-namen.txt")), options);
    EXPECT_THAT(kept.speakers, ::testing::Contains("Jan de Vries"));
    EXPECT_THAT(kept.text, ::testing::HasSubstr("Zoals Fatima zegt"));
}

TEST(SourceText, LocateAndReadBackAQuote) {
    std::string text = "één\ntwee drie\nvier 😀 vijf";
    auto location = locateQuote(text, "drie\nvier 😀");
    ASSERT_TRUE(location);
    EXPECT_EQ(location->lineBegin, 2);
    EXPECT_EQ(location->lineEnd, 3);
    EXPECT_EQ(location->charBegin, 9);
    EXPECT_EQ(location->charEnd, 20);
    EXPECT_EQ(textAt(text, *location), "drie\nvier 😀");
    Location lines;
    lines.lineBegin = 2;
    lines.lineEnd = 2;
    EXPECT_EQ(textAt(text, lines), "twee drie");
    EXPECT_FALSE(locateQuote(text, "zes"));
}

TEST(TranscriptImporter, MakesASourceAndInformantsAndQuotesSurviveAReload) {
    PluginManager plugins;
    const Importer* importer = plugins.registry().importer("transcript");
    ASSERT_NE(importer, nullptr);
    Project project = test::chainProject();
    project.language = "nl";
    ImportRequest request{fixture("focusgroep-namen.txt"), "a", {{"roles", fixture("rollen.txt")}}};
    ImportResult result = importer->import(request, project);
    ASSERT_TRUE(result) << result.error;
    result.command->redo(project);
    const Source* source = project.findSource("focusgroep-namen");
    ASSERT_NE(source, nullptr);
    EXPECT_EQ(source->kind, SourceKind::FocusGroup);
    EXPECT_EQ(source->text.find("Fatima"), std::string::npos);
    ASSERT_NE(project.findInformant("focusgroep-namen-wijkagent"), nullptr);
    EXPECT_EQ(project.findInformant("focusgroep-namen-wijkagent")->role, "wijkagent");
    EXPECT_EQ(project.findInformant("focusgroep-namen-wijkagent")->caseId, "a");
    EXPECT_EQ(project.findInformant("focusgroep-namen-interviewer"), nullptr) << "the interviewer is no informant";

    auto location = locateQuote(source->text, "Dat geeft vertrouwen.");
    ASSERT_TRUE(location);
    LoadResult reloaded = readProject(writeProject(project), "p.realist");
    ASSERT_TRUE(reloaded) << reloaded.error.toString();
    EXPECT_EQ(textAt(reloaded.project->findSource("focusgroep-namen")->text, *location), "Dat geeft vertrouwen.");
    EXPECT_EQ(reloaded.project->findSource("focusgroep-namen")->text, source->text);
}

TEST(TranscriptImporter, RefusesAFileWithoutTurns) {
    PluginManager plugins;
    const Importer* importer = plugins.registry().importer("transcript");
    Project project = test::chainProject();
    ImportResult result = importer->import({fixture("no-turns.txt"), "", {}}, project);
    ASSERT_FALSE(result);
    EXPECT_THAT(result.error, ::testing::HasSubstr("no-turns.txt:1: no speaker turns found"));
    EXPECT_FALSE(importer->import({"/nonexistent.txt", "", {}}, project));
}

// A NUL byte used to cut the text short on save; text that is not UTF-8 was embedded as it was.
// Both are refused where they stand, and a lone CR (an old Mac line end) is a line break.
TEST(TranscriptImporter, RefusesWhatAProjectCannotHoldAndNormalisesLineEnds) {
    PluginManager plugins;
    const Importer* importer = plugins.registry().importer("transcript");
    Project project = test::chainProject();
    std::string dir = ::testing::TempDir();
    auto write = [&](const std::string& name, const std::string& bytes) {
        std::ofstream(dir + name, std::ios::binary) << bytes;
        return dir + name;
    };
    std::string nul = write("nul.txt", std::string("I: Hoe gaat het?\nR: Goed") + '\0' + " zo.\n");
    EXPECT_EQ(importer->import({nul, "", {}}, project).error,
              nul + ":2:8: character U+0000 cannot be kept in a project (XML 1.0 cannot hold it; a NUL byte "
                    "usually means the file is not text)");
    std::string latin1 = write("latin1.txt", "I: Caf\xE9?\nR: Ja.\n");
    EXPECT_EQ(importer->import({latin1, "", {}}, project).error, latin1 + ":1:7: not UTF-8 text; save it as UTF-8");
    EXPECT_EQ(importer->import({"/dev/zero", "", {}}, project).error, "/dev/zero: is a device, not a file");

    std::string mac = write("mac.txt", "I: Hoe gaat het?\rR: Goed.\r");
    ImportResult result = importer->import({mac, "", {}}, project);
    ASSERT_TRUE(result) << result.error;
    result.command->redo(project);
    const Source* source = project.findSource("mac");
    ASSERT_NE(source, nullptr);
    EXPECT_EQ(source->text.find('\r'), std::string::npos);
    EXPECT_EQ(std::count(source->text.begin(), source->text.end(), '\n'), 2);
}

}  // namespace
}  // namespace rw
