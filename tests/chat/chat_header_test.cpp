// Header lines of every layout, as tables: what is read, and lines that are no header.

#include <gtest/gtest.h>

#include "model/chat/chat_header.h"

namespace rw {
namespace {

struct HeaderRow {
    const char* line;
    int first, second, year;  // day and month in written order, the year as written
    int hour, minute, seconds;
    bool secondsWritten;
    Meridiem meridiem;
    HeaderSeparator separator;
    bool bracket;
    const char* rest;
};

const HeaderRow kHeaders[] = {
    {"22-11-2018 12:29 - Jan: hoi", 22, 11, 2018, 12, 29, 0, false, Meridiem::None, HeaderSeparator::Dash, false, "Jan: hoi"},
    {"[06-07-16 07:51:23] Jan: hoi", 6, 7, 16, 7, 51, 23, true, Meridiem::None, HeaderSeparator::Space, true, "Jan: hoi"},
    {"[26-06-18 11:51] \xE2\x80\x94 [deelnemer]: x", 26, 6, 18, 11, 51, 0, false, Meridiem::None, HeaderSeparator::EmDash, true, "[deelnemer]: x"},
    {"[22-11-2018 12:29] - [deelnemer 1]: x", 22, 11, 2018, 12, 29, 0, false, Meridiem::None, HeaderSeparator::Dash, true, "[deelnemer 1]: x"},
    {"22-11-2018 12:29 \xE2\x80\x93 Jan: x", 22, 11, 2018, 12, 29, 0, false, Meridiem::None, HeaderSeparator::EnDash, false, "Jan: x"},
    {"3/6/18, 9:05 - a: m", 3, 6, 18, 9, 5, 0, false, Meridiem::None, HeaderSeparator::Dash, false, "a: m"},
    {"1/15/20, 8:03 PM - a: m", 1, 15, 20, 8, 3, 0, false, Meridiem::Pm, HeaderSeparator::Dash, false, "a: m"},
    {"21/08/19, 10:14 pm - a: m", 21, 8, 19, 10, 14, 0, false, Meridiem::Pm, HeaderSeparator::Dash, false, "a: m"},
    {"30/11/2021, 11:58 a.m. - a: m", 30, 11, 2021, 11, 58, 0, false, Meridiem::Am, HeaderSeparator::Dash, false, "a: m"},
    {"3/6/18, 1:55 p. m. - a: m", 3, 6, 18, 1, 55, 0, false, Meridiem::Pm, HeaderSeparator::Dash, false, "a: m"},
    {"3/6/18, 1:55 p.\xC2\xA0m. - a: m", 3, 6, 18, 1, 55, 0, false, Meridiem::Pm, HeaderSeparator::Dash, false, "a: m"},
    {"[3/6/18 1:55:00\xC2\xA0p.\xC2\xA0m.] a: m", 3, 6, 18, 1, 55, 0, true, Meridiem::Pm, HeaderSeparator::Space, true, "a: m"},
    {"[1/15/24, 9:05:12\xE2\x80\xAFPM] Dana: x", 1, 15, 24, 9, 5, 12, true, Meridiem::Pm, HeaderSeparator::Space, true, "Dana: x"},
    {"1/15/24, 9:05\xE2\x80\xAF" "AM - Dana: x", 1, 15, 24, 9, 5, 0, false, Meridiem::Am, HeaderSeparator::Dash, false, "Dana: x"},
    {"13.06.18 21.25.15: a: m", 13, 6, 18, 21, 25, 15, true, Meridiem::None, HeaderSeparator::Colon, false, "a: m"},
    {"28.02.20, 18:30 - a: m", 28, 2, 20, 18, 30, 0, false, Meridiem::None, HeaderSeparator::Dash, false, "a: m"},
    {"13.6.2018 klo 21.25.15 - a: m", 13, 6, 2018, 21, 25, 15, true, Meridiem::None, HeaderSeparator::Dash, false, "a: m"},
    {"13. 6. 2018. 21:25:15 a: m", 13, 6, 2018, 21, 25, 15, true, Meridiem::None, HeaderSeparator::Space, false, "a: m"},
    {"[2018/06/13, 21:25:15] a: m", 6, 13, 2018, 21, 25, 15, true, Meridiem::None, HeaderSeparator::Space, true, "a: m"},
    {"25/12/2020 \xC3\xA0 19:45 - a: m", 25, 12, 2020, 19, 45, 0, false, Meridiem::None, HeaderSeparator::Dash, false, "a: m"},
    {"29 juni 2018, 18:57 [deelnemer]: x", 29, 6, 2018, 18, 57, 0, false, Meridiem::None, HeaderSeparator::Space, false, "[deelnemer]: x"},
    {"4 september 2018, 23:36 [deelnemer]: x", 4, 9, 2018, 23, 36, 0, false, Meridiem::None, HeaderSeparator::Space, false, "[deelnemer]: x"},
    {"29. Juni 2018, 18:57 - a: m", 29, 6, 2018, 18, 57, 0, false, Meridiem::None, HeaderSeparator::Dash, false, "a: m"},
    {"June 29, 2018, 6:57 PM - a: m", 6, 29, 2018, 6, 57, 0, false, Meridiem::Pm, HeaderSeparator::Dash, false, "a: m"},
    {"\xE2\x80\x8E[06/03/2017, 00:45:50] a: m", 6, 3, 2017, 0, 45, 50, true, Meridiem::None, HeaderSeparator::Space, true, "a: m"},
    {"\xE2\x80\x8F" "12\xE2\x80\x8F/3\xE2\x80\x8F/2019, 14:00 - a: m", 12, 3, 2019, 14, 0, 0, false, Meridiem::None, HeaderSeparator::Dash, false, "a: m"},
    {"2018. 11. 22. \xEC\x98\xA4\xED\x9B\x84 6:57 - a: m", 11, 22, 2018, 6, 57, 0, false, Meridiem::Pm, HeaderSeparator::Dash, false, "a: m"},
    // The year in the middle (Pustur/whatsapp-chat-parser's format10).
    {"[06/2018/13, 21:25:15] a: m", 6, 13, 2018, 21, 25, 15, true, Meridiem::None, HeaderSeparator::Space, true, "a: m"},
    // Time before date: Vietnamese iOS, and the old Android "19:23, 28 Aug 2013 - ".
    {"[14:56:01, 3/18/22] Dana: x", 3, 18, 22, 14, 56, 1, true, Meridiem::None, HeaderSeparator::Space, true, "Dana: x"},
    {"19:23, 28 Aug 2013 - a: m", 28, 8, 2013, 19, 23, 0, false, Meridiem::None, HeaderSeparator::Dash, false, "a: m"},
    // No year: old exports wrote this year's dates so.
    {"Mar 5, 8:11 PM - a: m", 3, 5, 0, 8, 11, 0, false, Meridiem::Pm, HeaderSeparator::Dash, false, "a: m"},
    {"18 Mar 12:14 - a: m", 18, 3, 0, 12, 14, 0, false, Meridiem::None, HeaderSeparator::Dash, false, "a: m"},
    // Buddhist Era and Japanese era years (starkdmi/whats_json test/data/calendars).
    {"[3/18/2565 BE, 14:56:01] a: m", 3, 18, 2565, 14, 56, 1, true, Meridiem::None, HeaderSeparator::Space, true, "a: m"},
    {"[3/18/R4, 14:56:01] a: m", 3, 18, 4, 14, 56, 1, true, Meridiem::None, HeaderSeparator::Space, true, "a: m"},
    // Native digits: Arabic-Indic with RLM marks, Arabic comma and م (PM); Persian; Devanagari; Thai.
    {"\xD9\xA2\xD9\xA0\xE2\x80\x8F/\xD9\xA8\xE2\x80\x8F/\xD9\xA2\xD9\xA0\xD9\xA2\xD9\xA2\xD8\x8C \xD9\xA1\xD9\xA0:\xD9\xA3\xD9\xA0 \xD9\x85 - a: m",
     20, 8, 2022, 10, 30, 0, false, Meridiem::Pm, HeaderSeparator::Dash, false, "a: m"},
    {"\xDB\xB2\xDB\xB0\xDB\xB2\xDB\xB2/\xDB\xB8/\xDB\xB2\xDB\xB0 \xDB\xB1\xDB\xB0:\xDB\xB3\xDB\xB0 - a: m",
     8, 20, 2022, 10, 30, 0, false, Meridiem::None, HeaderSeparator::Dash, false, "a: m"},
    {"\xE0\xA5\xA7\xE0\xA5\xAB/\xE0\xA5\xA7/\xE0\xA5\xA8\xE0\xA5\xA6, \xE0\xA5\xAF:\xE0\xA5\xA7\xE0\xA5\xAB pm - a: m",
     15, 1, 20, 9, 15, 0, false, Meridiem::Pm, HeaderSeparator::Dash, false, "a: m"},
    {"\xE0\xB9\x91\xE0\xB9\x98/\xE0\xB9\x93/\xE0\xB9\x92\xE0\xB9\x95\xE0\xB9\x96\xE0\xB9\x95 \xE0\xB9\x91\xE0\xB9\x94:\xE0\xB9\x95\xE0\xB9\x96 - a: m",
     18, 3, 2565, 14, 56, 0, false, Meridiem::None, HeaderSeparator::Dash, false, "a: m"},
    // Day periods in words.
    {"1/15/20, 9:15 in the morning - a: m", 1, 15, 20, 9, 15, 0, false, Meridiem::Morning, HeaderSeparator::Dash, false, "a: m"},
    {"1/15/20, 11:30 at night - a: m", 1, 15, 20, 11, 30, 0, false, Meridiem::Night, HeaderSeparator::Dash, false, "a: m"},
    {"2020/1/15 \xE6\x99\x9A\xE4\xB8\x8A" "9:15 - a: m", 1, 15, 2020, 9, 15, 0, false, Meridiem::Evening, HeaderSeparator::Dash, false, "a: m"},
};

TEST(ChatHeader, ReadsEveryLayout) {
    for (const HeaderRow& row : kHeaders) {
        SCOPED_TRACE(row.line);
        std::optional<ChatHeader> header = matchChatHeader(row.line);
        ASSERT_TRUE(header);
        EXPECT_EQ(header->first, row.first);
        EXPECT_EQ(header->second, row.second);
        EXPECT_EQ(header->year, row.year);
        EXPECT_EQ(header->hour, row.hour);
        EXPECT_EQ(header->minute, row.minute);
        EXPECT_EQ(header->seconds, row.seconds);
        EXPECT_EQ(header->layout.seconds, row.secondsWritten);
        EXPECT_EQ(header->meridiem, row.meridiem);
        EXPECT_EQ(header->layout.separator, row.separator);
        EXPECT_EQ(header->layout.bracket, row.bracket);
        EXPECT_EQ(header->rest, row.rest);
    }
}

TEST(ChatHeader, RefusesLinesThatAreNoHeader) {
    for (const char* line : {
             "", "Hallo allemaal", "12:30 afspraak bij de garage", "22-11-2018 zag ik iets", "22-11-2018 12:29",
             "2016-04-29 10:30:00", "123-11-2018 12:29 - a: b", "22-11-201 12:29 - a: b",
             "22-11-2018 1229 - a: b", "22-11-2018 12:2 - a: b", "22/11-2018 12:29 - a: b", "3 mensen om 12:00 - a: b",
             "[22-11-2018 12:29 - a: b", "22-11-2018, 12:29:", "[14:56:01] a: m", "12:30, morgen - a: b",
             "3/18/Q4, 14:56 - a: b", "06/2018/2013, 21:25 - a: b"}) {
        EXPECT_FALSE(matchChatHeader(line)) << line;
    }
}

TEST(ChatHeader, ALockedLayoutAcceptsOnlyLinesWrittenTheSameWay) {
    ChatLayout android = matchChatHeader("22-11-2018 12:29 - Jan: hoi")->layout;
    EXPECT_TRUE(matchChatHeader("1-2-2019 9:05 - Piet: ja", &android));
    for (const char* other : {"[22-11-2018 12:29] Jan: hoi", "22-11-18 12:29 - Jan: hoi", "22/11/2018 12:29 - Jan: hoi",
                              "22-11-2018, 12:29 - Jan: hoi", "22-11-2018 12:29:05 - Jan: hoi",
                              "22-11-2018 12:29 PM - Jan: hoi", "22-11-2018 12.29 - Jan: hoi", "22-11-2018 12:29 Jan: hoi",
                              "2018-11-22 12:29 - Jan: hoi"})
        EXPECT_FALSE(matchChatHeader(other, &android)) << other;
}

TEST(ChatHeader, ATwentyFourHourLayoutDoesNotReadAnAuthorAsAMeridiem) {
    ChatLayout plain = matchChatHeader("29 juni 2018, 18:57 Jan: hoi")->layout;
    std::optional<ChatHeader> header = matchChatHeader("29 juni 2018, 6:57 Am: hoi", &plain);
    ASSERT_TRUE(header);
    EXPECT_EQ(header->meridiem, Meridiem::None);
    EXPECT_EQ(header->rest, "Am: hoi");
}

struct DateRow {
    const char* line;
    DateOrder order;
    const char* iso;  // nullptr: no such date or time
};

const DateRow kDates[] = {
    {"22-11-2018 12:29 - a: b", DateOrder::Dmy, "2018-11-22T12:29"},
    {"11/22/18, 12:29 PM - a: b", DateOrder::Mdy, "2018-11-22T12:29"},
    {"11/22/18, 12:29 AM - a: b", DateOrder::Mdy, "2018-11-22T00:29"},
    {"11/22/18, 1:05 PM - a: b", DateOrder::Mdy, "2018-11-22T13:05"},
    {"11/22/18, 13:05 PM - a: b", DateOrder::Mdy, nullptr},
    {"[06-07-16 07:51:23] a: b", DateOrder::Dmy, "2016-07-06T07:51:23"},
    {"[06-07-16 07:51:23] a: b", DateOrder::Mdy, "2016-06-07T07:51:23"},
    {"31-02-2019 10:00 - a: b", DateOrder::Dmy, nullptr},
    {"29-02-2020 10:00 - a: b", DateOrder::Dmy, "2020-02-29T10:00"},
    {"29-02-2019 10:00 - a: b", DateOrder::Dmy, nullptr},
    {"14-03-2019 25:10 - a: b", DateOrder::Dmy, nullptr},
    {"14-03-2019 20:61 - a: b", DateOrder::Dmy, nullptr},
    {"14-03-2019 20:10 - a: b", DateOrder::Mdy, nullptr},
    {"[2018/06/13, 21:25:15] a: m", DateOrder::Dmy, "2018-06-13T21:25:15"},  // the layout fixes year first
    {"29 juni 2018, 18:57 a: m", DateOrder::Mdy, "2018-06-29T18:57"},        // a named month fixes the order
    {"June 29, 2018, 6:57 PM - a: m", DateOrder::Dmy, "2018-06-29T18:57"},
    {"18-06-13 21:25 - a: m", DateOrder::Ymd, "2018-06-13T21:25"},
    {"[06/2018/13, 21:25:15] a: m", DateOrder::Mdy, "2018-06-13T21:25:15"},
    {"[06/2018/13, 21:25:15] a: m", DateOrder::Dmy, nullptr},
    {"[3/18/2565 BE, 14:56:01] a: m", DateOrder::Mdy, "2022-03-18T14:56:01"},
    {"18/3/2565 14:56 - a: m", DateOrder::Dmy, "2022-03-18T14:56"},  // a Buddhist year without "BE"
    {"29/2/2563 14:56 - a: m", DateOrder::Dmy, "2020-02-29T14:56"},  // 2563 BE is the leap year 2020
    {"29/2/2564 14:56 - a: m", DateOrder::Dmy, nullptr},
    {"[3/18/R4, 14:56:01] a: m", DateOrder::Mdy, "2022-03-18T14:56:01"},
    {"[4/30/H31, 09:00:00] a: m", DateOrder::Mdy, "2019-04-30T09:00:00"},
    {"[5/1/R1, 09:00:00] a: m", DateOrder::Mdy, "2019-05-01T09:00:00"},
    {"[14:56:01, 3/18/22] a: m", DateOrder::Mdy, "2022-03-18T14:56:01"},
    {"19:23, 28 Aug 2013 - a: m", DateOrder::Mdy, "2013-08-28T19:23"},
    {"1/15/20, 9:15 in the morning - a: m", DateOrder::Mdy, "2020-01-15T09:15"},
    {"1/15/20, 12:30 in the afternoon - a: m", DateOrder::Mdy, "2020-01-15T12:30"},
    {"1/15/20, 1:15 in the afternoon - a: m", DateOrder::Mdy, "2020-01-15T13:15"},
    {"1/15/20, 9:15 in the evening - a: m", DateOrder::Mdy, "2020-01-15T21:15"},
    {"1/15/20, 11:30 at night - a: m", DateOrder::Mdy, "2020-01-15T23:30"},
    {"1/15/20, 2:00 at night - a: m", DateOrder::Mdy, "2020-01-15T02:00"},
    {"\xD9\xA2\xD9\xA0\xE2\x80\x8F/\xD9\xA8\xE2\x80\x8F/\xD9\xA2\xD9\xA0\xD9\xA2\xD9\xA2\xD8\x8C \xD9\xA1\xD9\xA0:\xD9\xA3\xD9\xA0 \xD9\x85 - a: m",
     DateOrder::Dmy, "2022-08-20T22:30"},
};

TEST(ChatHeader, ResolvesDatesInTheGivenOrder) {
    for (const DateRow& row : kDates) {
        SCOPED_TRACE(std::string(row.line) + " as " + dateOrderName(row.order));
        std::optional<ChatHeader> header = matchChatHeader(row.line);
        ASSERT_TRUE(header);
        std::optional<ChatDateTime> when = resolveChatDate(*header, row.order);
        if (!row.iso) {
            EXPECT_FALSE(when);
            continue;
        }
        ASSERT_TRUE(when);
        EXPECT_EQ(when->iso(), row.iso);
    }
}

TEST(ChatHeader, ReadsADateWithoutAYearInTheYearGiven) {
    std::optional<ChatHeader> header = matchChatHeader("Mar 5, 8:11 PM - a: m");
    ASSERT_TRUE(header);
    EXPECT_TRUE(header->layout.yearless);
    EXPECT_EQ(resolveChatDate(*header, DateOrder::Dmy, 2013)->iso(), "2013-03-05T20:11");
    std::optional<ChatHeader> leap = matchChatHeader("29 Feb 10:00 - a: m");
    ASSERT_TRUE(leap);
    EXPECT_TRUE(resolveChatDate(*leap, DateOrder::Dmy, 2012));
    EXPECT_FALSE(resolveChatDate(*leap, DateOrder::Dmy, 2013));
}

TEST(ChatHeader, TellsGregorianYearsFromOtherCalendars) {
    auto yearOf = [](const char* line) { return gregorianYear(*matchChatHeader(line)); };
    EXPECT_EQ(yearOf("18/3/22 14:56 - a: m"), 2022);
    EXPECT_EQ(yearOf("18/3/2022 14:56 - a: m"), 2022);
    EXPECT_EQ(yearOf("[3/18/2565 BE, 14:56:01] a: m"), 2022);
    EXPECT_EQ(yearOf("[3/18/R4, 14:56:01] a: m"), 2022);
    EXPECT_EQ(yearOf("[3/18/H30, 14:56:01] a: m"), 2018);
    EXPECT_EQ(yearOf("18 Mar 12:14 - a: m"), 0);
}

TEST(ChatHeader, DescribesLayoutsWithoutTheirNumbers) {
    EXPECT_EQ(describeLayout(matchChatHeader("22-11-2018 12:29 - Jan: hoi")->layout), "nn-nn-yyyy hh:mm - ");
    EXPECT_EQ(describeLayout(matchChatHeader("[14:56:01, 3/18/22] Jan: hoi")->layout), "[hh:mm:ss, nn/nn/yy] ");
    EXPECT_EQ(describeLayout(matchChatHeader("Mar 5, 8:11 PM - a: m")->layout), "month d, hh:mm AM - ");
    EXPECT_EQ(describeLayout(matchChatHeader("[3/18/2565 BE, 14:56:01] a: m")->layout), "[nn/nn/yyyy BE, hh:mm:ss] ");
}

}  // namespace
}  // namespace rw
