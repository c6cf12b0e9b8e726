#include "model/chat/chat_header.h"

#include <cstring>
#include <span>

#include "model/chat/chat_month_names.h"
#include "model/chat/chat_text.h"

namespace rw {

namespace {

bool isAsciiDigit(char c) { return c >= '0' && c <= '9'; }
bool isAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// A read position in one line; every step either consumes what it expects or leaves `at` alone.
struct Cursor {
    std::string_view s;
    std::size_t at = 0;

    bool atEnd() const { return at >= s.size(); }
    char peek() const { return at < s.size() ? s[at] : '\0'; }
    bool digitNext() const {
        if (at >= s.size()) return false;
        if (isAsciiDigit(s[at])) return true;  // the common case, without decoding
        if (static_cast<unsigned char>(s[at]) < 0xD9) return false;
        std::size_t length = 0;
        return digitAt(s, at, length) >= 0;
    }
    void skipMarks() {
        while (std::size_t n = directionMarkAt(s, at)) at += n;
    }
    bool eat(char c) {
        if (peek() != c || atEnd()) return false;
        ++at;
        return true;
    }
    bool eat(std::string_view literal) {
        if (s.size() - at < literal.size()) return false;
        for (std::size_t i = 0; i < literal.size(); ++i)
            if (s[at + i] != literal[i]) return false;
        at += literal.size();
        return true;
    }
    bool eatSpace() {
        std::size_t n = spaceAt(s, at);
        at += n;
        return n > 0;
    }
    // Reads 1 to `maxDigits` digits (ASCII or native; no more may follow); returns -1 when there are none.
    int number(int maxDigits, int& digits) {
        digits = 0;
        int value = 0;
        std::size_t start = at;
        for (;;) {
            std::size_t length = 1;
            if (at >= s.size()) break;
            auto digit = static_cast<unsigned>(static_cast<unsigned char>(s[at])) - '0';
            if (digit > 9) {
                // Native digits start with one of a few high bytes; anything else ends the number.
                if (static_cast<unsigned char>(s[at]) < 0xD9) break;
                int native = digitAt(s, at, length);
                if (native < 0) break;
                digit = static_cast<unsigned>(native);
            }
            if (++digits > maxDigits) {
                at = start;
                return -1;
            }
            value = value * 10 + static_cast<int>(digit);
            at += length;
        }
        return digits > 0 ? value : -1;
    }
};

// Korean, Chinese and Japanese write the part of the day before the time.
struct PrefixMeridiem {
    std::string_view text;
    Meridiem meridiem;
};
constexpr PrefixMeridiem kPrefixMeridiems[] = {
    {"오전", Meridiem::Am},      {"오후", Meridiem::Pm},      {"上午", Meridiem::Am},
    {"下午", Meridiem::Pm},      {"午前", Meridiem::Am},      {"午後", Meridiem::Pm},
    // Chinese day periods in words (CLDR zh "B" pattern): before dawn, morning, noon, evening.
    {"凌晨", Meridiem::Am},      {"早上", Meridiem::Morning}, {"中午", Meridiem::Noon},
    {"晚上", Meridiem::Evening},
};

// Written after the time: day periods in words (CLDR en "B" pattern, "9:15 in the morning") and
// the Arabic ص (AM) and م (PM).
constexpr PrefixMeridiem kSuffixMeridiems[] = {
    {"in the morning", Meridiem::Morning}, {"in the afternoon", Meridiem::Afternoon},
    {"in the evening", Meridiem::Evening}, {"at night", Meridiem::Night},
    {"noon", Meridiem::Noon},              {"\xD8\xB5", Meridiem::Am},
    {"\xD9\x85", Meridiem::Pm},
};

// Reads the last number of a numeric date; when it is the year, a Japanese era year ("R4") too.
bool readThirdNumber(Cursor& c, ChatHeader& header, bool isYear, int& value, int& digits) {
    if (isYear && (c.peek() == 'R' || c.peek() == 'H') && c.at + 1 < c.s.size() && isAsciiDigit(c.s[c.at + 1])) {
        // A Japanese era year: the era's letter and its year (1 or 2 digits).
        Cursor probe = c;
        char era = probe.peek();
        ++probe.at;
        value = probe.number(2, digits);
        if (value <= 0) return false;
        c = probe;
        header.era = era;
        header.layout.eraYear = true;
        digits = 2;
        return true;
    }
    value = c.number(4, digits);
    return value >= 0;
}

bool readNumericDate(Cursor& c, ChatHeader& header, int firstValue, int firstDigits, bool mayBeBuddhist) {
    ChatLayout& layout = header.layout;
    char separator = c.peek();
    if (separator != '-' && separator != '/' && separator != '.') return false;
    c.eat(separator);
    layout.dateSeparator = separator;
    layout.spaceAfterDateSeparator = c.eatSpace();
    c.skipMarks();
    int secondDigits = 0;
    int secondValue = c.number(4, secondDigits);
    if (secondValue < 0) return false;
    c.skipMarks();
    if (!c.eat(separator)) return false;
    if (c.eatSpace() != layout.spaceAfterDateSeparator) return false;
    c.skipMarks();
    layout.yearFirst = firstDigits == 4;
    layout.yearMiddle = !layout.yearFirst && secondDigits == 4;
    if (layout.yearFirst && secondDigits > 2) return false;
    if (!layout.yearFirst && firstDigits > 2) return false;
    bool thirdIsYear = !layout.yearFirst && !layout.yearMiddle;
    int thirdValue = 0, thirdDigits = 0;
    if (!readThirdNumber(c, header, thirdIsYear, thirdValue, thirdDigits)) return false;
    if (layout.yearFirst) {
        if (thirdDigits > 2) return false;
        header.year = firstValue, header.first = secondValue, header.second = thirdValue;
    } else if (layout.yearMiddle) {
        if (thirdDigits > 2) return false;
        header.year = secondValue, header.first = firstValue, header.second = thirdValue;
        layout.yearDigits = 4;
    } else {
        if (secondDigits > 2 || (thirdDigits != 2 && thirdDigits != 4)) return false;
        header.first = firstValue, header.second = secondValue, header.year = thirdValue;
        layout.yearDigits = static_cast<std::uint8_t>(thirdDigits);
        // "3/18/2565 BE": the Buddhist Era, as Thai iPhones write it.
        Cursor probe = c;
        if (mayBeBuddhist && !layout.eraYear && probe.eatSpace() && probe.eat("BE") && !isAsciiLetter(probe.peek())) {
            c = probe;
            layout.buddhistEra = true;
        }
    }
    if (separator == '.') layout.trailingDateDot = c.eat('.');
    return true;
}

// After a named month: " 2018" is its year; " 12:14" is already the time of a date without one.
bool readYearAfterMonth(Cursor& c, ChatHeader& header) {
    Cursor probe = c;
    int digits = 0;
    int year = probe.number(4, digits);
    if (digits == 4 && probe.peek() != ':' && probe.peek() != '.') {
        c = probe;
        header.year = year;
        return true;
    }
    return false;
}

// "29 juni 2018", "29. Juni 2018", or without a year "18 Mar 12:14".
bool readDayMonthName(Cursor& c, ChatHeader& header, int day) {
    c.eat('.');
    if (!c.eatSpace()) return false;
    std::size_t length = 0;
    int month = monthFromName(c.s.substr(c.at), length);
    if (month == 0) return false;
    c.at += length;
    header.layout.monthNamed = true;
    header.first = day;
    header.second = month;
    Cursor afterMonth = c;
    if (c.eatSpace() && readYearAfterMonth(c, header)) return true;
    c = afterMonth;
    header.layout.yearless = true;
    return true;
}

// "June 29, 2018", or without a year "Mar 5, 8:11 PM".
bool readMonthNameDay(Cursor& c, ChatHeader& header) {
    std::size_t length = 0;
    int month = monthFromName(c.s.substr(c.at), length);
    if (month == 0) return false;
    c.at += length;
    if (!c.eatSpace()) return false;
    int digits = 0;
    int day = c.number(2, digits);
    if (day < 0) return false;
    header.layout.monthNamed = true;
    header.layout.monthNameFirst = true;
    header.first = month;
    header.second = day;
    Cursor afterDay = c;
    if (c.eat(',') && c.eatSpace() && readYearAfterMonth(c, header)) return true;
    c = afterDay;
    header.layout.yearless = true;
    return true;
}

bool readDate(Cursor& c, ChatHeader& header, bool mayBeBuddhist) {
    if (isAsciiLetter(c.peek())) return readMonthNameDay(c, header);
    int digits = 0;
    int first = c.number(4, digits);
    if (first < 0) return false;
    c.skipMarks();
    char next = c.peek();
    if (next == '-' || next == '/') return readNumericDate(c, header, first, digits, mayBeBuddhist);
    if (next == '.' && c.at + 1 < c.s.size()) {
        // "13.06.18" and "13. 6. 2018" are numeric, "29. Juni 2018" names its month.
        Cursor after{c.s, c.at + 1};
        if (after.digitNext() || spaceAt(c.s, c.at + 1)) {
            Cursor probe = c;
            ChatHeader numeric = header;
            if (readNumericDate(probe, numeric, first, digits, mayBeBuddhist)) {
                c = probe;
                header = numeric;
                return true;
            }
        }
    }
    return digits <= 2 && readDayMonthName(c, header, first);
}

// Between date and time: ", ", " ", " à ", " klo " — a few non-digits, kept without marks.
bool readJoiner(Cursor& c, ChatHeader& header) {
    ChatLayout& layout = header.layout;
    std::size_t start = c.at;
    while (!c.atEnd() && !c.digitNext() && c.at - start < 24) ++c.at;
    if (c.atEnd() || c.at == start || !c.digitNext()) return false;
    std::string_view joiner = c.s.substr(start, c.at - start);
    bool ascii = true;
    for (char byte : joiner) ascii = ascii && static_cast<unsigned char>(byte) < 0x80;
    for (const PrefixMeridiem& prefix : ascii ? std::span<const PrefixMeridiem>() : std::span(kPrefixMeridiems)) {
        std::size_t found = joiner.rfind(prefix.text);
        if (found == std::string_view::npos) continue;
        std::string_view after = joiner.substr(found + prefix.text.size());
        if (!after.empty() && after != " ") continue;
        header.meridiem = prefix.meridiem;
        layout.twelveHour = true;
        joiner = joiner.substr(0, found);
        break;
    }
    for (std::size_t at = 0; at < joiner.size();) {
        if (std::size_t n = directionMarkAt(joiner, at)) {
            at += n;
            continue;
        }
        if (joiner[at] == '[' || joiner[at] == ']' || joiner[at] == ':' || joiner[at] == '\t') return false;
        if (layout.joinerLength == sizeof layout.joiner) return false;
        layout.joiner[layout.joinerLength++] = joiner[at++];
    }
    return true;
}

// Between a time written first and its date: ", " or " ".
bool readTimeFirstJoiner(Cursor& c, ChatHeader& header) {
    ChatLayout& layout = header.layout;
    std::size_t start = c.at;
    c.skipMarks();
    if (c.eat(',')) layout.joiner[layout.joinerLength++] = ',';
    if (!c.eatSpace()) {
        c.at = start;
        return false;
    }
    layout.joiner[layout.joinerLength++] = ' ';
    c.skipMarks();
    return true;
}

bool readTime(Cursor& c, ChatHeader& header) {
    ChatLayout& layout = header.layout;
    int digits = 0;
    header.hour = c.number(2, digits);
    if (header.hour < 0) return false;
    char separator = c.peek();
    if (separator != ':' && separator != '.') return false;
    c.eat(separator);
    layout.timeSeparator = separator;
    header.minute = c.number(2, digits);
    if (digits != 2) return false;
    if (c.peek() == separator && c.at + 1 < c.s.size()) {
        Cursor after{c.s, c.at + 1};
        if (after.digitNext()) {
            c.eat(separator);
            header.seconds = c.number(2, digits);
            if (digits != 2) return false;
            layout.seconds = true;
        }
    }
    return true;
}

// True when nothing that continues a word follows: the end, a space, a mark or punctuation.
bool endsWord(const Cursor& c) {
    if (c.atEnd()) return true;
    char next = c.peek();
    if (isAsciiLetter(next) || isAsciiDigit(next)) return false;
    if (static_cast<unsigned char>(next) < 0x80) return true;
    return spaceAt(c.s, c.at) > 0 || directionMarkAt(c.s, c.at) > 0;
}

// " AM", "pm", " a.m.", " p. m.", " in the morning", " م" — with an ordinary, a no-break or a
// narrow no-break space.
bool readSuffixMeridiem(Cursor& c, ChatHeader& header) {
    Cursor probe = c;
    probe.eatSpace();
    probe.skipMarks();
    for (const PrefixMeridiem& suffix : kSuffixMeridiems) {
        Cursor word = probe;
        if (word.eat(suffix.text) && endsWord(word)) {
            header.meridiem = suffix.meridiem;
            header.layout.twelveHour = true;
            c = word;
            return true;
        }
    }
    char letter = probe.peek();
    Meridiem meridiem = letter == 'a' || letter == 'A' ? Meridiem::Am
                        : letter == 'p' || letter == 'P' ? Meridiem::Pm
                                                         : Meridiem::None;
    if (meridiem == Meridiem::None) return false;
    ++probe.at;
    probe.eat('.');
    probe.eatSpace();
    if (!probe.eat('m') && !probe.eat('M')) return false;
    probe.eat('.');
    if (isAsciiLetter(probe.peek()) || isAsciiDigit(probe.peek())) return false;
    header.meridiem = meridiem;
    header.layout.twelveHour = true;
    c = probe;
    return true;
}

bool readSeparator(Cursor& c, ChatHeader& header) {
    HeaderSeparator& separator = header.layout.separator;
    if (c.eat(" - ")) separator = HeaderSeparator::Dash;
    else if (c.eat(" \xE2\x80\x94 ")) separator = HeaderSeparator::EmDash;
    else if (c.eat(" \xE2\x80\x93 ")) separator = HeaderSeparator::EnDash;
    else if (c.eat(": ")) separator = HeaderSeparator::Colon;
    else if (c.eat(' ')) separator = HeaderSeparator::Space;
    else return false;
    return true;
}

// True when a time ("14:56" or "9:05") starts at the cursor, as in layouts that write it first.
bool timeStartsAt(Cursor c) {
    int digits = 0;
    return c.number(2, digits) >= 0 && c.peek() == ':' && c.at + 1 < c.s.size() && Cursor{c.s, c.at + 1}.digitNext();
}

// Hours of a twelve-hour clock or a day period, as hours of the day; -1 when there is no such hour.
int dayHour(int hour, Meridiem meridiem) {
    if (meridiem == Meridiem::None) return hour;
    if (hour > 12) return -1;
    switch (meridiem) {
    case Meridiem::Am:
    case Meridiem::Morning: return hour == 12 ? 0 : hour;  // 12 AM is midnight; Japanese clocks write 0
    case Meridiem::Pm:
    case Meridiem::Afternoon:
    case Meridiem::Evening: return hour == 12 ? 12 : hour + 12;
    case Meridiem::Noon: return hour <= 6 ? hour + 12 : hour;       // "中午12:30", "中午1:00"
    case Meridiem::Night: return hour == 12 ? 0 : (hour >= 6 ? hour + 12 : hour);  // 9 at night, 2 at night
    case Meridiem::None: break;
    }
    return hour;
}

}  // namespace

std::string describeLayout(const ChatLayout& layout) {
    std::string date;
    if (layout.monthNamed) {
        date = layout.monthNameFirst ? "month d" : "d month";
        if (!layout.yearless) date += layout.monthNameFirst ? ", yyyy" : " yyyy";
    } else {
        std::string sep(1, layout.dateSeparator);
        if (layout.spaceAfterDateSeparator) sep += ' ';
        std::string year = layout.eraYear ? "Ryy" : std::string(layout.yearDigits, 'y');
        if (layout.yearFirst) date = "yyyy" + sep + "nn" + sep + "nn";
        else if (layout.yearMiddle) date = "nn" + sep + "yyyy" + sep + "nn";
        else date = "nn" + sep + "nn" + sep + year;
        if (layout.buddhistEra) date += " BE";
        if (layout.trailingDateDot) date += '.';
    }
    std::string time = std::string("hh") + layout.timeSeparator + "mm";
    if (layout.seconds) time += std::string(1, layout.timeSeparator) + "ss";
    if (layout.twelveHour) time += " AM";
    std::string joiner(layout.joiner, layout.joinerLength);
    std::string header = layout.timeFirst ? time + joiner + date : date + joiner + time;
    if (layout.bracket) header = "[" + header + "]";
    switch (layout.separator) {
    case HeaderSeparator::Dash: return header + " - ";
    case HeaderSeparator::EmDash: return header + " \xE2\x80\x94 ";
    case HeaderSeparator::EnDash: return header + " \xE2\x80\x93 ";
    case HeaderSeparator::Colon: return header + ": ";
    case HeaderSeparator::Space: return header + " ";
    }
    return header;
}

int gregorianYear(const ChatHeader& header) {
    if (header.layout.yearless) return 0;
    int year = header.year;
    if (header.era == 'R') return 2018 + year;
    if (header.era == 'H') return 1988 + year;
    if (year < 100) return year + 2000;  // two-digit years: WhatsApp dates from 2009 on
    if (header.layout.buddhistEra || year >= 2400) return year - 543;
    return year;
}

std::optional<ChatHeader> matchChatHeader(std::string_view line, const ChatLayout* layout) {
    Cursor c{line};
    c.skipMarks();
    // Most lines that are not headers fail on their first byte.
    char first = c.peek();
    if (layout) {
        bool may = layout->bracket          ? first == '['
                   : layout->monthNameFirst ? isAsciiLetter(first)
                                            : c.digitNext();
        if (!may) return std::nullopt;
    } else if (first != '[' && !isAsciiLetter(first) && !c.digitNext()) {
        return std::nullopt;
    }
    ChatHeader header;
    bool mayBeBuddhist = !layout || layout->buddhistEra;
    header.layout.bracket = c.eat('[');
    c.skipMarks();
    // Only layouts that write the time first are probed for it: headers are read on every line.
    if ((!layout || layout->timeFirst) && timeStartsAt(c)) {
        header.layout.timeFirst = true;
        if (!readTime(c, header)) return std::nullopt;
        readSuffixMeridiem(c, header);
        if (!readTimeFirstJoiner(c, header) || !readDate(c, header, mayBeBuddhist)) return std::nullopt;
    } else {
        if (!readDate(c, header, mayBeBuddhist)) return std::nullopt;
        c.skipMarks();
        if (!readJoiner(c, header) || !readTime(c, header)) return std::nullopt;
        // A layout without a twelve-hour clock must not read "6:57 Am: hoi" as 6:57 AM.
        if (header.meridiem == Meridiem::None && (!layout || layout->twelveHour)) readSuffixMeridiem(c, header);
    }
    c.skipMarks();
    if (header.layout.bracket && !c.eat(']')) return std::nullopt;
    if (!readSeparator(c, header)) return std::nullopt;
    if (layout && !(header.layout == *layout)) return std::nullopt;
    header.rest = line.substr(c.at);
    return header;
}

std::optional<ChatDateTime> resolveChatDate(const ChatHeader& header, DateOrder order, int yearlessYear) {
    if (auto fixed = header.fixedOrder()) order = *fixed;
    ChatDateTime when;
    const ChatLayout& layout = header.layout;
    when.year = layout.yearless ? yearlessYear : gregorianYear(header);
    if (order == DateOrder::Dmy) when.day = header.first, when.month = header.second;
    else when.month = header.first, when.day = header.second;  // month-day, and year-month-day
    if (order == DateOrder::Ymd && !layout.yearFirst && !layout.yearMiddle && !layout.eraYear && header.year < 100) {
        // "18-06-13" read as year-month-day (as asked): the two-digit year stands first.
        when.year = header.first + 2000, when.month = header.second, when.day = header.year;
    }
    if (!isValidDate(when.year, when.month, when.day)) return std::nullopt;
    int hour = dayHour(header.hour, header.meridiem);
    if (hour < 0 || hour > 23 || header.minute > 59 || header.seconds > 59) return std::nullopt;
    when.hour = hour;
    when.minute = header.minute;
    when.second = header.seconds;
    when.hasSeconds = header.layout.seconds;
    return when;
}

}  // namespace rw
