#pragma once
// Between the model's positions in a source text (1-based lines, 0-based Unicode character
// offsets) and UTF-8 byte offsets: what a text control (wxStyledTextCtrl) works in and what the
// quote checks compare. Built once per text, so that converting the positions of a hundred
// quotes does not rescan the text each time.

#include <cstddef>
#include <string_view>
#include <vector>

#include "model/core/project.h"

namespace rw {

struct ByteRange {
    std::size_t begin = 0;
    std::size_t end = 0;  // exclusive
    bool empty() const { return end <= begin; }
    bool operator==(const ByteRange&) const = default;
};

class Utf8Index {
public:
    // Indexes `text`, which must outlive the index.
    explicit Utf8Index(std::string_view text);

    std::string_view text() const { return m_text; }
    // Returns how many lines the text has (a text without a final newline still counts its last line).
    int lineCount() const { return static_cast<int>(m_lineBytes.size()); }
    // Returns how many Unicode characters the text has.
    long characterCount() const { return m_characters; }
    // Returns the byte offset of Unicode character `index`; past the end gives the text's size.
    std::size_t byteOfCharacter(long index) const;
    // Returns the Unicode character offset of byte `byte` (a byte inside a character counts as
    // that character); past the end gives the number of characters.
    long characterOfByte(std::size_t byte) const;
    // Returns the 1-based line holding byte `byte`.
    int lineOfByte(std::size_t byte) const;
    // Returns the bytes of lines `first`..`last` (1-based, inclusive) without the final line
    // break; empty when the lines lie outside the text.
    ByteRange linesBytes(int first, int last) const;
    // Returns the bytes a location covers: its character range when it has one, else its lines;
    // empty when it has neither or lies outside the text.
    ByteRange bytesOf(const Location& location) const;
    // Returns the location of bytes [begin, end): lines and characters, as locateQuote makes them.
    Location locationOf(ByteRange bytes) const;

private:
    std::string_view m_text;
    std::vector<std::size_t> m_lineBytes;  // byte offset where each line starts
    std::vector<std::size_t> m_checkpointBytes;  // byte offset of every 256th character
    long m_characters = 0;
};

}  // namespace rw
