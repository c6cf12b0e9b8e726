#pragma once
// The text of a source as a QDA program stored it, turned into the text we embed, and the way
// from the program's character positions to ours.
//
// Programs count positions in one of a few ways (a PositionReading): in Unicode code points (what
// the REFI-QDA schema means) or in UTF-16 code units (.NET and Java strings: a character outside
// the Basic Multilingual Plane, such as an emoji, counts two), and a Windows line end (CR LF) as
// two characters or as one. We count code points of the text we embed, which differs from the
// program's text in ways made so that the text survives our XML file unchanged: a leading byte
// order mark is not part of the text (and counted by no program); a CR before LF is dropped (so
// a Windows line end is one character here); a lone CR becomes LF; other control characters but
// tab are dropped (a form feed, which PDF text uses between pages, is remembered as a page break).
// Positions are mapped across every dropped character.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/core/project.h"

namespace rw::qda {

enum class PositionUnit { CodePoints, Utf16 };

struct PositionReading {
    PositionUnit unit = PositionUnit::CodePoints;
    bool crlfAsOne = false;  // a CR LF line end counts as one character, not two
    bool operator==(const PositionReading&) const = default;
};

// Where a program's position lands in our text, or why it lands nowhere.
struct MappedPosition {
    enum class Status { Ok, PastEnd, InsideCharacter };
    Status status = Status::Ok;
    long ours = 0;               // our character index (when Ok)
    bool splitsLineEnd = false;  // between the CR and the LF of a line end (Ok, but unlikely meant)
};

class SourceText {
public:
    // Returns the text made from `raw` (UTF-8), or nullopt with `badByte` set to the offset of
    // the first byte that is not UTF-8.
    static std::optional<SourceText> from(std::string_view raw, std::size_t& badByte);

    // The text to embed: LF line ends, no BOM, no control characters but tab and LF.
    const std::string& text() const { return m_text; }
    // Returns the number of characters the program counts under `reading`.
    long length(PositionReading reading) const;
    // Returns where the program's position `position` (0 … length(reading)) lands in our text:
    // past the end, inside a character (half of a UTF-16 surrogate pair), or our index (a
    // position on a dropped character maps to the character after it).
    MappedPosition map(long position, PositionReading reading) const;
    // Our character indices where a page starts after a form feed, ascending.
    const std::vector<long>& pageStarts() const { return m_pageStarts; }

    // Our text by character index, without walking the text (programs write whole books on one
    // line): the number of characters, the byte where character `ours` starts (the size of the
    // text past its end), the character there (0 past the end), the text of a range, and the
    // location (lines and characters, as locateQuote makes them) of a range.
    long characterCount() const { return m_characters; }
    std::size_t byteOf(long ours) const;
    char32_t at(long ours) const;
    std::string_view slice(long begin, long end) const;
    Location locationOf(long begin, long end) const;

private:
    // A code point a reading counts other than as one unit: two for one outside the BMP read as
    // UTF-16, none for the CR of a CR LF counted as one; `start` is its position in that reading.
    struct Event {
        long raw;
        int width;
        long start;
    };

    // Returns our index for raw code point `raw` (0 … m_rawLength).
    long ours(long raw) const;
    // Returns the events of `reading` in text order (worked out on first use).
    const std::vector<Event>& eventsFor(PositionReading reading) const;

    std::string m_text;
    long m_rawLength = 0;            // code points of the raw text, less the BOM
    std::vector<long> m_dropped;     // raw indices of the code points not in m_text, ascending
    std::vector<long> m_outsideBmp;  // raw indices of code points above U+FFFF, ascending
    std::vector<long> m_crOfCrlf;    // raw indices of the CRs of CR LF line ends, ascending
    std::vector<long> m_pageStarts;
    mutable std::vector<Event> m_events[4];  // per reading: unit × line ends
    long m_characters = 0;
    std::vector<std::size_t> m_checkpoints;  // byte of every kCheckpoint-th character of m_text
    std::vector<long> m_lineStarts;          // our character index where each line starts
};

}  // namespace rw::qda
