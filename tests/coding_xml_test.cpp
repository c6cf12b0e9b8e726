// The file format of message coding: category keywords, indicator attributes and automatic
// codings round-trip, and malformed ones are refused with the exact line and column.

#include <gtest/gtest.h>

#include "tests/test_projects.h"

#include "model/format/xml_reader.h"
#include "model/format/xml_writer.h"

namespace rw {
namespace {

const std::vector<std::string> kBase = {
    R"(<?xml version="1.0" encoding="UTF-8"?>)",                                                     // 1
    R"(<realist format="1" language="nl">)",                                                          // 2
    R"(  <meta><title>T</title></meta>)",                                                             // 3
    R"(  <sources><source id="chat" kind="chat-history"><title>Chat</title>)",                        // 4
    R"(    <text>2018-11-22T12:29 deelnemer 1: Inbraak!</text>)",                                     // 5
    R"(    <coding code="urgent" case="c" lines="1" chars="0-41" auto="true"/></source></sources>)",  // 6
    R"(  <categories><category id="urgent" safety="true" keywords="inbr|politie 112">Urgent</category>)",  // 7
    R"(    <category id="overig" keywords="*">Overig</category></categories>)",                       // 8
    R"(  <attributes><attribute key="n" type="number" indicator="per-year:urgent">N</attribute></attributes>)",  // 9
    R"(  <theories><theory id="t"><name>Theory</name>)",                                              // 10
    R"(    <node id="a" kind="mechanism"><label>A</label></node></theory></theories>)",              // 11
    R"(  <cases><case id="c"><name>C</name><value key="n">3</value></case></cases>)",                 // 12
    R"(</realist>)",                                                                                  // 13
};

std::string join(const std::vector<std::string>& lines) { return test::joinLines(lines); }

std::string withLine(int number, const std::string& replacement) { return test::joinLines(kBase, number, replacement); }

TEST(CodingXml, BaseReadsAndRoundTrips) {
    LoadResult result = readProject(join(kBase), "base.realist");
    ASSERT_TRUE(result) << result.error.toString();
    const Project& project = *result.project;
    EXPECT_EQ(project.categories[0].keywords, (std::vector<std::string>{"inbr", "politie 112"}));
    EXPECT_EQ(project.categories[1].keywords, (std::vector<std::string>{"*"}));
    EXPECT_EQ(project.attributes[0].indicator, "per-year:urgent");
    ASSERT_EQ(project.sources[0].codings.size(), 1u);
    EXPECT_TRUE(project.sources[0].codings[0].automatic);
    std::string written = writeProject(project);
    EXPECT_NE(written.find(R"(keywords="inbr|politie 112")"), std::string::npos) << written;
    EXPECT_NE(written.find(R"(indicator="per-year:urgent")"), std::string::npos) << written;
    EXPECT_NE(written.find(R"(auto="true")"), std::string::npos) << written;
    LoadResult again = readProject(written, "again.realist");
    ASSERT_TRUE(again) << again.error.toString();
    EXPECT_EQ(*again.project, project);
    // A hand-made coding writes no auto attribute at all.
    Project hand = project;
    hand.sources[0].codings[0].automatic = false;
    EXPECT_EQ(writeProject(hand).find("auto="), std::string::npos);
}

struct BadInput {
    const char* name;
    std::string xml;
    int line;
    int column;
    const char* message;  // a part of the message
};

void PrintTo(const BadInput& input, std::ostream* out) { *out << input.name; }

class CodingXmlErrors : public ::testing::TestWithParam<BadInput> {};

TEST_P(CodingXmlErrors, RefusedWithPosition) {
    const BadInput& input = GetParam();
    LoadResult result = readProject(input.xml, "bad.realist");
    ASSERT_FALSE(result) << input.name;
    EXPECT_EQ(result.error.line, input.line) << result.error.toString();
    EXPECT_EQ(result.error.column, input.column) << result.error.toString();
    EXPECT_NE(result.error.message.find(input.message), std::string::npos) << result.error.toString();
}

INSTANTIATE_TEST_SUITE_P(
    Table, CodingXmlErrors,
    ::testing::Values(
        BadInput{"unknown indicator",
                 withLine(9, R"(  <attributes><attribute key="n" type="number" indicator="yearly">N</attribute></attributes>)"),
                 9, 48, "unknown indicator \"yearly\""},
        BadInput{"indicator of a missing category",
                 withLine(9, R"(  <attributes><attribute key="n" type="number" indicator="count:spam">N</attribute></attributes>)"),
                 9, 48, "category \"spam\", which does not exist"},
        BadInput{"indicator on a text attribute",
                 withLine(9, R"(  <attributes><attribute key="n" type="text" indicator="total">N</attribute></attributes>)"),
                 9, 46, "its type must be number"},
        BadInput{"empty keyword",
                 withLine(8, R"(    <category id="overig" keywords="a||b">Overig</category></categories>)"), 8, 27,
                 "empty keyword"},
        BadInput{"trailing bar",
                 withLine(8, R"(    <category id="overig" keywords="a|">Overig</category></categories>)"), 8, 27,
                 "empty keyword"},
        BadInput{"keyword with spaces around it",
                 withLine(8, R"(    <category id="overig" keywords="a| b">Overig</category></categories>)"), 8, 27,
                 "spaces around it"},
        BadInput{"auto not a flag",
                 withLine(6, R"(    <coding code="urgent" case="c" lines="1" auto="yes"/></source></sources>)"), 6, 46,
                 "auto \"yes\" is not true or false"}));

}  // namespace
}  // namespace rw
