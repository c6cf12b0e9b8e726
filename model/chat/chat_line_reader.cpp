#include "model/chat/chat_line_reader.h"

#include <cstring>

namespace rw {

namespace {
constexpr std::size_t kChunk = std::size_t{1} << 20;
}

ChatLineReader::ChatLineReader(ChatByteReader& reader, const ChatLimits& limits)
    : m_reader(reader), m_limits(limits), m_buffer(kChunk + limits.maxLineBytes + 2) {}

bool ChatLineReader::fill() {
    // Move the unfinished line to the front, then read behind it.
    if (m_begin > 0) {
        std::memmove(m_buffer.data(), m_buffer.data() + m_begin, m_end - m_begin);
        m_end -= m_begin;
        m_begin = 0;
    }
    std::size_t room = m_buffer.size() - m_end;
    if (room == 0) return false;
    long n = m_reader.read(m_buffer.data() + m_end, room);
    if (n < 0) {
        m_error = m_reader.error();
        if (m_error.empty()) m_error = "read error";
        return false;
    }
    if (n == 0) {
        m_eof = true;
        return false;
    }
    m_end += static_cast<std::size_t>(n);
    m_bytesRead += static_cast<std::uint64_t>(n);
    if (m_bytesRead > m_limits.maxTextBytes) {
        m_error = "longer than the limit of " + describeBytes(m_limits.maxTextBytes) + "; refused";
        return false;
    }
    return true;
}

bool ChatLineReader::next(std::string_view& line) {
    if (!m_error.empty()) return false;
    std::size_t searched = m_begin;
    for (;;) {
        const char* start = m_buffer.data() + m_begin;
        const void* newline = std::memchr(m_buffer.data() + searched, '\n', m_end - searched);
        std::size_t length = newline ? static_cast<const char*>(newline) - start : m_end - m_begin;
        if (length > m_limits.maxLineBytes) {
            m_error = "line longer than " + describeBytes(m_limits.maxLineBytes) + "; not a chat export?";
            m_errorLine = m_lineNumber + 1;
            return false;
        }
        if (newline || (m_eof && m_end > m_begin)) {
            m_begin += length + (newline ? 1 : 0);
            if (length > 0 && start[length - 1] == '\r') --length;
            line = std::string_view(start, length);
            ++m_lineNumber;
            return true;
        }
        if (m_eof) return false;
        searched = m_end - m_begin;  // offsets move with the data
        if (!fill()) {
            if (!m_error.empty()) return false;
            searched = m_begin + searched;
            if (!m_eof) {
                m_error = "line too long; not a chat export?";
                m_errorLine = m_lineNumber + 1;
                return false;
            }
            continue;
        }
        searched = m_begin + searched;
    }
}

}  // namespace rw
