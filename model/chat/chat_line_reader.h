#pragma once
// Splits an export's byte stream into lines with bounded memory: a fixed-size window, never the
// whole file.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "model/chat/chat_input.h"
#include "model/chat/chat_limits.h"

namespace rw {

// Lines of at most ChatLimits::maxLineBytes from at most ChatLimits::maxTextBytes of input.
class ChatLineReader {
public:
    // Reads from `reader`, which must outlive this object.
    ChatLineReader(ChatByteReader& reader, const ChatLimits& limits);

    // Sets `line` to the next line without its "\n" or "\r\n"; the view is valid until the next
    // call. Returns false at the end, and on an error, after which error() is not empty.
    bool next(std::string_view& line);

    // Returns the 1-based number of the line next() returned last.
    long lineNumber() const { return m_lineNumber; }
    // Returns how many bytes were read so far.
    std::uint64_t bytesRead() const { return m_bytesRead; }
    // Returns why reading stopped early ("longer than 1024 KiB", a read error), or "".
    const std::string& error() const { return m_error; }
    // Returns the line the error concerns, or 0 when it concerns the whole input.
    long errorLine() const { return m_errorLine; }

private:
    bool fill();

    ChatByteReader& m_reader;
    ChatLimits m_limits;
    std::vector<char> m_buffer;
    std::size_t m_begin = 0;  // unread bytes are m_buffer[m_begin, m_end)
    std::size_t m_end = 0;
    bool m_eof = false;
    long m_lineNumber = 0;
    std::uint64_t m_bytesRead = 0;
    std::string m_error;
    long m_errorLine = 0;
};

}  // namespace rw
