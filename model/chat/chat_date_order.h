#pragma once
// The order of day and month in a chat export's dates, and how to infer it from the whole file.

#include <optional>
#include <string_view>

namespace rw {

// Which number of a date is the day, the month and the year.
enum class DateOrder { Dmy, Mdy, Ymd };

// Returns the order spelled "dmy", "mdy" or "ymd", or nullopt for anything else.
std::optional<DateOrder> parseDateOrder(std::string_view text);

// Returns "dmy", "mdy" or "ymd".
const char* dateOrderName(DateOrder order);

// True when day `day` of month `month` exists in `year` (Gregorian calendar).
bool isValidDate(int year, int month, int day);

// How a numeric date reads: both ways (05-06), only as day-month (13-05), only as month-day (05-13).
enum class DateReading { Both, DmyOnly, MdyOnly, Neither };

// Returns how the date written `first`-`second`-`year` reads; `year` has four digits.
DateReading readingOf(int first, int second, int year);

// Weighs every numeric date of a file for the order of day and month. Dates that read only one way
// decide: when both kinds occur, one must outnumber the other at least twice (the few others are
// taken for text that happens to look like a header). When none decides, the order under which
// the dates run forward more often wins, and day-month when even that ties.
class DateOrderInference {
public:
    // Counts the date written `first`-`second`-`year` on `line` and returns how it reads.
    DateReading add(int first, int second, int year, long line);

    // Returns the inferred order (Dmy or Mdy), or nullopt when the two kinds of dates are too close.
    std::optional<DateOrder> order() const;
    // True when some date reads only one way.
    bool decided() const { return m_dmyVotes > 0 || m_mdyVotes > 0; }
    // Returns how many dates read only as day-month, and the first line with one (0: none).
    long dmyVotes() const { return m_dmyVotes; }
    long dmyLine() const { return m_dmyLine; }
    // Returns how many dates read only as month-day, and the first line with one (0: none).
    long mdyVotes() const { return m_mdyVotes; }
    long mdyLine() const { return m_mdyLine; }
    // Returns how often a date that reads both ways comes before the date above it, read each way.
    long backwardsDmy() const { return m_backwardsDmy; }
    long backwardsMdy() const { return m_backwardsMdy; }

private:
    long m_dmyVotes = 0;
    long m_mdyVotes = 0;
    long m_dmyLine = 0;
    long m_mdyLine = 0;
    int m_previousDmy = 0;  // yyyymmdd of the previous date read each way
    int m_previousMdy = 0;
    long m_backwardsDmy = 0;  // how often a date comes before the one above it, read each way
    long m_backwardsMdy = 0;
};

}  // namespace rw
