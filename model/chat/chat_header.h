#pragma once
// Recognising the date-and-time header that starts every message line of a WhatsApp export:
// "22-11-2018 12:29 - ", "[06-07-16 07:51:23] ", "3/6/18, 1:55 p. m. - ", "29 juni 2018, 18:57 ",
// "[14:56:01, 3/18/22] " (time first), "[3/18/2565 BE, 14:56:01] " (Buddhist Era),
// "[3/18/R4, 14:56:01] " (Japanese era), "٢٠/٨/٢٠٢٢، ١٠:٣٠ م - " (Arabic-Indic digits),
// "Mar 5, 8:11 PM - " (no year, as old exports wrote the current year's dates).

#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>

#include "model/chat/chat_date_order.h"
#include "model/chat/chat_message.h"

namespace rw {

// What stands between the header and the author.
enum class HeaderSeparator : std::uint8_t { Dash, EmDash, EnDash, Colon, Space };

// How a file writes its headers. Lines count as headers only when written in a layout the file
// uses: a date quoted inside a message rarely is.
struct ChatLayout {
    bool bracket = false;             // "[22-11-2018 12:29:05] …" (iOS)
    char dateSeparator = 0;           // '-', '/' or '.'; 0 for a named month
    bool spaceAfterDateSeparator = false;  // "13. 6. 2018"
    bool trailingDateDot = false;     // "2018. 11. 22."
    bool yearFirst = false;           // "2018-11-22"
    bool yearMiddle = false;          // "06/2018/13": month, year, day
    bool monthNamed = false;          // "29 juni 2018" or "June 29, 2018"
    bool monthNameFirst = false;      // "June 29, 2018"
    bool yearless = false;            // "Mar 5" or "18 Mar": the year is not written
    bool eraYear = false;             // "3/18/R4": a Japanese era (R Reiwa, H Heisei) and its year
    bool buddhistEra = false;         // "3/18/2565 BE"
    bool timeFirst = false;           // "[14:56:01, 3/18/22]" or "19:23, 28 Aug 2013"
    std::uint8_t yearDigits = 4;
    char joiner[16] = {};             // what stands between date and time (", ", " ", " à ", " klo ")
    std::uint8_t joinerLength = 0;
    char timeSeparator = ':';
    bool seconds = false;
    bool twelveHour = false;
    HeaderSeparator separator = HeaderSeparator::Dash;
    // Compares every field, the joiner up to its length: every header line is compared with its layout.
    bool operator==(const ChatLayout& o) const {
        return joinerLength == o.joinerLength && dateSeparator == o.dateSeparator && timeSeparator == o.timeSeparator &&
               separator == o.separator && bracket == o.bracket && seconds == o.seconds && twelveHour == o.twelveHour &&
               yearDigits == o.yearDigits && spaceAfterDateSeparator == o.spaceAfterDateSeparator &&
               trailingDateDot == o.trailingDateDot && yearFirst == o.yearFirst && yearMiddle == o.yearMiddle &&
               monthNamed == o.monthNamed && monthNameFirst == o.monthNameFirst && yearless == o.yearless &&
               eraYear == o.eraYear && buddhistEra == o.buddhistEra && timeFirst == o.timeFirst &&
               std::memcmp(joiner, o.joiner, joinerLength) == 0;
    }

    // True when a header line without "name: " is a system message rather than text: WhatsApp
    // marks its headers with a bracket, a dash or a colon, so only a bare space leaves doubt.
    bool marksSystemLines() const { return bracket || separator != HeaderSeparator::Space; }
};

// Returns how `layout` writes a header, for messages: "nn-nn-yyyy hh:mm - ", "[hh:mm:ss, nn/nn/yy] ".
std::string describeLayout(const ChatLayout& layout);

// The part of the day a clock writes: none for a 24-hour clock, AM/PM, or a period in words
// ("9:15 in the morning", "晚上9:15"), which tells the hour apart the same way.
enum class Meridiem : std::uint8_t { None, Am, Pm, Morning, Noon, Afternoon, Evening, Night };

// The pieces of one header line.
struct ChatHeader {
    ChatLayout layout;
    int first = 0;   // day and month in written order; a named month as its number
    int second = 0;
    int year = 0;    // as written: 18, 2018, 2565 (Buddhist Era), 4 (of era `era`); 0 when not written
    char era = 0;    // 'R' (Reiwa) or 'H' (Heisei) for a Japanese era year, else 0
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

// Returns the Gregorian year the header writes: two-digit years from 2000, Japanese eras counted
// from their first year (R1 = 2019, H1 = 1989), and Buddhist Era years (written with "BE", or any
// year from 2400 on: WhatsApp dates from 2009 on) less 543. Returns 0 when no year is written.
int gregorianYear(const ChatHeader& header);

// Returns the header at the start of `line`, or nullopt when it does not start with a date, a time
// and a separator. Direction marks may stand anywhere in the header. With `layout`, the line must
// be written in that layout. The date is not checked here: see resolveChatDate.
std::optional<ChatHeader> matchChatHeader(std::string_view line, const ChatLayout* layout = nullptr);

// Returns the date and time of `header` read in `order` (ignored when the layout fixes the order),
// or nullopt when that is no real date or time (month 13, 31 February, 25:00, 13 PM). A header
// without a year is read in `yearlessYear`.
std::optional<ChatDateTime> resolveChatDate(const ChatHeader& header, DateOrder order, int yearlessYear = 2000);

}  // namespace rw
