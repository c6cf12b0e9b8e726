#include "model/core/utf8_index.h"

#include <algorithm>

namespace rw {
namespace {

bool continuationByte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// A checkpoint every this many characters bounds every walk, also within one very long line
// (a PDF page or a chat exported without line breaks).
constexpr long kCheckpointEvery = 256;

}  // namespace

Utf8Index::Utf8Index(std::string_view text) : m_text(text) {
    m_lineBytes.push_back(0);
    long characters = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (!continuationByte(text[i])) {
            if (characters % kCheckpointEvery == 0) m_checkpointBytes.push_back(i);
            ++characters;
        }
        if (text[i] == '\n' && i + 1 < text.size()) {
            m_lineBytes.push_back(i + 1);
        }
    }
    m_characters = characters;
}

std::size_t Utf8Index::byteOfCharacter(long index) const {
    if (index <= 0) return 0;
    if (index >= m_characters) return m_text.size();
    // The checkpoint at or before the character, then a walk of fewer than kCheckpointEvery.
    std::size_t checkpoint = static_cast<std::size_t>(index / kCheckpointEvery);
    std::size_t byte = m_checkpointBytes[checkpoint];
    long seen = static_cast<long>(checkpoint) * kCheckpointEvery;
    for (; byte < m_text.size(); ++byte) {
        if (continuationByte(m_text[byte])) continue;
        if (seen == index) return byte;
        ++seen;
    }
    return m_text.size();
}

long Utf8Index::characterOfByte(std::size_t byte) const {
    byte = std::min(byte, m_text.size());
    if (m_checkpointBytes.empty()) return 0;
    auto checkpoint = std::upper_bound(m_checkpointBytes.begin(), m_checkpointBytes.end(), byte) - 1;
    if (checkpoint < m_checkpointBytes.begin()) checkpoint = m_checkpointBytes.begin();
    long characters = static_cast<long>(checkpoint - m_checkpointBytes.begin()) * kCheckpointEvery;
    for (std::size_t i = *checkpoint; i < byte; ++i)
        if (!continuationByte(m_text[i])) ++characters;
    // Inside a character: that character, not the next one.
    if (byte < m_text.size() && continuationByte(m_text[byte])) --characters;
    return characters;
}

int Utf8Index::lineOfByte(std::size_t byte) const {
    return static_cast<int>(std::upper_bound(m_lineBytes.begin(), m_lineBytes.end(), byte) - m_lineBytes.begin());
}

ByteRange Utf8Index::linesBytes(int first, int last) const {
    last = std::max(first, last);
    if (first < 1 || first > lineCount()) return {};
    last = std::min(last, lineCount());
    std::size_t begin = m_lineBytes[static_cast<std::size_t>(first - 1)];
    std::size_t end = last < lineCount() ? m_lineBytes[static_cast<std::size_t>(last)] : m_text.size();
    // Without the line break (and a carriage return before it) that ends the last line.
    if (end > begin && m_text[end - 1] == '\n') --end;
    if (end > begin && m_text[end - 1] == '\r') --end;
    return {begin, end};
}

ByteRange Utf8Index::bytesOf(const Location& location) const {
    if (location.charBegin >= 0 && location.charEnd >= location.charBegin) {
        ByteRange range{byteOfCharacter(location.charBegin), byteOfCharacter(location.charEnd)};
        return range.begin < m_text.size() ? range : ByteRange{};
    }
    if (location.lineBegin > 0) return linesBytes(location.lineBegin, location.lineEnd);
    return {};
}

Location Utf8Index::locationOf(ByteRange bytes) const {
    bytes.end = std::min(bytes.end, m_text.size());
    bytes.begin = std::min(bytes.begin, bytes.end);
    Location location;
    location.charBegin = characterOfByte(bytes.begin);
    location.charEnd = characterOfByte(bytes.end);
    location.lineBegin = lineOfByte(bytes.begin);
    location.lineEnd = bytes.empty() ? location.lineBegin : lineOfByte(bytes.end - 1);
    return location;
}

}  // namespace rw
