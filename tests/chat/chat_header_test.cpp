// Header lines of every layout, as tables: what is read, and lines that are no header.

#include <gtest/gtest.h>

#include "model/chat_header.h"

namespace rw {
namespace {

struct HeaderRow {
    const char* line;
    int first, second, third;
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
    {"[2018/06/13, 21:25:15] a: m", 2018, 6, 13, 21, 25, 15, true, Meridiem::None, HeaderSeparator::Space, true, "a: m"},
    {"25/12/2020 \xC3\xA0 19:45 - a: m", 25, 12, 2020, 19, 45, 0, false, Meridiem::None, HeaderSeparator::Dash, false, "a: m"},
    {"29 juni 2018, 18:57 [deelnemer]: x", 29, 6, 2018, 18, 57, 0, false, Meridiem::None, HeaderSeparator::Space, false, "[deelnemer]: x"},
    {"4 september 2018, 23:36 [deelnemer]: x", 4, 9, 2018, 23, 36, 0, false, Meridiem::None, HeaderSeparator::Space, false, "[deelnemer]: x"},
    {"29. Juni 2018, 18:57 - a: m", 29, 6, 2018, 18, 57, 0, false, Meridiem::None, HeaderSeparator::Dash, false, "a: m"},
    {"June 29, 2018, 6:57 PM - a: m", 6, 29, 2018, 6, 57, 0, false, Meridiem::Pm, HeaderSeparator::Dash, false, "a: m"},
    {"\xE2\x80\x8E[06/03/2017, 00:45:50] a: m", 6, 3, 2017, 0, 45, 50, true, Meridiem::None, HeaderSeparator::Space, true, "a: m"},
    {"\xE2\x80\x8F" "12\xE2\x80\x8F/3\xE2\x80\x8F/2019, 14:00 - a: m", 12, 3, 2019, 14, 0, 0, false, Meridiem::None, HeaderSeparator::Dash, false, "a: m"},
    {"2018. 11. 22. \xEC\x98\xA4\xED\x9B\x84 6:57 - a: m", 2018, 11, 22, 6, 57, 0, false, Meridiem::Pm, HeaderSeparator::Dash, false, "a: m"},
};

TEST(ChatHeader, ReadsEveryLayout) {
    for (const HeaderRow& row : kHeaders) {
        SCOPED_TRACE(row.line);
        std::optional<ChatHeader> header = matchChatHeader(row.line);
        ASSERT_TRUE(header);
        EXPECT_EQ(header->first, row.first);
        EXPECT_EQ(header->second, row.second);
        EXPECT_EQ(header->third, row.third);
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
             "[22-11-2018 12:29 - a: b", "22-11-2018, 12:29:"}) {
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

}  // namespace
}  // namespace rw
