#pragma once
// Recognising the date-and-time header that starts every message line of a WhatsApp export:
// "22-11-2018 12:29 - ", "[06-07-16 07:51:23] ", "3/6/18, 1:55 p. m. - ", "29 juni 2018, 18:57 ".

#include <cstdint>
#include <optional>
#include <string_view>

#include "model/chat_date_order.h"
#include "model/chat_message.h"

namespace rw {

// What stands between the header and the author.
enum class HeaderSeparator : std::uint8_t { Dash, EmDash, EnDash, Colon, Space };

// How a file writes its headers. The first header of a file fixes it, and later lines count as
// headers only when written the same way: a date quoted inside a message rarely is.
struct ChatLayout {
    bool bracket = false;             // "[22-11-2018 12:29:05] …" (iOS)
    char dateSeparator = 0;           // '-', '/' or '.'; 0 for a named month
    bool spaceAfterDateSeparator = false;  // "13. 6. 2018"
    bool trailingDateDot = false;     // "2018. 11. 22."
    bool yearFirst = false;           // "2018-11-22"
    bool monthNamed = false;          // "29 juni 2018" or "June 29, 2018"
    bool monthNameFirst = false;      // "June 29, 2018"
    std::uint8_t yearDigits = 4;
    char joiner[16] = {};             // what stands between date and time (", ", " ", " à ", " klo ")
    std::uint8_t joinerLength = 0;
    char timeSeparator = ':';
    bool seconds = false;
    bool twelveHour = false;
    HeaderSeparator separator = HeaderSeparator::Dash;
    bool operator==(const ChatLayout&) const = default;

    // True when a header line without "name: " is a system message rather than text: WhatsApp
    // marks its headers with a bracket, a dash or a colon, so only a bare space leaves doubt.
    bool marksSystemLines() const { return bracket || separator != HeaderSeparator::Space; }
};

// The half of the day a twelve-hour clock writes; None for a 24-hour clock.
enum class Meridiem : std::uint8_t { None, Am, Pm };

// The pieces of one header line.
struct ChatHeader {
    ChatLayout layout;
    int first = 0;   // the date's numbers in written order; a named month as its number
    int second = 0;
    int third = 0;
    int hour = 0;
    int minute = 0;
    int seconds = 0;
    Meridiem meridiem = Meridiem::None;
    std::string_view rest;  // what follows the separator: "Name: text" or a system text

    // Returns the order the layout itself fixes (a year or a month name first), or nullopt when
    // day and month are both numbers that only the whole file can tell apart.
    std::optional<DateOrder> fixedOrder() const {
        if (layout.yearFirst) return DateOrder::Ymd;
        if (layout.monthNameFirst) return DateOrder::Mdy;
        if (layout.monthNamed) return DateOrder::Dmy;
        return std::nullopt;
    }
};

// Returns the header at the start of `line`, or nullopt when it does not start with a date, a time
// and a separator. Direction marks may stand anywhere in the header. With `layout`, the line must
// be written in that layout. The date is not checked here: see resolveChatDate.
std::optional<ChatHeader> matchChatHeader(std::string_view line, const ChatLayout* layout = nullptr);

// Returns the date and time of `header` read in `order` (ignored when the layout fixes the order),
// or nullopt when that is no real date or time (month 13, 31 February, 25:00, 13 PM).
std::optional<ChatDateTime> resolveChatDate(const ChatHeader& header, DateOrder order);

}  // namespace rw
