// Saving and loading: the canonical writer and the reader agree, byte for byte.

#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "model/format/xml_reader.h"
#include "model/format/xml_writer.h"
#include "tests/random_project.h"
#include "tests/test_projects.h"

namespace rw {
namespace {

std::string extractExample(const std::string& markdown) {
    std::size_t start = markdown.find("```xml\n");
    std::size_t end = markdown.find("```", start + 7);
    return markdown.substr(start + 7, end - start - 7);
}

TEST(XmlRoundTrip, SpecExampleIsCanonical) {
    std::ifstream in(test::sourcePath("docs/file-format.md"));
    std::stringstream buffer;
    buffer << in.rdbuf();
    std::string example = extractExample(buffer.str());
    LoadResult loaded = readProject(example, "file-format.md");
    ASSERT_TRUE(loaded) << loaded.error.toString();
    EXPECT_EQ(writeProject(*loaded.project), example);
}

TEST(XmlRoundTrip, ChainProjectSurvives) {
    Project project = test::chainProject();
    test::tick(project, "a", "m1", VerdictValue::Supported);
    LoadResult loaded = readProject(writeProject(project), "chain");
    ASSERT_TRUE(loaded) << loaded.error.toString();
    EXPECT_EQ(*loaded.project, project);
}

TEST(XmlRoundTrip, WriterStartsWithDeclarationAndIndentsTwoSpaces) {
    std::string text = writeProject(test::chainProject());
    EXPECT_EQ(text.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<realist format=\"1\" language=\"en\">\n  <meta>\n", 0), 0u);
    EXPECT_EQ(text.back(), '\n');
}

// Property: for many random projects, save → load gives the same project, and saving that
// again gives the same bytes.
TEST(XmlRoundTrip, RandomProjectsRoundTripExactly) {
    for (std::uint32_t seed = 1; seed <= 300; ++seed) {
        Project project = test::randomProject(seed);
        std::string first = writeProject(project);
        LoadResult loaded = readProject(first, "random");
        ASSERT_TRUE(loaded) << "seed " << seed << ": " << loaded.error.toString() << "\n" << first;
        ASSERT_EQ(*loaded.project, project) << "seed " << seed << "\n" << first;
        ASSERT_EQ(writeProject(*loaded.project), first) << "seed " << seed;
    }
}

// A reader makes every CR in a text LF; the writer keeps one that is part of a text as "&#13;",
// so that the text comes back as it was and the file stays canonical.
TEST(XmlRoundTrip, ACarriageReturnInATextComesBackAsItWas) {
    Project project = test::chainProject();
    project.sources.front().text = "een\rtwee\r\ndrie";
    project.meta.title = "titel\r";
    std::string xml = writeProject(project);
    EXPECT_NE(xml.find("een&#13;twee&#13;\ndrie"), std::string::npos) << xml;
    EXPECT_EQ(xml.find('\r'), std::string::npos);
    LoadResult reloaded = readProject(xml, "p.realist");
    ASSERT_TRUE(reloaded) << reloaded.error.toString();
    EXPECT_EQ(*reloaded.project, project);
    EXPECT_EQ(writeProject(*reloaded.project), xml);
}

// pugixml cuts a text short at a NUL: such a project is not saved, and says where the NUL is.
TEST(XmlRoundTrip, TextXmlCannotHoldIsRefusedNotCutShort) {
    Project project = test::chainProject();
    project.sources.front().text = std::string("voor") + '\0' + "na";
    std::string unwritable;
    writeProject(project, unwritable);
    EXPECT_EQ(unwritable, "source \"doc\": text holds U+0000 at character 4, which an XML 1.0 file cannot hold");
    std::string path = ::testing::TempDir() + "unwritable.realist";
    std::remove(path.c_str());
    WriteResult saved = saveProject(project, path);
    EXPECT_EQ(saved.error, path + ": not saved: " + unwritable);
    EXPECT_FALSE(std::ifstream(path).good()) << "nothing is written";
    project.sources.front().text = "voor na";
    writeProject(project, unwritable);
    EXPECT_EQ(unwritable, "");
}

TEST(XmlRoundTrip, NotAssessedVerdictWithEvidenceIsKept) {
    Project project = test::chainProject();
    Evidence e;
    e.id = "early";
    e.quote = "Noted before ticking.";
    project.cases[0].verdicts.push_back({"m1", VerdictValue::NotAssessed, {}, {e}});
    LoadResult loaded = readProject(writeProject(project), "p");
    ASSERT_TRUE(loaded) << loaded.error.toString();
    EXPECT_EQ(loaded.project->cases[0].verdicts.size(), 1u);
    EXPECT_EQ(loaded.project->cases[0].verdicts[0].evidence[0].quote, "Noted before ticking.");
}

// loadProject parses a file in place (no second copy); it must read exactly what readProject
// reads from the same bytes, and refuse a damaged file with the same place and message.
TEST(XmlRoundTrip, LoadingAFileReadsWhatReadingItsTextReads) {
    auto folder = std::filesystem::temp_directory_path() / ("rw-inplace-" + std::to_string(::getpid()));
    std::filesystem::create_directories(folder);
    auto write = [&](const std::string& name, const std::string& text) {
        std::ofstream(folder / name, std::ios::binary) << text;
        return (folder / name).string();
    };
    for (std::uint32_t seed = 1; seed <= 40; ++seed) {
        std::string text = writeProject(test::randomProject(seed));
        LoadResult fromFile = loadProject(write("random.realist", text));
        LoadResult fromText = readProject(text, "random.realist");
        ASSERT_TRUE(fromFile) << "seed " << seed << ": " << fromFile.error.toString();
        ASSERT_EQ(*fromFile.project, *fromText.project) << "seed " << seed;
    }
    std::string good = writeProject(test::chainProject());
    std::string damaged[] = {
        good.substr(0, good.size() / 2),                                                  // cut short
        std::string(good).replace(good.find("<label>"), 7, "<label x=\"1\">"),           // unknown attribute
        std::string(good).replace(good.find("Chain"), 5, "Ch&amp;a\xFFn"),                // not UTF-8 after an entity
        std::string(good).insert(good.find("<meta>"), "<!DOCTYPE realist>\n"),          // a DTD
    };
    for (const std::string& text : damaged) {
        LoadResult fromFile = loadProject(write("damaged.realist", text));
        LoadResult fromText = readProject(text, (folder / "damaged.realist").string());
        ASSERT_FALSE(fromFile) << static_cast<bool>(fromText) << " " << fromText.error.toString()  << " size " << text.size() << "\n" << text;
        EXPECT_EQ(fromFile.error.toString(), fromText.error.toString());
        EXPECT_GT(fromFile.error.line, 0);
    }
    std::filesystem::remove_all(folder);
}

// A refused value is quoted in the message; a line break in it ("&#10;") must not split the
// one-line error (found by the project_reader fuzzer).
TEST(XmlRoundTrip, ARefusalQuotingALineBreakStaysOneLine) {
    std::string text = writeProject(test::chainProject());
    text.replace(text.find("<ref source=\"doc\" />"), 20, "<ref source=\"doc\" lines=\"1&#10;-2\" />");
    LoadResult loaded = readProject(text, "broken.realist");
    ASSERT_FALSE(loaded);
    EXPECT_EQ(loaded.error.toString().find('\n'), std::string::npos) << loaded.error.toString();
    EXPECT_NE(loaded.error.toString().find("1\\n-2"), std::string::npos) << loaded.error.toString();
}

}  // namespace
}  // namespace rw
