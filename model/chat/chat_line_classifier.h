#pragma once
// Decides for each line of an export whether it starts a message, and which, or continues the
// message above. A line starts a message only when written in one of the file's header layouts
// and carrying a date and time that exist; otherwise it is text. Without given layouts the first
// header fixes the layout, and headers written another way can be counted (see others()), so that
// the first pass can tell a second layout from a date quoted in a message.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/chat/chat_body.h"
#include "model/chat/chat_date_order.h"
#include "model/chat/chat_header.h"

namespace rw {

// One per pass over an export.
class ChatLineClassifier {
public:
    struct Config {
        std::optional<DateOrder> order;  // dates must be valid read in this order; without, either way
        std::vector<ChatLayout> layouts;  // the file's header layouts; empty: the first header fixes one
        bool countOthers = false;         // count headers written in other layouts (see others())
        int yearlessYear = 2000;          // the year of a year-less date before any date with a year
    };

    explicit ChatLineClassifier(Config config);

    // The message a header line starts.
    struct Start {
        ChatHeader header;
        ChatBody body;
        ChatDateTime when;  // read in the order given, or day-month when none was
        std::size_t layout = 0;  // the index in layouts() of the layout it is written in
    };

    // Returns true and fills `start` when `line` (numbered `number`) starts a message; false when
    // it continues the one above. `people`, when given, receives the names a system line mentions.
    bool classify(std::string_view line, long number, Start& start, std::vector<std::string_view>* people);

    // Returns the layouts given, or the one fixed by the first header.
    const std::vector<ChatLayout>& layouts() const { return m_layouts; }

    // Header lines in a layout the file does not use, counted when Config::countOthers is set.
    struct OtherLayout {
        ChatLayout layout;
        long lines = 0;
        long firstLine = 0;
        std::vector<std::string> authors;  // a few, to compare with the file's people; never output
    };
    const std::vector<OtherLayout>& others() const { return m_others; }

    // Returns how often a year-less date fell in the next year (December, then January).
    long yearlessRollovers() const { return m_rollovers; }
    // Returns the line of the first year-less date, or 0; and whether a written year came before it.
    long firstYearlessLine() const { return m_firstYearless; }
    bool yearWrittenBeforeYearless() const { return m_yearBeforeYearless; }

private:
    std::optional<ChatHeader> matchLayouts(std::string_view line, std::size_t& which) const;
    void countOther(std::string_view line, long number);

    std::optional<DateOrder> m_order;
    std::vector<ChatLayout> m_layouts;
    bool m_countOthers;
    std::vector<OtherLayout> m_others;
    // Year-less dates continue from the last date: a month far before the previous one is next year.
    int m_year;
    int m_previousMonth = 0;
    bool m_yearSeen = false;
    long m_rollovers = 0;
    long m_firstYearless = 0;
    bool m_yearBeforeYearless = false;
};

}  // namespace rw
