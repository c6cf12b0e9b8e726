#include "model/chat_header.h"

#include "model/chat_month_names.h"
#include "model/chat_text.h"

namespace rw {

namespace {

bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// A read position in one line; every step either consumes what it expects or leaves `at` alone.
struct Cursor {
    std::string_view s;
    std::size_t at = 0;

    bool atEnd() const { return at >= s.size(); }
    char peek() const { return at < s.size() ? s[at] : '\0'; }
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
    // Reads 1 to `maxDigits` digits (no more may follow); returns -1 when there are none.
    int number(int maxDigits, int& digits) {
        digits = 0;
        int value = 0;
        while (!atEnd() && isDigit(s[at])) {
            if (++digits > maxDigits) return -1;
            value = value * 10 + (s[at] - '0');
            ++at;
        }
        return digits > 0 ? value : -1;
    }
};

// Korean, Chinese and Japanese write the half of the day before the time.
struct PrefixMeridiem {
    std::string_view text;
    Meridiem meridiem;
};
constexpr PrefixMeridiem kPrefixMeridiems[] = {
    {"오전", Meridiem::Am}, {"오후", Meridiem::Pm}, {"上午", Meridiem::Am},
    {"下午", Meridiem::Pm}, {"午前", Meridiem::Am}, {"午後", Meridiem::Pm},
};

bool readNumericDate(Cursor& c, ChatHeader& header, int firstValue, int firstDigits) {
    ChatLayout& layout = header.layout;
    char separator = c.peek();
    if (separator != '-' && separator != '/' && separator != '.') return false;
    c.eat(separator);
    layout.dateSeparator = separator;
    layout.spaceAfterDateSeparator = c.eatSpace();
    c.skipMarks();
    int digits = 0;
    int secondValue = c.number(2, digits);
    if (secondValue < 0) return false;
    c.skipMarks();
    if (!c.eat(separator)) return false;
    if (c.eatSpace() != layout.spaceAfterDateSeparator) return false;
    c.skipMarks();
    int thirdDigits = 0;
    int thirdValue = c.number(4, thirdDigits);
    if (thirdValue < 0) return false;
    layout.yearFirst = firstDigits == 4;
    if (layout.yearFirst) {
        if (thirdDigits > 2) return false;
    } else {
        if (firstDigits > 2 || (thirdDigits != 2 && thirdDigits != 4)) return false;
        layout.yearDigits = static_cast<std::uint8_t>(thirdDigits);
    }
    if (separator == '.') layout.trailingDateDot = c.eat('.');
    header.first = firstValue;
    header.second = secondValue;
    header.third = thirdValue;
    return true;
}

// "29 juni 2018" or "29. Juni 2018": day, month name, four-digit year.
bool readDayMonthName(Cursor& c, ChatHeader& header, int day) {
    c.eat('.');
    if (!c.eatSpace()) return false;
    std::size_t length = 0;
    int month = monthFromName(c.s.substr(c.at), length);
    if (month == 0) return false;
    c.at += length;
    if (!c.eatSpace()) return false;
    int digits = 0;
    int year = c.number(4, digits);
    if (digits != 4) return false;
    header.layout.monthNamed = true;
    header.first = day;
    header.second = month;
    header.third = year;
    return true;
}

// "June 29, 2018": month name, day, comma, four-digit year.
bool readMonthNameDay(Cursor& c, ChatHeader& header) {
    std::size_t length = 0;
    int month = monthFromName(c.s.substr(c.at), length);
    if (month == 0) return false;
    c.at += length;
    if (!c.eatSpace()) return false;
    int digits = 0;
    int day = c.number(2, digits);
    if (day < 0 || !c.eat(',') || !c.eatSpace()) return false;
    int year = c.number(4, digits);
    if (digits != 4) return false;
    header.layout.monthNamed = true;
    header.layout.monthNameFirst = true;
    header.first = month;
    header.second = day;
    header.third = year;
    return true;
}

bool readDate(Cursor& c, ChatHeader& header) {
    if (isAsciiLetter(c.peek())) return readMonthNameDay(c, header);
    int digits = 0;
    int first = c.number(4, digits);
    if (first < 0) return false;
    c.skipMarks();
    char next = c.peek();
    if (next == '-' || next == '/') return readNumericDate(c, header, first, digits);
    if (next == '.' && c.at + 1 < c.s.size() && (isDigit(c.s[c.at + 1]) || spaceAt(c.s, c.at + 1))) {
        // "13.06.18" and "13. 6. 2018" are numeric, "29. Juni 2018" names its month.
        Cursor probe = c;
        ChatHeader numeric = header;
        if (readNumericDate(probe, numeric, first, digits)) {
            c = probe;
            header = numeric;
            return true;
        }
    }
    return digits <= 2 && readDayMonthName(c, header, first);
}

// Between date and time: ", ", " ", " à ", " klo " — a few non-digits, kept without marks.
bool readJoiner(Cursor& c, ChatHeader& header) {
    ChatLayout& layout = header.layout;
    std::size_t start = c.at;
    while (!c.atEnd() && !isDigit(c.peek()) && c.at - start < 24) ++c.at;
    if (c.atEnd() || c.at == start || !isDigit(c.peek())) return false;
    std::string_view joiner = c.s.substr(start, c.at - start);
    for (const PrefixMeridiem& prefix : kPrefixMeridiems) {
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
    if (c.peek() == separator && c.at + 1 < c.s.size() && isDigit(c.s[c.at + 1])) {
        c.eat(separator);
        header.seconds = c.number(2, digits);
        if (digits != 2) return false;
        layout.seconds = true;
    }
    return true;
}

// " AM", "pm", " a.m.", " p. m." — with an ordinary, a no-break or a narrow no-break space.
bool readSuffixMeridiem(Cursor& c, ChatHeader& header) {
    Cursor probe = c;
    probe.eatSpace();
    probe.skipMarks();
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
    if (isAsciiLetter(probe.peek()) || isDigit(probe.peek())) return false;
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

}  // namespace

std::optional<ChatHeader> matchChatHeader(std::string_view line, const ChatLayout* layout) {
    Cursor c{line};
    c.skipMarks();
    // Most lines that are not headers fail on their first byte.
    char first = c.peek();
    if (layout) {
        if (layout->bracket ? first != '[' : (layout->monthNameFirst ? !isAsciiLetter(first) : !isDigit(first)))
            return std::nullopt;
    } else if (first != '[' && !isDigit(first) && !isAsciiLetter(first)) {
        return std::nullopt;
    }
    ChatHeader header;
    header.layout.bracket = c.eat('[');
    c.skipMarks();
    if (!readDate(c, header)) return std::nullopt;
    c.skipMarks();
    if (!readJoiner(c, header) || !readTime(c, header)) return std::nullopt;
    // A layout without a twelve-hour clock must not read "6:57 Am: hoi" as 6:57 AM.
    if (header.meridiem == Meridiem::None && (!layout || layout->twelveHour)) readSuffixMeridiem(c, header);
    c.skipMarks();
    if (header.layout.bracket && !c.eat(']')) return std::nullopt;
    if (!readSeparator(c, header)) return std::nullopt;
    if (layout && !(header.layout == *layout)) return std::nullopt;
    header.rest = line.substr(c.at);
    return header;
}

std::optional<ChatDateTime> resolveChatDate(const ChatHeader& header, DateOrder order) {
    if (auto fixed = header.fixedOrder()) order = *fixed;
    ChatDateTime when;
    switch (order) {
    case DateOrder::Dmy: when.day = header.first, when.month = header.second, when.year = header.third; break;
    case DateOrder::Mdy: when.month = header.first, when.day = header.second, when.year = header.third; break;
    case DateOrder::Ymd: when.year = header.first, when.month = header.second, when.day = header.third; break;
    }
    if (when.year < 100) when.year += 2000;  // two-digit years: WhatsApp dates from 2009 on
    if (!isValidDate(when.year, when.month, when.day)) return std::nullopt;
    int hour = header.hour;
    if (header.meridiem != Meridiem::None) {
        // 12 AM is midnight, 12 PM noon; Japanese clocks write 0 for the first hour.
        if (hour > 12) return std::nullopt;
        if (hour == 12) hour = 0;
        if (header.meridiem == Meridiem::Pm) hour += 12;
    }
    if (hour > 23 || header.minute > 59 || header.seconds > 59) return std::nullopt;
    when.hour = hour;
    when.minute = header.minute;
    when.second = header.seconds;
    when.hasSeconds = header.layout.seconds;
    return when;
}

}  // namespace rw
