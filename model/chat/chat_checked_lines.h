#pragma once
// The lines of an export as both passes of the parser read them: without the byte order mark, and
// with what is not UTF-8 made readable — a NUL byte or another control character XML 1.0 cannot
// hold dropped, a stray byte replaced by U+FFFD — so
// that one damaged line costs a warning instead of the whole export.

#include <string>
#include <string_view>
#include <vector>

#include "model/chat/chat_line_reader.h"
#include "model/chat/chat_options.h"

namespace rw {

// Reads lines through a ChatLineReader and repairs the damaged ones.
class ChatCheckedLines {
public:
    // Reads from `reader`. Without `damagedLines` every line is checked and the damaged ones are
    // listed (the first pass); with it, only those lines are repaired (the second pass).
    ChatCheckedLines(ChatByteReader& reader, const ChatLimits& limits, const std::vector<long>* damagedLines = nullptr);

    // Sets `line` to the next line, repaired; the view is valid until the next call. Returns false
    // at the end and on an error, after which error() is not empty.
    bool next(std::string_view& line);

    // Returns the 1-based number of the line next() returned last.
    long lineNumber() const { return m_lines.lineNumber(); }
    // Returns why reading stopped early, or "".
    const std::string& error() const { return m_error.empty() ? m_lines.error() : m_error; }
    // Returns the line the error concerns, or 0; and its column, or 0 when it concerns the whole line.
    long errorLine() const { return m_error.empty() ? m_lines.errorLine() : 1; }
    long errorColumn() const { return m_error.empty() ? 0 : 1; }
    // Returns the lines repaired so far (first pass), in order.
    const std::vector<long>& damagedLines() const { return m_damaged; }
    // Returns a warning for each of the first repaired lines and one that counts the rest.
    std::vector<ChatWarning> warnings() const;

private:
    std::string_view repair(std::string_view line);

    ChatLineReader m_lines;
    const std::vector<long>* m_known;
    std::size_t m_nextKnown = 0;
    std::vector<long> m_damaged;
    std::vector<ChatWarning> m_warnings;  // the first kListed ones
    std::string m_repaired;
    std::string m_error;
};

}  // namespace rw
