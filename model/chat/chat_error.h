#pragma once
// Why a chat export was refused, and where.

#include <string>

namespace rw {

// A refusal: where (file, zip member, line, column) and what is wrong, never the offending text.
struct ChatError {
    std::string where;  // the file, or "archive.zip:member.txt"
    long line = 0;      // 0 when the error concerns the whole input
    std::string message;
    long column = 0;    // 1-based, 0 when the error concerns the whole line

    // Returns "where:line:column: message", "where:line: message" without a column, or
    // "where: message" without a line.
    std::string toString() const;
};

}  // namespace rw
