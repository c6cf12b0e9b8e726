// Malformed REFI-QDA input is refused with one line naming the file (or archive member), line
// and column, and no step at all: nothing is half-imported.

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "plugins/refi-qda/qdpx_import.h"
#include "tests/qdpx/qdpx_files.h"

namespace rw {
namespace {

namespace fs = std::filesystem;

// A minimal valid project: one code, one embedded text source, one coded selection.
const std::string kValid =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"p\">\n"
    "  <CodeBook><Codes><Code guid=\"c1\" name=\"Veiligheid\"/></Codes></CodeBook>\n"
    "  <Sources>\n"
    "    <TextSource guid=\"s1\" name=\"Notitie\"><PlainTextContent>Veilig? Ja.</PlainTextContent>\n"
    "      <PlainTextSelection guid=\"x1\" startPosition=\"0\" endPosition=\"7\"><Coding guid=\"k1\"><CodeRef targetGUID=\"c1\"/></Coding></PlainTextSelection>\n"
    "    </TextSource>\n"
    "  </Sources>\n"
    "</Project>\n";

struct BadQde {
    const char* what;
    const char* from;  // replaced everywhere in kValid by `to`
    const char* to;
    const char* message;  // after "<path>:"
};

const BadQde kBadQde[] = {
    {"truncated", "</Project>\n", "", "8:13: not well-formed XML (Start-end tags mismatch)"},
    {"another root", "Project", "Projekt",
     "2:1: not a REFI-QDA project: expected <Project xmlns=\"urn:QDA-XML:project:1.0\">"},
    {"another namespace", "urn:QDA-XML:project:1.0", "urn:example",
     "2:1: not a REFI-QDA project: expected <Project xmlns=\"urn:QDA-XML:project:1.0\">"},
    {"code without name", " name=\"Veiligheid\"", "", "3:20: <Code> without name"},
    {"duplicate guid", "guid=\"x1\"", "guid=\"C1\"", "6:7: GUID c1 is used twice"},
    {"position not a number", "startPosition=\"0\"", "startPosition=\"nul\"",
     "6:7: startPosition \"nul\" is not a character position"},
    {"negative position", "startPosition=\"0\"", "startPosition=\"-1\"",
     "6:7: startPosition \"-1\" is not a character position"},
    {"end before start", "startPosition=\"0\" endPosition=\"7\"", "startPosition=\"5\" endPosition=\"2\"",
     "6:7: endPosition 2 is before startPosition 5"},
    {"end past the text", "endPosition=\"7\"", "endPosition=\"12\"",
     "6:7: endPosition 12 is past the end of the text of source \"Notitie\" (11 characters)"},
    {"unknown code", "targetGUID=\"c1\"", "targetGUID=\"c9\"",
     "6:89: CodeRef to c9, which is no code in the code book"},
    {"coding without code", "<CodeRef targetGUID=\"c1\"/>", "", "6:71: <Coding> without <CodeRef>"},
    {"no text at all", "<PlainTextContent>Veilig? Ja.</PlainTextContent>", "",
     "5:5: TextSource \"Notitie\" has neither <PlainTextContent> nor plainTextPath"},
};

std::string replaced(std::string text, const std::string& from, const std::string& to) {
    EXPECT_NE(text.find(from), std::string::npos) << from;
    for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
        text.replace(at, from.size(), to);
    return text;
}

class QdpxErrors : public ::testing::Test {
protected:
    ImportResult import(const std::string& path, std::map<std::string, std::string> options = {}) {
        ImportResult result = qda::importQdpx({path, "", std::move(options), {}}, target);
        EXPECT_EQ(result.command, nullptr) << "a failed import hands back no step";
        return result;
    }
    test::ScratchDir scratch;
    Project target = test::targetProject();
};

TEST_F(QdpxErrors, TheValidBaseImports) {
    test::spit(scratch / "ok.qde", kValid);
    ImportResult result = qda::importQdpx({(scratch / "ok.qde").string(), "tide", {}, {}}, target);
    ASSERT_TRUE(result) << result.error;
}

TEST_F(QdpxErrors, MalformedProjectFilesAreRefusedWithTheirPosition) {
    for (const BadQde& bad : kBadQde) {
        fs::path path = scratch / "bad.qde";
        test::spit(path, replaced(kValid, bad.from, bad.to));
        EXPECT_EQ(import(path.string()).error, path.string() + ":" + bad.message) << bad.what;
    }
}

TEST_F(QdpxErrors, InsideAnArchiveTheMemberIsNamed) {
    fs::path path = scratch / "bad.qdpx";
    ASSERT_TRUE(test::writeZip(path, {{"project.qde", replaced(kValid, "endPosition=\"7\"", "endPosition=\"99\"")}}));
    EXPECT_EQ(import(path.string()).error,
              path.string() + ":project.qde:6:7: endPosition 99 is past the end of the text of source \"Notitie\" (11 characters)");
}

TEST_F(QdpxErrors, ArchiveProblems) {
    const std::string internal = replaced(kValid, "<PlainTextContent>Veilig? Ja.</PlainTextContent>", "");
    const std::string withPath = replaced(internal, "name=\"Notitie\"", "name=\"Notitie\" plainTextPath=\"internal://s1.txt\"");
    struct Row {
        const char* what;
        std::vector<test::ZipMember> members;
        std::string message;
    };
    const std::vector<Row> rows = {
        {"no project.qde", {{"sources/s1.txt", "Veilig? Ja."}}, ": no project.qde in the archive; not a REFI-QDA project (.qdpx)"},
        {"missing source member", {{"project.qde", withPath}},
         ":project.qde:5:5: the text internal://s1.txt of source \"Notitie\" is not in the archive"},
        {"text not UTF-8", {{"project.qde", withPath}, {"sources/s1.txt", "Veilig\xFF Ja."}},
         ":sources/s1.txt: the text of source \"Notitie\" is not UTF-8 (byte 6)"},
        {"zip bomb", {{"project.qde", withPath}, {"Sources/s1.txt", std::string(std::size_t{8} << 20, 'a')}},
         ":Sources/s1.txt: unpacks 1000 times its packed size (a zip bomb?); refused"},
    };
    for (const Row& row : rows) {
        fs::path path = scratch / "bad.qdpx";
        ASSERT_TRUE(test::writeZip(path, row.members)) << row.what;
        std::string error = import(path.string()).error;
        if (std::string(row.what) == "zip bomb") {
            // The exact ratio depends on zlib; the verdict does not.
            EXPECT_TRUE(error.starts_with(path.string() + ":Sources/s1.txt: unpacks ")) << error;
            EXPECT_TRUE(error.ends_with(" times its packed size (a zip bomb?); refused")) << error;
        } else {
            EXPECT_EQ(error, path.string() + row.message) << row.what;
        }
    }
}

TEST_F(QdpxErrors, NeitherAnArchiveNorXml) {
    fs::path path = scratch / "photo.qdpx";
    test::spit(path, "\x89PNG\r\n\x1a\n");
    // The PNG signature's control character is named before the parse error it causes.
    EXPECT_EQ(import(path.string()).error, path.string() + ":2:1: character U+001A cannot stand in XML 1.0");
    test::spit(path, "GIF89a");
    EXPECT_EQ(import(path.string()).error, path.string() + ":1:7: not well-formed XML (No document element found)");
    EXPECT_EQ(import((scratch / "nowhere.qdpx").string()).error, (scratch / "nowhere.qdpx").string() + ": no such file");
}

TEST_F(QdpxErrors, AHugeFileIsRefusedUnread) {
    fs::path path = scratch / "huge.qde";
    test::spit(path, kValid);
    fs::resize_file(path, std::uintmax_t{300} << 20);  // sparse: costs no disk
    EXPECT_EQ(import(path.string()).error, path.string() + ": larger than 256 MiB; refused");
}

// A code book nested 50,000 deep once overflowed the stack; now it is refused at depth 101.
std::string nestedCodes(int depth) {
    std::string qde = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"p\">\n"
                      "<CodeBook><Codes>\n";
    for (int i = 1; i <= depth; ++i) qde += "<Code guid=\"c" + std::to_string(i) + "\" name=\"n\" isCodable=\"true\">\n";
    for (int i = 1; i <= depth; ++i) qde += "</Code>";
    return qde + "\n</Codes></CodeBook>\n</Project>\n";
}

TEST_F(QdpxErrors, CodesNestedTooDeepAreRefusedNotACrash) {
    fs::path path = scratch / "deep.qde";
    test::spit(path, nestedCodes(200));
    // Code 101 stands on line 3 + 101.
    EXPECT_EQ(import(path.string()).error, path.string() + ":104:1: codes nested deeper than 100");
    // Deeper than any XML we read: refused by the parse, element 257 (<Project> is the first).
    test::spit(path, nestedCodes(50000));
    EXPECT_EQ(import(path.string()).error, path.string() + ":257:1: elements nested deeper than 256 levels");
    test::spit(path, nestedCodes(100));
    ImportResult deepest = qda::importQdpx({path.string(), "", {}, {}}, target);
    EXPECT_TRUE(deepest) << deepest.error;
    ASSERT_TRUE(test::writeZip(scratch / "deep.qdpx", {{"project.qde", nestedCodes(200)}}));
    EXPECT_EQ(import((scratch / "deep.qdpx").string()).error,
              (scratch / "deep.qdpx").string() + ":project.qde:104:1: codes nested deeper than 100");
}

TEST_F(QdpxErrors, PositionsThatLandInsideACharacter) {
    fs::path path = scratch / "emoji.qde";
    // "😀Veilig? Ja.": as UTF-16 code units, 1 is the second half of the emoji.
    test::spit(path, replaced(replaced(kValid, "Veilig? Ja.", "\xF0\x9F\x98\x80Veilig? Ja."), "startPosition=\"0\"",
                              "startPosition=\"1\""));
    EXPECT_EQ(import(path.string(), {{"positions", "utf16"}}).error,
              path.string() + ":6:7: startPosition 1 falls inside a character of the text of source \"Notitie\" (read as "
                              "UTF-16 code units)");
    EXPECT_EQ(import(path.string(), {{"positions", "bytes"}}).error, "--positions: expected codepoints or utf16, not \"bytes\"");
}

TEST_F(QdpxErrors, AWarningIsNoError) {
    fs::path path = scratch / "warned.qde";
    test::spit(path, replaced(replaced(kValid, "  </Sources>", "    <SpreadsheetSource guid=\"t1\" name=\"Tabel\"/>\n  </Sources>"),
                              "</PlainTextSelection>", "<NoteRef targetGUID=\"n9\"/></PlainTextSelection>"));
    ImportResult result = qda::importQdpx({path.string(), "tide", {}, {}}, target);
    ASSERT_TRUE(result) << result.error;
    EXPECT_THAT(result.notes, ::testing::Contains("warning: " + path.string() +
                                                  ":8:5: <SpreadsheetSource> is no source REFI-QDA 1.5 knows; left out"));
    EXPECT_THAT(result.notes, ::testing::Contains("warning: " + path.string() + ":6:124: NoteRef to n9, which is no note; ignored"));
    Project project = target;
    result.command->redo(project);
    EXPECT_EQ(project.findCase("tide")->findVerdict("safety")->evidence.at(0).quote, "Veilig?");
}

TEST_F(QdpxErrors, BadMapFiles) {
    fs::path qde = scratch / "ok.qde";
    test::spit(qde, kValid);
    fs::path map = scratch / "codes.map";
    test::spit(map, "# fine\nVeiligheid = safety\nVertrouwen\n");
    EXPECT_EQ(import(qde.string(), {{"map", map.string()}}).error, map.string() + ":3: expected \"code name = node\"");
    test::spit(map, "Veiligheid = nergens\n");
    EXPECT_EQ(import(qde.string(), {{"map", map.string()}}).error, map.string() + ":1: no node \"nergens\" in the project");
}

}  // namespace
}  // namespace rw
