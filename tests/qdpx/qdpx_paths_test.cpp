// Where a REFI-QDA project's texts are looked for, and where not: every form of plainTextPath in
// the archive's sources (any letter case) first, then below the folder of the file; a path
// outside (absolute://, ../, a basePath, a symbolic link) is refused with the reason unless the
// user allows that folder (--allow-outside). Opening a stranger's export must not copy the
// user's own files into a project.

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "plugins/refi-qda/qdpx_import.h"
#include "tests/qdpx/qdpx_files.h"

namespace rw {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;

// One text source whose text is at `path`, one selection on "Veilig" (0-6).
std::string qdeWithPath(const std::string& path, const std::string& basePath = "") {
    return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
           "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"p\" origin=\"qc 1.4.2\"" +
           (basePath.empty() ? std::string() : " basePath=\"" + basePath + "\"") +
           ">\n"
           "<CodeBook><Codes><Code guid=\"c1\" name=\"Veiligheid\" isCodable=\"true\"/></Codes></CodeBook>\n"
           "<Sources>\n"
           "<TextSource guid=\"s1\" name=\"Notitie\" plainTextPath=\"" + path + "\">\n"
           "<PlainTextSelection guid=\"x1\" startPosition=\"0\" endPosition=\"6\"><Coding guid=\"k1\"><CodeRef "
           "targetGUID=\"c1\"/></Coding></PlainTextSelection>\n"
           "</TextSource>\n</Sources>\n</Project>\n";
}

class QdpxPaths : public ::testing::Test {
protected:
    void SetUp() override {
        fs::create_directories(scratch / "export");
        fs::create_directories(scratch / "private");
        test::spit(scratch / "private" / "secret.txt", "Veilig geheim: mijn pincode");
    }

    ImportResult import(const fs::path& file, std::map<std::string, std::string> options = {}) {
        return qda::importQdpx({file.string(), "tide", std::move(options), {}}, target);
    }

    // The text the import put into its one new source, or "" when it failed.
    std::string importedText(const fs::path& file, std::map<std::string, std::string> options = {}) {
        ImportResult result = import(file, std::move(options));
        EXPECT_TRUE(result) << result.error;
        if (!result) return {};
        Project project = target;
        result.command->redo(project);
        return project.sources.back().text;
    }

    std::string secret() const { return (scratch / "private" / "secret.txt").string(); }

    test::ScratchDir scratch;
    Project target = test::targetProject();
};

TEST_F(QdpxPaths, EveryFormIsLookedForInTheArchiveFirst) {
    struct Row {
        std::string plainTextPath;
        std::string member;
    };
    const std::vector<Row> rows = {
        {"internal://s1.txt", "sources/s1.txt"},
        {"internal://Interview%201.txt", "Sources/Interview 1.txt"},
        {"relative://teksten/a.txt", "sources/teksten/a.txt"},
        {"board_2017.txt", "sources/board_2017.txt"},  // qc: a bare name
        {"board_2017.txt", "SOURCES/BOARD_2017.TXT"},
        {"teksten\\a.txt", "sources/teksten/a.txt"},
        // The exporting machine's own path: its file name is looked for in the archive.
        {"absolute://C:/Users/jdevries/Documents/Interview%201.txt", "sources/Interview 1.txt"},
        {"absolute:///home/ans/export/notitie.txt", "Sources/notitie.txt"},
        {"C:\\Users\\jdevries\\notitie.txt", "sources/notitie.txt"},
        {"file:///home/ans/notitie.txt", "sources/notitie.txt"},
    };
    for (const Row& row : rows) {
        fs::path qdpx = scratch / "export" / "p.qdpx";
        ASSERT_TRUE(test::writeZip(qdpx, {{"project.qde", qdeWithPath(row.plainTextPath)}, {row.member, "Veilig? Ja."}}));
        EXPECT_EQ(importedText(qdpx), "Veilig? Ja.") << row.plainTextPath << " in " << row.member;
    }
}

TEST_F(QdpxPaths, NextToABareQdeInAnyLetterCase) {
    fs::create_directories(scratch / "export" / "Sources");
    test::spit(scratch / "export" / "Sources" / "S1.TXT", "Veilig? Ja.");
    test::spit(scratch / "export" / "project.qde", qdeWithPath("internal://s1.txt"));
    EXPECT_EQ(importedText(scratch / "export" / "project.qde"), "Veilig? Ja.");
    fs::create_directories(scratch / "export" / "teksten");
    test::spit(scratch / "export" / "teksten" / "b.txt", "Veilig, ook hier.");
    test::spit(scratch / "export" / "project.qde", qdeWithPath("relative://teksten/b.txt"));
    EXPECT_EQ(importedText(scratch / "export" / "project.qde"), "Veilig, ook hier.");
}

TEST_F(QdpxPaths, AFileOutsideIsRefusedWithTheReason) {
    const std::vector<std::string> outside = {
        "absolute://" + secret(),
        "file://" + secret(),
        secret(),
        "relative://../private/secret.txt",
        "../private/secret.txt",
    };
    for (const std::string& path : outside) {
        fs::path qdpx = scratch / "export" / "p.qdpx";
        ASSERT_TRUE(test::writeZip(qdpx, {{"project.qde", qdeWithPath(path)}}));
        ImportResult result = import(qdpx);
        EXPECT_FALSE(result) << path;
        EXPECT_EQ(result.error, qdpx.string() + ":project.qde:5:1: the text " + path + " of source \"Notitie\" is outside the "
                                "archive and the folder of p.qdpx (" + secret() + "); refused (--allow-outside FOLDER lets "
                                "files below FOLDER be read)")
            << path;
        // Allowed, it is read.
        EXPECT_EQ(importedText(qdpx, {{"allow-outside", (scratch / "private").string()}}), "Veilig geheim: mijn pincode") << path;
    }
}

TEST_F(QdpxPaths, ABasePathOutsideIsReadOnlyWhenAllowed) {
    fs::path qdpx = scratch / "export" / "p.qdpx";
    ASSERT_TRUE(test::writeZip(qdpx, {{"project.qde", qdeWithPath("relative://secret.txt", (scratch / "private").string())}}));
    EXPECT_THAT(import(qdpx).error, HasSubstr("is outside the archive and the folder of p.qdpx"));
    EXPECT_EQ(importedText(qdpx, {{"allow-outside", (scratch / "private").string()}}), "Veilig geheim: mijn pincode");
    // Allowing another folder allows nothing here.
    fs::create_directories(scratch / "elsewhere");
    EXPECT_THAT(import(qdpx, {{"allow-outside", (scratch / "elsewhere").string()}}).error, HasSubstr("refused"));
}

TEST_F(QdpxPaths, ASymbolicLinkOutOfTheFolderIsRefused) {
    fs::create_symlink(scratch / "private", scratch / "export" / "link");
    test::spit(scratch / "export" / "project.qde", qdeWithPath("relative://link/secret.txt"));
    ImportResult result = import(scratch / "export" / "project.qde");
    EXPECT_FALSE(result);
    EXPECT_THAT(result.error, HasSubstr("is outside the archive and the folder of project.qde"));
}

TEST_F(QdpxPaths, AbsolutePathsBelowTheFolderAreFine) {
    test::spit(scratch / "export" / "notitie.txt", "Veilig, naast het project.");
    test::spit(scratch / "export" / "project.qde", qdeWithPath("absolute://" + (scratch / "export" / "notitie.txt").string()));
    EXPECT_EQ(importedText(scratch / "export" / "project.qde"), "Veilig, naast het project.");
}

TEST_F(QdpxPaths, AnArchiveMayNameItsProjectFileAfterTheProject) {
    fs::path qdpx = scratch / "export" / "p.qdpx";
    ASSERT_TRUE(test::writeZip(qdpx, {{"Buurt.qde", qdeWithPath("internal://s1.txt")}, {"sources/s1.txt", "Veilig? Ja."}}));
    EXPECT_EQ(importedText(qdpx), "Veilig? Ja.");
    // Two of them: which one is meant cannot be told.
    ASSERT_TRUE(test::writeZip(qdpx, {{"a.qde", qdeWithPath("internal://s1.txt")}, {"b.qde", qdeWithPath("internal://s1.txt")}}));
    EXPECT_EQ(import(qdpx).error, qdpx.string() + ": no project.qde in the archive; not a REFI-QDA project (.qdpx)");
}

TEST_F(QdpxPaths, AllowOutsideMustBeAFolder) {
    test::spit(scratch / "export" / "project.qde", qdeWithPath("internal://s1.txt"));
    fs::path missing = scratch / "nowhere";
    EXPECT_EQ(import(scratch / "export" / "project.qde", {{"allow-outside", missing.string()}}).error,
              missing.string() + ": no such folder (--allow-outside)");
}

}  // namespace
}  // namespace rw
