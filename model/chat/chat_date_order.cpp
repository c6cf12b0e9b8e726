#include "model/chat/chat_date_order.h"

namespace rw {

std::optional<DateOrder> parseDateOrder(std::string_view text) {
    if (text == "dmy") return DateOrder::Dmy;
    if (text == "mdy") return DateOrder::Mdy;
    if (text == "ymd") return DateOrder::Ymd;
    return std::nullopt;
}

const char* dateOrderName(DateOrder order) {
    switch (order) {
    case DateOrder::Dmy: return "dmy";
    case DateOrder::Mdy: return "mdy";
    case DateOrder::Ymd: return "ymd";
    }
    return "dmy";
}

bool isValidDate(int year, int month, int day) {
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12 || day < 1) return false;
    bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return day <= kDays[month - 1] + (month == 2 && leap ? 1 : 0);
}

DateReading readingOf(int first, int second, int year) {
    bool asDmy = isValidDate(year, second, first);
    bool asMdy = isValidDate(year, first, second);
    return asDmy && asMdy ? DateReading::Both
           : asDmy        ? DateReading::DmyOnly
           : asMdy        ? DateReading::MdyOnly
                          : DateReading::Neither;
}

DateReading DateOrderInference::add(int first, int second, int year, long line) {
    DateReading reading = readingOf(first, second, year);
    if (reading == DateReading::DmyOnly && m_dmyVotes++ == 0) m_dmyLine = line;
    if (reading == DateReading::MdyOnly && m_mdyVotes++ == 0) m_mdyLine = line;
    if (reading == DateReading::Both) {
        int dmy = year * 10000 + second * 100 + first;
        int mdy = year * 10000 + first * 100 + second;
        if (dmy < m_previousDmy) ++m_backwardsDmy;
        if (mdy < m_previousMdy) ++m_backwardsMdy;
        m_previousDmy = dmy;
        m_previousMdy = mdy;
    }
    return reading;
}

std::optional<DateOrder> DateOrderInference::order() const {
    if (m_dmyVotes >= 2 * m_mdyVotes && m_dmyVotes > 0) return DateOrder::Dmy;
    if (m_mdyVotes >= 2 * m_dmyVotes && m_mdyVotes > 0) return DateOrder::Mdy;
    if (m_dmyVotes > 0) return std::nullopt;  // both kinds, and neither clearly more
    // Chats are chronological: the reading under which they run backwards less often is the real one.
    return m_backwardsMdy < m_backwardsDmy ? DateOrder::Mdy : DateOrder::Dmy;
}

}  // namespace rw
