#include "plugins/refi-qda/source_text.h"

#include <algorithm>
#include <iterator>

#include "model/core/utf8_text.h"

namespace rw::qda {
namespace {

constexpr long kCheckpoint = 64;

// How many of the ascending `indices` are below `limit`.
long countBelow(const std::vector<long>& indices, long limit) {
    return static_cast<long>(std::lower_bound(indices.begin(), indices.end(), limit) - indices.begin());
}

}  // namespace

std::optional<SourceText> SourceText::from(std::string_view raw, std::size_t& badByte) {
    if (raw.starts_with("\xEF\xBB\xBF")) raw.remove_prefix(3);
    if (std::size_t bad = firstInvalidUtf8(raw); bad != std::string_view::npos) {
        badByte = bad;
        return std::nullopt;
    }
    SourceText result;
    result.m_text.reserve(raw.size());
    long index = 0;
    long kept = 0;
    for (std::size_t i = 0; i < raw.size(); ++index) {
        unsigned char c = static_cast<unsigned char>(raw[i]);
        if (c >= 0x20 || c == '\t' || c == '\n') {
            std::size_t length = 1;
            if (decodeUtf8(raw, i, length) > 0xFFFF) result.m_outsideBmp.push_back(index);
            result.m_text.append(raw.substr(i, length));
            i += length;
            ++kept;
            continue;
        }
        bool crlf = c == '\r' && i + 1 < raw.size() && raw[i + 1] == '\n';
        if (c == '\r' && !crlf) {
            result.m_text += '\n';
            ++kept;
        } else {
            result.m_dropped.push_back(index);
            if (crlf) result.m_crOfCrlf.push_back(index);
            if (c == '\f') result.m_pageStarts.push_back(kept);
        }
        ++i;
    }
    result.m_rawLength = index;
    // Checkpoints and line starts of the text to embed, counted as Utf8Index counts them: a line
    // starts after a line feed that is not the last character.
    const std::string& text = result.m_text;
    result.m_lineStarts.push_back(0);
    for (std::size_t i = 0; i < text.size(); ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
        if (result.m_characters % kCheckpoint == 0) result.m_checkpoints.push_back(i);
        ++result.m_characters;
        if (text[i] == '\n' && i + 1 < text.size()) result.m_lineStarts.push_back(result.m_characters);
    }
    return result;
}

std::size_t SourceText::byteOf(long ours) const {
    if (ours <= 0) return 0;
    if (ours >= m_characters) return m_text.size();
    std::size_t byte = m_checkpoints[static_cast<std::size_t>(ours / kCheckpoint)];
    for (long left = ours % kCheckpoint; left > 0; ++byte)
        if ((static_cast<unsigned char>(m_text[byte + 1]) & 0xC0) != 0x80) --left;
    return byte;
}

char32_t SourceText::at(long ours) const {
    if (ours < 0 || ours >= m_characters) return 0;
    std::size_t length = 0;
    return decodeUtf8(m_text, byteOf(ours), length);
}

std::string_view SourceText::slice(long begin, long end) const {
    std::size_t from = byteOf(begin);
    return std::string_view(m_text).substr(from, byteOf(end) - from);
}

Location SourceText::locationOf(long begin, long end) const {
    auto lineOf = [&](long character) {
        return static_cast<int>(std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), character) - m_lineStarts.begin());
    };
    Location location;
    location.charBegin = begin;
    location.charEnd = end;
    location.lineBegin = lineOf(begin);
    location.lineEnd = end > begin ? lineOf(end - 1) : location.lineBegin;
    return location;
}

long SourceText::ours(long raw) const { return raw - countBelow(m_dropped, raw); }

long SourceText::length(PositionReading reading) const {
    long length = m_rawLength;
    if (reading.unit == PositionUnit::Utf16) length += static_cast<long>(m_outsideBmp.size());
    if (reading.crlfAsOne) length -= static_cast<long>(m_crOfCrlf.size());
    return length;
}

const std::vector<SourceText::Event>& SourceText::eventsFor(PositionReading reading) const {
    std::vector<Event>& events = m_events[(reading.unit == PositionUnit::Utf16 ? 2 : 0) + (reading.crlfAsOne ? 1 : 0)];
    if (!events.empty() || (reading.unit == PositionUnit::CodePoints && !reading.crlfAsOne)) return events;
    if (reading.unit == PositionUnit::Utf16)
        for (long raw : m_outsideBmp) events.push_back({raw, 2, 0});
    if (reading.crlfAsOne)
        for (long raw : m_crOfCrlf) events.push_back({raw, 0, 0});
    std::sort(events.begin(), events.end(), [](const Event& a, const Event& b) { return a.raw < b.raw; });
    long shift = 0;  // the program's units minus code points before the event
    for (Event& event : events) {
        event.start = event.raw + shift;
        shift += event.width - 1;
    }
    return events;
}

MappedPosition SourceText::map(long position, PositionReading reading) const {
    MappedPosition mapped;
    if (position < 0 || position > length(reading)) {
        mapped.status = MappedPosition::Status::PastEnd;
        return mapped;
    }
    // The last code point counted other than as one unit that starts before `position` tells
    // where `position` is; before the first, the program counts code points.
    const std::vector<Event>& events = eventsFor(reading);
    auto after = std::lower_bound(events.begin(), events.end(), position,
                                  [](const Event& event, long p) { return event.start < p; });
    long raw = position;
    if (after != events.begin()) {
        const Event& event = *(after - 1);
        long into = position - event.start;
        if (into < event.width) {
            mapped.status = MappedPosition::Status::InsideCharacter;
            return mapped;
        }
        raw = event.raw + 1 + (into - event.width);
    }
    if (raw > m_rawLength) {
        mapped.status = MappedPosition::Status::PastEnd;
        return mapped;
    }
    mapped.ours = ours(raw);
    // Just after the CR of a CR LF: the position splits the line end.
    auto cr = std::lower_bound(m_crOfCrlf.begin(), m_crOfCrlf.end(), raw - 1);
    mapped.splitsLineEnd = cr != m_crOfCrlf.end() && *cr == raw - 1;
    return mapped;
}

}  // namespace rw::qda
