// Malformed and inconsistent files: each is refused whole, with the exact line and column.

#include <gtest/gtest.h>

#include "tests/test_projects.h"

#include "model/format/xml_reader.h"

namespace rw {
namespace {

// A small valid project, one element per line so that positions are easy to read.
const std::vector<std::string> kBase = {
    R"(<?xml version="1.0" encoding="UTF-8"?>)",                  // 1
    R"(<realist format="1">)",                                     // 2
    R"(  <meta><title>T</title></meta>)",                          // 3
    R"(  <sources><source id="s" kind="interview"><title>S</title></source></sources>)",  // 4
    R"(  <attributes><attribute key="n" type="number">N</attribute></attributes>)",        // 5
    R"(  <theories>)",                                             // 6
    R"(    <theory id="t"><name>Theory</name>)",                   // 7
    R"(      <node id="a" kind="mechanism"><label>A</label></node>)",  // 8
    R"(      <node id="b" kind="outcome"><label>B</label></node>)",    // 9
    R"(      <link id="l" from="a" to="b"/>)",                     // 10
    R"(    </theory>)",                                            // 11
    R"(  </theories>)",                                            // 12
    R"(  <cases>)",                                                // 13
    R"(    <case id="c"><name>C</name><value key="n">3</value>)",  // 14
    R"(      <verdict node="a" value="supported"/>)",              // 15
    R"(    </case>)",                                              // 16
    R"(  </cases>)",                                               // 17
    R"(</realist>)",                                               // 18
};

std::string join(const std::vector<std::string>& lines) { return test::joinLines(lines); }

std::string withLine(int number, const std::string& replacement) { return test::joinLines(kBase, number, replacement); }

struct BadInput {
    const char* name;
    std::string xml;
    int line;
    int column;
    const char* message;  // a part of the message
};

void PrintTo(const BadInput& input, std::ostream* out) { *out << input.name; }

class XmlErrors : public ::testing::TestWithParam<BadInput> {};

TEST(XmlErrorsBase, BaseIsValid) {
    LoadResult result = readProject(join(kBase), "base.realist");
    ASSERT_TRUE(result) << result.error.toString();
    EXPECT_EQ(result.project->cases[0].verdictOn("a"), VerdictValue::Supported);
}

TEST_P(XmlErrors, RefusedWithPosition) {
    const BadInput& input = GetParam();
    LoadResult result = readProject(input.xml, "bad.realist");
    ASSERT_FALSE(result) << input.name;
    EXPECT_FALSE(result.project.has_value());
    EXPECT_EQ(result.error.line, input.line) << result.error.toString();
    EXPECT_EQ(result.error.column, input.column) << result.error.toString();
    EXPECT_NE(result.error.message.find(input.message), std::string::npos) << result.error.toString();
    std::string expectedPrefix =
        "bad.realist:" + std::to_string(input.line) + ":" + std::to_string(input.column) + ": ";
    EXPECT_EQ(result.error.toString().rfind(expectedPrefix, 0), 0u) << result.error.toString();
}

std::string truncatedAfterLine(int line) {
    return join(std::vector<std::string>(kBase.begin(), kBase.begin() + line));
}

INSTANTIATE_TEST_SUITE_P(
    Table, XmlErrors,
    ::testing::Values(
        BadInput{"empty", "", 1, 1, "no XML element"},
        BadInput{"not xml", "this is not a project\n", 1, 1, "no XML element"},
        BadInput{"binary", std::string("\x89PNG\r\n\x1a\n", 8), 1, 1, "XML"},
        BadInput{"wrong root", R"(<?xml version="1.0"?>)" "\n<project format=\"1\"/>\n", 2, 1,
                 "root element is <project>"},
        BadInput{"truncated", truncatedAfterLine(14), 15, 1, "ends before all its elements are closed"},
        BadInput{"mismatched tag", withLine(3, "  <meta><title>T</titel></meta>"), 3, 19, "not well-formed"},
        BadInput{"no format", withLine(2, "<realist>"), 2, 1, "no format"},
        BadInput{"newer format", withLine(2, R"(<realist format="2">)"), 2, 10, "newer Realist Workbench (format 2)"},
        BadInput{"format not a number", withLine(2, R"(<realist format="one">)"), 2, 10, "not a version number"},
        BadInput{"unknown verdict", withLine(15, R"(      <verdict node="a" value="yes"/>)"), 15, 25,
                 "unknown value \"yes\""},
        BadInput{"verdict on missing node", withLine(15, R"(      <verdict node="zz" value="mixed"/>)"), 15, 16,
                 "missing node \"zz\""},
        BadInput{"duplicate node id", withLine(9, R"(      <node id="a" kind="outcome"><label>B</label></node>)"), 9,
                 13, "duplicate node id \"a\""},
        BadInput{"link to missing node", withLine(10, R"(      <link id="l" from="a" to="x"/>)"), 10, 29,
                 "points at missing node \"x\""},
        BadInput{"unknown node kind", withLine(8, R"(      <node id="a" kind="mechanic"><label>A</label></node>)"), 8,
                 20, "unknown kind \"mechanic\""},
        BadInput{"evidence with missing source",
                 withLine(15, R"(      <verdict node="a" value="supported"><evidence id="e" stance="supports" source="x"><quote>q</quote></evidence></verdict>)"),
                 15, 78, "source \"x\" does not exist"},
        BadInput{"evidence with missing informant",
                 withLine(15, R"(      <verdict node="a" value="supported"><evidence id="e" stance="supports" informant="p1"><quote>q</quote></evidence></verdict>)"),
                 15, 78, "informant \"p1\" does not exist"},
        BadInput{"unknown element", withLine(14, R"(    <case id="c"><name>C</name><colour/>)"), 14, 32,
                 "unknown element <colour> in <case>"},
        BadInput{"unknown attribute", withLine(14, R"(    <case id="c" colour="red"><name>C</name>)"), 14, 18,
                 "unknown attribute colour on <case>"},
        BadInput{"attribute on a text element", withLine(14, R"(    <case id="c"><name lang="nl">C</name>)"), 14, 24,
                 "unknown attribute lang on <name>"},
        BadInput{"value of wrong type", withLine(14, R"(    <case id="c"><name>C</name><value key="n">many</value>)"),
                 14, 32, "value \"many\" of \"n\" is not a number"},
        BadInput{"undeclared attribute", withLine(14, R"(    <case id="c"><name>C</name><value key="q">3</value>)"), 14,
                 39, "attribute \"q\" is not declared"},
        BadInput{"id with space", withLine(8, R"(      <node id="a b" kind="mechanism"><label>A</label></node>)"), 8,
                 13, "contains whitespace"},
        BadInput{"accented text counts characters",
                 withLine(3, "  <meta><title>Café é</title><x/></meta>"), 3, 30, "unknown element <x> in <meta>"},
        // Markup inside a text would otherwise keep "a" and drop the rest.
        BadInput{"markup in a text", withLine(3, "  <meta><title>a<b/>c</title></meta>"), 3, 17,
                 "<title> holds text only, not <b>"},
        BadInput{"markup in a quote",
                 withLine(15, R"(      <verdict node="a" value="supported"><evidence id="e" stance="supports"><quote>x<em>y</em></quote></evidence></verdict>)"),
                 15, 86, "<quote> holds text only, not <em>"},
        // pugixml would end the text at a NUL, raw or as a reference.
        BadInput{"a NUL byte", withLine(3, std::string("  <meta><title>T") + '\0' + "U</title></meta>"), 3, 17,
                 "character U+0000 cannot stand in an XML 1.0 file"},
        BadInput{"a NUL reference", withLine(3, "  <meta><title>T&#0;U</title></meta>"), 3, 17,
                 "character U+0000 cannot stand"},
        BadInput{"a control character reference", withLine(3, "  <meta><title>T&#x1b;U</title></meta>"), 3, 17,
                 "character U+001B cannot stand"},
        BadInput{"a raw control character", withLine(3, "  <meta><title>T\x01U</title></meta>"), 3, 17,
                 "character U+0001 cannot stand"}));

// Deep nesting is refused where it passes the limit, before anything walks the tree.
TEST(XmlErrorsBase, DeepNestingIsRefusedWhereItPassesTheLimit) {
    std::string deep = "    <case id=\"c\"><name>C</name>";
    const int levels = 300;
    for (int i = 0; i < levels; ++i) deep += "<x>";
    for (int i = 0; i < levels; ++i) deep += "</x>";
    LoadResult result = readProject(withLine(14, deep), "deep.realist");
    ASSERT_FALSE(result);
    // <realist>, <cases> and <case> are the first three levels: the 254th <x> is level 257.
    int column = static_cast<int>(std::string("    <case id=\"c\"><name>C</name>").size()) + 253 * 3 + 1;
    EXPECT_EQ(result.error.toString(),
              "deep.realist:14:" + std::to_string(column) + ": elements nested deeper than 256 levels");
}

TEST(XmlErrorsFile, DevicesAndPipesAreNeverRead) {
    LoadResult result = loadProject("/dev/zero");
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error.toString(), "/dev/zero: is a device, not a file");
}

TEST(XmlErrorsFile, MissingFileHasNoPosition) {
    LoadResult result = loadProject("/nonexistent/dir/p.realist");
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error.toString(), "/nonexistent/dir/p.realist: no such file");
}

TEST(XmlErrorsFile, DirectoryIsRefused) {
    LoadResult result = loadProject("/tmp");
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error.toString(), "/tmp: is a directory, not a file");
}

}  // namespace
}  // namespace rw
