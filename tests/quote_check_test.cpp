// The one rule for "is this quote the text of its source where it says": exact characters,
// loose lines, omission markers, and lines that must agree with characters.

#include <gtest/gtest.h>

#include "model/checks/quote_check.h"
#include "model/core/source_text.h"

namespace rw {
namespace {

// Line 3 ends in a hyphenated word; line 5 starts with an emoji (one character, four bytes).
const std::string kText =
    "Intro.\n"
    "De beheerder denkt dat de groep er toe \n"
    "heeft geleid dat mensen waar-\n"
    "schuwen. Meer.\n"
    "\xF0\x9F\x98\x80 emoji ja\n";

Location chars(long begin, long end, int lineBegin = 0, int lineEnd = 0) {
    Location at;
    at.charBegin = begin;
    at.charEnd = end;
    at.lineBegin = lineBegin;
    at.lineEnd = lineEnd;
    return at;
}

Location lines(int first, int last) {
    Location at;
    at.lineBegin = first;
    at.lineEnd = last;
    return at;
}

struct Row {
    const char* what;
    std::string quote;
    Location location;
    std::string why;  // empty: it matches
};

class QuoteCheck : public testing::TestWithParam<Row> {};

TEST_P(QuoteCheck, SaysWhyAQuoteIsNotItsSourceText) {
    const Row& row = GetParam();
    EXPECT_EQ(quoteMismatch(kText, row.quote, row.location), row.why) << row.what;
}

INSTANTIATE_TEST_SUITE_P(
    Rows, QuoteCheck,
    testing::Values(
        Row{"exact characters", "De beheerder", chars(7, 19), ""},
        Row{"exact characters with their lines", "De beheerder", chars(7, 19, 2, 2), ""},
        // What a UTF-16 position read as code points does: one character further on.
        Row{"shifted by one character", "De beheerder", chars(8, 20), "the text at chars 8-20 is \"e beheerder \""},
        Row{"a character range compares exactly, spaces included", "De  beheerder", chars(7, 19),
            "the text at chars 7-19 is \"De beheerder\""},
        Row{"code points after an emoji", "emoji", chars(94, 99), ""},
        Row{"past the end", "ja", chars(95, 120), "the text ends before chars 95-120 (it has 103 characters)"},
        Row{"lines that are not those of the characters", "De beheerder", chars(7, 19, 3, 3),
            "chars 7-19 are on line 2, not line 3"},
        Row{"a quote with CRLF line ends", "toe \r\nheeft", chars(42, 52), ""},
        Row{"an omission in a character range", "De beheerder […] toe", chars(7, 45), ""},
        Row{"an omission whose last piece is not at the end", "De beheerder [...] groep", chars(7, 45),
            "the text at chars 7-45 is \"De beheerder denkt dat de groep er toe\""},
        Row{"lines: white space and line breaks may differ", "er toe heeft  geleid", lines(2, 3), ""},
        Row{"lines: a hyphenated word joined", "mensen waarschuwen. Meer.", lines(3, 4), ""},
        Row{"lines: a hyphenated word kept", "mensen waar-schuwen.", lines(3, 4), ""},
        Row{"lines: an omission", "De beheerder (...) waarschuwen.", lines(2, 4), ""},
        Row{"lines: pieces out of order", "waarschuwen […] De beheerder", lines(2, 4),
            "the quote does not stand in lines 2-4, which read \"De beheerder denkt dat de groep er toe \nheeft geleid "
            "dat mensen waar-\nschuwen. Meer.\""},
        Row{"lines: not there", "Minder.", lines(4, 4), "the quote does not stand in line 4, which read \"schuwen. Meer.\""},
        Row{"lines past the end", "Intro.", lines(9, 10), "the text ends before lines 9-10 (it has 5 lines)"},
        Row{"neither lines nor characters: nothing to tell", "anything", Location{}, ""}),
    [](const testing::TestParamInfo<Row>& row) { return "row" + std::to_string(row.index); });

TEST(QuoteCheckTest, EveryQuoteLocateQuoteFindsMatchesItsLocation) {
    for (const char* quote : {"Intro.", "er toe \nheeft", "\xF0\x9F\x98\x80 emoji", "ja\n"}) {
        std::optional<Location> found = locateQuote(kText, quote);
        ASSERT_TRUE(found) << quote;
        EXPECT_EQ(quoteMismatch(kText, quote, *found), "") << quote;
    }
}

TEST(QuoteCheckTest, LocationsOfCodedSegments) {
    Utf8Index index(kText);
    EXPECT_EQ(locationMismatch(index, chars(0, 6, 1, 1)), "");
    EXPECT_EQ(locationMismatch(index, chars(0, 6, 2, 2)), "chars 0-6 are on line 1, not line 2");
    EXPECT_EQ(locationMismatch(index, chars(90, 200)), "the text ends before chars 90-200 (it has 103 characters)");
    EXPECT_EQ(locationMismatch(index, chars(9, 5)), "chars 9-5 end before they begin");
    EXPECT_EQ(locationMismatch(index, lines(5, 6)), "the text ends before lines 5-6 (it has 5 lines)");
    EXPECT_EQ(locationMismatch(index, Location{}), "");
}

TEST(QuoteCheckTest, NormalisationDropsTheBomAndMakesEveryLineEndALineFeed) {
    EXPECT_EQ(normaliseSourceText("\xEF\xBB\xBF" "a\r\nb\rc\n\r\nd"), "a\nb\nc\n\nd");
    EXPECT_EQ(normaliseSourceText("a\xEF\xBB\xBF"), "a\xEF\xBB\xBF");  // only a leading one is a BOM
}

TEST(QuoteCheckTest, PiecesAreCutAtEveryOmissionMarker) {
    std::vector<std::string_view> pieces = quotePieces(" een [...] twee (…)drie [… ] vier […]");
    EXPECT_EQ(pieces, (std::vector<std::string_view>{"een", "twee", "drie [… ] vier"}));
}

TEST(QuoteCheckTest, LooseFindingNarrowsToTheWords) {
    Utf8Index index(kText);
    ByteRange range = index.linesBytes(2, 4);
    ByteRange found = findLoosely(kText, range, "dat mensen waarschuwen.");
    ASSERT_FALSE(found.empty());
    EXPECT_EQ(kText.substr(found.begin, found.end - found.begin), "dat mensen waar-\nschuwen.");
    EXPECT_TRUE(findLoosely(kText, range, "Intro.").empty());  // line 1 is outside the range
}

}  // namespace
}  // namespace rw
