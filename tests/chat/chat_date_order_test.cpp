// Inferring the order of day and month from all dates of a file.

#include <gtest/gtest.h>

#include <vector>

#include "model/chat/chat_date_order.h"

namespace rw {
namespace {

struct Date {
    int first, second, year;
};

struct InferenceRow {
    const char* what;
    std::vector<Date> dates;
    std::optional<DateOrder> order;
    bool decided;
};

const InferenceRow kRows[] = {
    {"a day above 12 first", {{5, 6, 2019}, {13, 6, 2019}}, DateOrder::Dmy, true},
    {"a day above 12 second", {{6, 5, 2019}, {6, 13, 2019}}, DateOrder::Mdy, true},
    {"31 only as a day", {{1, 2, 2019}, {31, 1, 2019}}, DateOrder::Dmy, true},
    {"29 February only in a leap year", {{2, 29, 2020}}, DateOrder::Mdy, true},
    {"nothing decides, forward both ways", {{1, 2, 2019}, {1, 2, 2019}}, DateOrder::Dmy, false},
    {"nothing decides, forward only as month-day", {{1, 2, 2019}, {1, 3, 2019}, {2, 1, 2019}}, DateOrder::Mdy, false},
    {"nothing decides, forward only as day-month", {{2, 1, 2019}, {3, 1, 2019}, {1, 2, 2019}}, DateOrder::Dmy, false},
    {"a pasted line is outvoted", {{13, 5, 2019}, {14, 5, 2019}, {5, 14, 2019}}, DateOrder::Dmy, true},
    {"too close to call", {{13, 5, 2019}, {5, 14, 2019}}, std::nullopt, true},
    {"no dates", {}, DateOrder::Dmy, false},
};

TEST(ChatDateOrder, InfersFromTheWholeFile) {
    for (const InferenceRow& row : kRows) {
        SCOPED_TRACE(row.what);
        DateOrderInference inference;
        long line = 0;
        for (const Date& date : row.dates) inference.add(date.first, date.second, date.year, ++line);
        EXPECT_EQ(inference.order(), row.order);
        EXPECT_EQ(inference.decided(), row.decided);
    }
}

TEST(ChatDateOrder, RemembersTheFirstDecidingLines) {
    DateOrderInference inference;
    EXPECT_EQ(inference.add(1, 2, 2019, 1), DateReading::Both);
    EXPECT_EQ(inference.add(13, 2, 2019, 2), DateReading::DmyOnly);
    EXPECT_EQ(inference.add(14, 2, 2019, 3), DateReading::DmyOnly);
    EXPECT_EQ(inference.add(2, 13, 2019, 4), DateReading::MdyOnly);
    EXPECT_EQ(inference.add(13, 13, 2019, 5), DateReading::Neither);
    EXPECT_EQ(inference.dmyLine(), 2);
    EXPECT_EQ(inference.dmyVotes(), 2);
    EXPECT_EQ(inference.mdyLine(), 4);
    EXPECT_EQ(inference.mdyVotes(), 1);
}

TEST(ChatDateOrder, SpellsAndParsesOrders) {
    for (DateOrder order : {DateOrder::Dmy, DateOrder::Mdy, DateOrder::Ymd})
        EXPECT_EQ(parseDateOrder(dateOrderName(order)), order);
    EXPECT_FALSE(parseDateOrder("DMY"));
    EXPECT_FALSE(parseDateOrder("dym"));
    EXPECT_FALSE(parseDateOrder(""));
}

TEST(ChatDateOrder, KnowsTheCalendar) {
    EXPECT_TRUE(isValidDate(2000, 2, 29));
    EXPECT_FALSE(isValidDate(1900, 2, 29));
    EXPECT_FALSE(isValidDate(2019, 4, 31));
    EXPECT_TRUE(isValidDate(2019, 12, 31));
    EXPECT_FALSE(isValidDate(2019, 0, 1));
    EXPECT_FALSE(isValidDate(2019, 1, 0));
}

}  // namespace
}  // namespace rw
