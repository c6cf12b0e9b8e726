// Quotes checked against their sources' texts: where the texts come from (embedded, or the file
// next to the project and only the file recorded), and RW-QUOTE-MISMATCH / RW-SOURCE-CHANGED.

#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "model/checks/checks.h"
#include "model/checks/source_texts.h"
#include "model/core/sha256.h"
#include "tests/test_projects.h"

namespace rw {
namespace {

namespace fs = std::filesystem;

class ScratchFolder {
public:
    ScratchFolder() : m_path(fs::temp_directory_path() / ("realist-source-checks-" + std::to_string(::getpid()))) {
        fs::create_directories(m_path);
    }
    ~ScratchFolder() { fs::remove_all(m_path); }
    fs::path operator/(const std::string& name) const { return m_path / name; }
    void write(const std::string& name, const std::string& bytes) const {
        std::ofstream(m_path / name, std::ios::binary) << bytes;
    }

private:
    fs::path m_path;
};

TEST(Sha256Test, KnownDigests) {
    EXPECT_EQ(sha256Hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    EXPECT_EQ(sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    // 56 bytes: the length no longer fits the first tail block.
    EXPECT_EQ(sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
              "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    EXPECT_EQ(sha256Hex(std::string(1000000, 'a')),
              "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST(SourceTextsTest, TextComesEmbeddedOrFromTheFileNextToTheProject) {
    ScratchFolder dir;
    dir.write("verslag.txt", "\xEF\xBB\xBFuit het\r\nbestand\n");
    Source source;
    source.file = "verslag.txt";
    std::string projectPath = (dir / "p.realist").string();
    LoadedSourceText loaded = loadSourceText(source, projectPath);
    EXPECT_EQ(loaded.origin, LoadedSourceText::Origin::File);
    EXPECT_EQ(loaded.text, "uit het\nbestand\n");  // normalised as quotes are compared
    EXPECT_EQ(loaded.path, (dir / "verslag.txt").string());

    source.text = "ingebed";
    EXPECT_EQ(loadSourceText(source, projectPath).origin, LoadedSourceText::Origin::Embedded);
    EXPECT_EQ(loadSourceText(source, projectPath).text, "ingebed");
    source.text.clear();

    source.file = "weg.txt";
    EXPECT_EQ(loadSourceText(source, projectPath).origin, LoadedSourceText::Origin::Missing);
    source.file = "verslag.txt";
    EXPECT_EQ(loadSourceText(source, "").origin, LoadedSourceText::Origin::Missing);  // an untitled project
    dir.write("binair.txt", std::string("\xFF\xFE\x00", 3));
    source.file = "binair.txt";
    EXPECT_EQ(loadSourceText(source, projectPath).origin, LoadedSourceText::Origin::Unreadable);
    source.file.clear();
    EXPECT_EQ(loadSourceText(source, projectPath).origin, LoadedSourceText::Origin::NoText);
}

TEST(SourceTextsTest, OnlyTheFileRecordedCounts) {
    ScratchFolder dir;
    const std::string bytes = "regel een\r\nregel twee\r\n";
    dir.write("verslag.txt", bytes);
    std::string projectPath = (dir / "p.realist").string();
    Source source;
    source.file = "verslag.txt";
    source.sha256 = sha256Hex(bytes);  // the digest of the file itself, as in the sample
    EXPECT_EQ(loadSourceText(source, projectPath).origin, LoadedSourceText::Origin::File);
    source.sha256 = sha256Hex("regel een\nregel twee\n");  // of the text an importer embedded
    EXPECT_EQ(loadSourceText(source, projectPath).origin, LoadedSourceText::Origin::File);
    source.sha256 = sha256Hex("een andere versie\n");
    LoadedSourceText changed = loadSourceText(source, projectPath);
    EXPECT_EQ(changed.origin, LoadedSourceText::Origin::Changed);
    EXPECT_EQ(changed.text, "regel een\nregel twee\n");  // to read, but not to compare quotes with
    Project project;
    project.sources.push_back(source);
    project.sources.front().id = "verslag";
    EXPECT_EQ(SourceTexts(project, projectPath).find("verslag"), nullptr);
}

// The chain project with an embedded source whose text holds a quote for case a on m1.
Project projectWithText() {
    Project project = test::chainProject();
    Source& doc = project.sources.front();
    doc.title = "Verslag";
    doc.text = "De wijkagent leest mee. \xF0\x9F\x98\x80 Meer ogen en oren.\n";
    test::tick(project, "a", "m1", VerdictValue::Supported);
    Evidence& evidence = project.findCase("a")->findVerdict("m1")->evidence.front();
    evidence.quote = "Meer ogen en oren.";
    evidence.ref = {doc.id, {}};
    evidence.ref.location.charBegin = 26;  // after the emoji: 26 code points, 27 UTF-16 units
    evidence.ref.location.charEnd = 44;
    return project;
}

const Finding* findCode(const std::vector<Finding>& findings, const std::string& code) {
    for (const Finding& f : findings)
        if (f.code == code) return &f;
    return nullptr;
}

std::vector<Finding> checkedAgainstTexts(const Project& project, const std::string& projectPath = "") {
    SourceTexts texts(project, projectPath);
    CheckOptions options;
    options.sourceTexts = &texts;
    return runChecks(project, options);
}

TEST(SourceChecksTest, AQuoteAtItsPlaceIsNoFinding) {
    EXPECT_EQ(findCode(checkedAgainstTexts(projectWithText()), "RW-QUOTE-MISMATCH"), nullptr);
}

TEST(SourceChecksTest, AShiftedQuoteIsAnError) {
    Project project = projectWithText();
    // Positions counted in UTF-16 code units land one character late after the emoji.
    Location& at = project.findCase("a")->findVerdict("m1")->evidence.front().ref.location;
    at.charBegin = 27;
    at.charEnd = 45;
    std::vector<Finding> findings = checkedAgainstTexts(project);
    const Finding* f = findCode(findings, "RW-QUOTE-MISMATCH");
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(f->severity, Severity::Error);
    EXPECT_EQ(f->cases, std::vector<std::string>{"a"});
    EXPECT_EQ(f->nodes, std::vector<std::string>{"m1"});
    EXPECT_EQ(f->message,
              "In Alpha, the quote for First does not match source \"Verslag\" (doc): the quote is \"Meer ogen en "
              "oren.\", but the text at chars 27-45 is \"eer ogen en oren.\n\".");
    // Without the texts there is nothing to compare with, and no finding.
    EXPECT_EQ(findCode(runChecks(project), "RW-QUOTE-MISMATCH"), nullptr);
}

TEST(SourceChecksTest, ACodedSegmentOutsideItsTextIsAnError) {
    Project project = projectWithText();
    Coding coding;
    coding.code = "alert";
    coding.caseId = "b";
    coding.location.charBegin = 40;
    coding.location.charEnd = 90;
    project.sources.front().codings.push_back(coding);
    std::vector<Finding> findings = checkedAgainstTexts(project);
    const Finding* f = findCode(findings, "RW-QUOTE-MISMATCH");
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(f->cases, std::vector<std::string>{"b"});
    EXPECT_EQ(f->message, "The segment coded \"alert\" in source \"Verslag\" (doc) does not fit its text: the text ends "
                          "before chars 40-90 (it has 45 characters).");
}

TEST(SourceChecksTest, AChangedFileIsAWarningAndItsQuotesAreNotChecked) {
    ScratchFolder dir;
    Project project = projectWithText();
    Source& doc = project.sources.front();
    doc.file = "verslag.txt";
    doc.sha256 = sha256Hex(doc.text);
    dir.write("verslag.txt", "Een latere versie.\n");
    doc.text.clear();
    std::vector<Finding> findings = checkedAgainstTexts(project, (dir / "p.realist").string());
    EXPECT_EQ(findCode(findings, "RW-QUOTE-MISMATCH"), nullptr);
    const Finding* f = findCode(findings, "RW-SOURCE-CHANGED");
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(f->severity, Severity::Warning);
    EXPECT_EQ(f->message, "The file " + (dir / "verslag.txt").string() +
                              " of source \"Verslag\" (doc) is not the one its quotes were taken from (its SHA-256 "
                              "differs from the one recorded), so its quotes were not checked.");
}

TEST(SourceChecksTest, TheFileNextToTheProjectIsCheckedToo) {
    ScratchFolder dir;
    Project project = projectWithText();
    Source& doc = project.sources.front();
    dir.write("verslag.txt", doc.text);
    doc.file = "verslag.txt";
    doc.text.clear();
    Location& at = project.findCase("a")->findVerdict("m1")->evidence.front().ref.location;
    at.charBegin = 27;
    at.charEnd = 45;
    EXPECT_NE(findCode(checkedAgainstTexts(project, (dir / "p.realist").string()), "RW-QUOTE-MISMATCH"), nullptr);
}

}  // namespace
}  // namespace rw
