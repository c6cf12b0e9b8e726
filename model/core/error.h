#pragma once
// The one shape of an expected failure — a file refused, an archive member too big, an import
// that cannot be applied: what is wrong and, where it applies, where, as fields. It is written
// out in one place, so every program and pane shows the same "file[:member]:line:col: message".

#include <string>

namespace rw {

struct Error {
    std::string message;  // one sentence; it names what is wrong, never quotes private text at length
    std::string file;     // the file, or empty when the failure concerns no file
    std::string member;   // the member of a zip archive the file is, or empty
    long line = 0;        // 1-based; 0 when the failure concerns the whole file
    long column = 0;      // 1-based; 0 when it concerns the whole line

    // Returns "file[:member]:line:col: message", leaving out what is not known, on one line
    // (line breaks in the message are written as \n).
    std::string toString() const;
    // Returns "file[:member]:line:col" alone, or "" when nothing is known.
    std::string where() const;
    bool operator==(const Error&) const = default;
};

}  // namespace rw
