#include <gtest/gtest.h>

#include "model/core/kinds.h"
#include "model/core/location.h"
#include "model/core/text_position.h"
#include "model/core/values.h"

namespace rw {
namespace {

TEST(Values, Numbers) {
    EXPECT_EQ(parseNumber("9.7"), 9.7);
    EXPECT_EQ(parseNumber("-3"), -3.0);
    EXPECT_FALSE(parseNumber("9,7"));
    EXPECT_FALSE(parseNumber("60-70"));
    EXPECT_FALSE(parseNumber(""));
    EXPECT_FALSE(parseNumber("+3"));
    EXPECT_FALSE(parseNumber("3 "));
}

TEST(Values, PartialIsoDates) {
    for (const char* good : {"2017", "2017-04", "2017-04-05", "2018-12-31"}) EXPECT_TRUE(isIsoDate(good)) << good;
    for (const char* bad : {"04/17", "?/16", "2017-13", "2017-4", "2017-04-32", "17", ""})
        EXPECT_FALSE(isIsoDate(bad)) << bad;
}

TEST(Values, OrdinalScale) {
    AttributeDef coverage{"dekking", "Dekkingsgraad", AttributeType::Ordinal, "", "", {"+", "++", "+++", "++++"}};
    EXPECT_EQ(ordinalRank(coverage, "+++"), 2);
    EXPECT_EQ(ordinalRank(coverage, "+++++"), -1);
    EXPECT_EQ(whyValueDoesNotFit(coverage, "++"), "");
    EXPECT_EQ(whyValueDoesNotFit(coverage, "veel"), "is not on the scale +|++|+++|++++");
}

TEST(Values, FlagsAndText) {
    AttributeDef flag{"f", "", AttributeType::Flag, "", "", {}};
    EXPECT_EQ(whyValueDoesNotFit(flag, "true"), "");
    EXPECT_NE(whyValueDoesNotFit(flag, "ja"), "");
    AttributeDef text{"t", "", AttributeType::Text, "", "", {}};
    EXPECT_EQ(whyValueDoesNotFit(text, "anything at all"), "");
}

TEST(Kinds, EverySpellingParsesBack) {
    for (NodeKind k : {NodeKind::Intervention, NodeKind::Context, NodeKind::Mechanism, NodeKind::Outcome,
                       NodeKind::SideEffect})
        EXPECT_EQ(parseNodeKind(toString(k)), k);
    for (VerdictValue v : {VerdictValue::NotAssessed, VerdictValue::Supported, VerdictValue::Refuted,
                           VerdictValue::Mixed})
        EXPECT_EQ(parseVerdictValue(toString(v)), v);
    EXPECT_EQ(parseNodeKind("Mechanism"), std::nullopt);  // spellings are exact
    EXPECT_EQ(verdictSymbol(VerdictValue::Supported), "✓");
}

TEST(Location, RangesParseAndFormat) {
    EXPECT_EQ(parseRange("12"), (std::pair<long, long>{12, 12}));
    EXPECT_EQ(parseRange("12-14"), (std::pair<long, long>{12, 14}));
    EXPECT_FALSE(parseRange("14-12"));
    EXPECT_FALSE(parseRange("a-b"));
    EXPECT_FALSE(parseRange("-3"));
    Location location;
    location.lineBegin = 12;
    location.lineEnd = 14;
    location.page = "56";
    EXPECT_EQ(formatLines(location), "12-14");
    EXPECT_EQ(describe(location), "lines 12-14, p. 56");
}

TEST(TextPosition, CountsLinesAndCharacters) {
    std::string text = "ab\ncé\n😀x";
    EXPECT_EQ(positionOf(text, 0).line, 1);
    EXPECT_EQ(positionOf(text, 3).line, 2);
    EXPECT_EQ(positionOf(text, 3).column, 1);
    std::size_t x = text.find('x');
    EXPECT_EQ(positionOf(text, x).line, 3);
    EXPECT_EQ(positionOf(text, x).column, 2);  // the emoji is one character
    EXPECT_EQ(positionOf(text, 1000).line, 3);
}

}  // namespace
}  // namespace rw
